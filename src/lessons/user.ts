/**
 * The TypeScript modules of lessons of the user's own (`--lessons <dir>`), loaded at run time.
 *
 * tsx compiles them on import (its ESM API, `register()`), so an author needs no build step. tsx is
 * imported only here, on first use, so commands without `--lessons` never load it.
 *
 * A model imports the authoring API by the package's own name (`asyncio-lessons/python`,
 * `asyncio-lessons`). Those specifiers always resolve to the modules of the *running* program, never
 * to a copy found on disk from the lesson's folder: the scheduler keeps per-process state (the
 * active world that `print` writes to, the running loop, the Task-N counter), and the exception
 * classes are checked with `instanceof`, so a model built on a second copy (the installed package's
 * dist/, or the bin's bundled scheduler beside it) would print into a world nobody reads. An editor
 * still finds the types through the installed package's `exports`.
 *
 * The mapping is a Node module hook (`module.register`): the hook answers the two specifiers with a
 * generated module that re-exports, name by name, a namespace this module parks on `globalThis`.
 * Hooks run on a loader thread; the generated module runs on the main thread, where the namespace is.
 * Both ESM and CommonJS lessons are covered: tsx hands a `.ts` file in a CommonJS package to Node's
 * ESM loader too, and `require` of a bare name is answered from `Module._resolveFilename`.
 */
import Module, { register } from 'node:module'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { EngineUnavailableError } from '../errors.js'
import { failure, type LessonModules, type ModuleNamespace } from './modules.js'

/** The specifiers a lesson may import the authoring API by. */
export const PACKAGE_SPECIFIERS = ['asyncio-lessons/python', 'asyncio-lessons'] as const
type Specifier = (typeof PACKAGE_SPECIFIERS)[number]

const RUNTIME = Symbol.for('asyncio-lessons.runtime')
const SCHEME = 'asyncio-lessons-runtime:'

/** The loader-thread hooks: plain JavaScript, registered from a data: URL so the bundled bin carries no extra file. */
const HOOKS = `
const SCHEME = ${JSON.stringify(SCHEME)}
let names = {}
export function initialize(data) { names = data.names }
export async function resolve(specifier, context, next) {
  if (Object.hasOwn(names, specifier)) return { url: SCHEME + specifier, shortCircuit: true }
  return next(specifier, context)
}
export async function load(url, context, next) {
  if (!url.startsWith(SCHEME)) return next(url, context)
  // tsx tags the URLs of its namespace with a query: the specifier is what precedes it.
  const specifier = url.slice(SCHEME.length).split('?')[0]
  const lines = ['const m = globalThis[Symbol.for("asyncio-lessons.runtime")][' + JSON.stringify(specifier) + ']']
  for (const name of names[specifier]) lines.push('export const ' + name + ' = m[' + JSON.stringify(name) + ']')
  return { format: 'module', source: lines.join('\\n'), shortCircuit: true }
}
`

/** A namespace's exported names that can be re-exported as `export const name` (not `default`). */
function exportNames(namespace: ModuleNamespace): string[] {
  return Object.keys(namespace).filter((name) => /^[A-Za-z_$][\w$]*$/.test(name) && name !== 'default' && name !== '__esModule')
}

function mapCommonJs(runtime: Readonly<Record<Specifier, ModuleNamespace>>): void {
  // CommonJS `require('asyncio-lessons/python')`: resolved to a fake id whose cache entry is the namespace.
  const loader = Module as unknown as {
    _resolveFilename: (request: string, ...rest: unknown[]) => string
    _cache: Record<string, unknown>
  }
  const original = loader._resolveFilename
  for (const specifier of PACKAGE_SPECIFIERS) {
    const id = `${SCHEME}${specifier}`
    const module = new Module(id)
    module.exports = runtime[specifier]
    module.loaded = true
    loader._cache[id] = module
  }
  loader._resolveFilename = function (request: string, ...rest: unknown[]): string {
    if ((PACKAGE_SPECIFIERS as readonly string[]).includes(request)) return `${SCHEME}${request}`
    return original.call(this, request, ...rest)
  }
}

type ScopedImport = (specifier: string, parentURL: string) => Promise<ModuleNamespace>

async function prepare(): Promise<ScopedImport> {
  const [python, define] = await Promise.all([import('../scheduler/python.js'), import('./define.js')])
  const runtime: Record<Specifier, ModuleNamespace> = { 'asyncio-lessons/python': python, 'asyncio-lessons': define }
  ;(globalThis as Record<symbol, unknown>)[RUNTIME] = runtime
  const names = Object.fromEntries(PACKAGE_SPECIFIERS.map((specifier) => [specifier, exportNames(runtime[specifier])]))
  register(`data:text/javascript,${encodeURIComponent(HOOKS)}`, { data: { names } })
  mapCommonJs(runtime)
  // A computed specifier: the bin's bundler leaves the import alone, so tsx stays a package loaded
  // from node_modules at run time instead of being compiled into the bin.
  const tsxApi: string = 'tsx/esm/api'
  const tsx = (await import(tsxApi).catch((error: unknown) => {
    const reason = error instanceof Error ? error.message.split('\n')[0]! : String(error)
    throw new EngineUnavailableError({
      en: `--lessons needs tsx, a dependency of asyncio-lessons, to load TypeScript; reinstall asyncio-lessons (${reason})`,
      zh: `--lessons 需要 asyncio-lessons 的依赖 tsx 来加载 TypeScript；请重新安装 asyncio-lessons（${reason}）`,
    })
  })) as { register: (options: { namespace: string }) => { import: ScopedImport } }
  // Namespaced: tsx then also compiles a lesson that Node treats as CommonJS (a folder without
  // `"type": "module"`), which its global ESM hook alone fails on under Node 20's require(esm).
  return tsx.register({ namespace: 'asyncio-lessons' }).import
}

/**
 * A lesson compiled as CommonJS comes back as Node's wrapper namespace, whose `default` is
 * `module.exports` (marked `__esModule` by the compiler): its members are the lesson's exports.
 */
function unwrap(namespace: ModuleNamespace): ModuleNamespace {
  const inner = namespace.default as { __esModule?: unknown } | null | undefined
  return typeof inner === 'object' && inner !== null && inner.__esModule === true ? (inner as ModuleNamespace) : namespace
}

let prepared: Promise<ScopedImport> | undefined

/** Modules imported from the user's folders, TypeScript compiled by tsx. */
export async function userModules(): Promise<LessonModules> {
  prepared ??= prepare()
  const scopedImport = await prepared
  return {
    async load(file, folder, dir, display) {
      try {
        return { module: unwrap(await scopedImport(pathToFileURL(join(dir, file)).href, import.meta.url)), problems: [] }
      } catch (error) {
        return { module: null, problems: [failure(folder, display, file, error)] }
      }
    },
  }
}
