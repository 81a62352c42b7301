/**
 * Builds the published bin: bundled CommonJS files in dist/ with commander, the CLI and every
 * built-in lesson's lesson.ts compiled in, so the installed command needs neither tsx nor
 * node_modules and starts about as fast as node itself.
 *
 * The bin, `dist/asyncio-lessons.cjs`, is the fast path (src/cli/fast-path.ts): a few kilobytes that
 * answer `--version` themselves, `list` with a bundle of its own, and hand everything else to the
 * full CLI (src/cli/main.ts), so that the two commands a user feels most never compile commander
 * and every command's code:
 *
 *     asyncio-lessons.list.cjs        `list` on the fast path (src/cli/fast-list.ts)
 *     asyncio-lessons.cli.cjs         the full CLI, for every other command line
 *
 * The list bundle and the full CLI share source modules, each with its own copy: only one of them
 * is loaded, except when the fast path fails before writing anything and hands over, and then
 * nothing of the list bundle reaches the full CLI.
 *
 * Code that only some commands need is bundled into files of its own beside them, each `require`d
 * the first time it is used, so that `--version` and `list` never even parse it:
 *
 *     asyncio-lessons.scheduler.cjs   the embedded scheduler (run, check, quiz)
 *     asyncio-lessons.spinner.cjs     ora, for `run --realtime` on a terminal
 *     asyncio-lessons.prompts.cjs     enquirer, for the menu and the quiz on a terminal
 *     asyncio-lessons.colors.cjs      chalk, for colour on a terminal
 *
 * The interface's messages are beside them too, a JSON file per language (asyncio-lessons.en.json,
 * asyncio-lessons.zh.json), read the first time a message in that language is shown.
 *     asyncio-lessons.lessons.cjs     the built-in lessons' lesson.ts (show, run, check, quiz)
 *
 * A lazy group owns its source files: any import of one of them from outside the group becomes a
 * small shim in the main bundle, `module.exports = require('./asyncio-lessons.<group>.cjs').modules[key]`.
 * No module may be in two bundles (a class loaded twice breaks `instanceof`), so a group's bundle
 * fails to build if it reaches a source file it does not own. Packages may be in both (chalk is
 * in the main bundle and inside ora's): they keep no state that the two copies would have to share.
 *
 * The built-in lessons are found at build time: a plugin replaces src/lessons/builtin.ts with a
 * module importing each `lessons/NN-slug/{lesson,model}.ts` statically. Their text files
 * (main.py, expected.out, explanations) stay in lessons/ and are read at run time.
 *
 * The build loads and validates every built-in lesson first, as `check` does before running them,
 * and fails on any problem, so the bin never carries an invalid lesson. What `list` and the menu
 * show of them (src/lessons/catalog.ts) is then compiled in as data: another plugin replaces
 * src/lessons/builtin-catalog.ts with it, and `list` starts without reading a lesson file.
 *
 *     tsx scripts/build-bin.ts [--outfile path] [--format cjs|esm] [--analyze]
 */
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { build, type Format, type Metafile, type Plugin } from 'esbuild'
import { catalogOf, type Catalog } from '../src/lessons/catalog.js'
import { loadLibrary } from '../src/lessons/loader.js'
import { importedModules } from '../src/lessons/modules.js'
import { problemText } from '../src/lessons/problems.js'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
export const BIN_PATH = join(root, 'dist', 'asyncio-lessons.cjs')
/** The full CLI (commander, every command), which the bin hands what it does not answer itself. */
export const FULL_CLI_PATH = join(root, 'dist', 'asyncio-lessons.cli.cjs')

function builtinLessons(lessonsDir: string): Plugin {
  return {
    name: 'builtin-lessons',
    setup(b) {
      b.onLoad({ filter: /[\\/]src[\\/]lessons[\\/]builtin\.ts$/ }, () => {
        const folders = readdirSync(lessonsDir, { withFileTypes: true })
          .filter((d) => d.isDirectory() && /^\d{2,3}-[a-z0-9-]+$/.test(d.name))
          .map((d) => d.name)
          // A folder without lesson.ts or model.ts has already failed the build (validatedCatalog).
          .filter((folder) => existsSync(join(lessonsDir, folder, 'lesson.ts')) && existsSync(join(lessonsDir, folder, 'model.ts')))
          .sort()
        const path = (folder: string, file: string): string => JSON.stringify(join(lessonsDir, folder, file))
        const imports = folders.map((folder, i) => `import * as lesson${i} from ${path(folder, 'lesson.ts')}`)
        // Models import the scheduler: deferred, so that list and show never initialise it.
        const table = folders.map(
          (folder, i) => `  ${JSON.stringify(folder)}: { lesson: own(lesson${i}), model: () => import(${path(folder, 'model.ts')}) },`,
        )
        const contents = [
          `import { bundledModules } from './modules.js'`,
          ...imports,
          // lesson.ts comes from the lessons bundle (a lazy group) through a CommonJS shim whose
          // module.exports is the lesson's namespace; Node's interop hands that over as `default`.
          `const own = (m) => m.default`,
          `const table = {\n${table.join('\n')}\n}`,
          `export function builtinModules() { return bundledModules(table) }`,
        ].join('\n')
        return { contents, loader: 'ts', resolveDir: join(root, 'src', 'lessons') }
      })
    },
  }
}

/**
 * Loads the built-in lessons with their programs, as `check` does, and returns their catalog;
 * throws, naming every problem, when any lesson (or the folder) has one.
 */
export async function validatedCatalog(lessonsDir: string): Promise<Catalog> {
  const library = await loadLibrary(lessonsDir, importedModules(), { programs: true })
  const problems = [...library.problems, ...library.entries.flatMap((entry) => entry.problems)]
  if (problems.length > 0) {
    const lines = problems.map((problem) => `  ${problemText(problem).en}`)
    throw new Error(`the built-in lessons have problems; the bin is not built:\n${lines.join('\n')}`)
  }
  return catalogOf(library)
}

/**
 * A JSON value as JavaScript that starts faster than the same object literal: V8 parses a JSON
 * string with JSON.parse much faster than it compiles and runs an object literal of the same size.
 */
const jsonValue = (value: unknown): string => `JSON.parse(${JSON.stringify(JSON.stringify(value))})`

/**
 * The interface's message catalogs (src/ui/messages/en.ts, zh.ts: several hundred strings each),
 * parsed on first use, language by language: src/ui/catalogs.ts is replaced by that, so a command
 * shown in English never parses the Chinese catalog, nor evaluates either as an object literal.
 *
 * `besideDir` given (the product's bin): each catalog is a JSON file there, `<bin name>.<lang>.json`,
 * read on first use, so that no bundle carries (and V8 scans, at every start) some 45 KB of
 * messages; otherwise each is a JSON string inside the bundle.
 */
async function lazyMessages(besideDir?: { readonly dir: string; readonly file: (lang: string) => string }): Promise<Plugin> {
  const texts: Record<string, string> = {}
  for (const lang of ['en', 'zh'] as const) {
    const path = join(root, 'src', 'ui', 'messages', `${lang}.ts`)
    const messages = ((await import(pathToFileURL(path).href)) as Record<string, Record<string, unknown>>)[lang]!
    const notText = Object.entries(messages).find(([, value]) => typeof value !== 'string')
    if (notText !== undefined) throw new Error(`${moduleKey(path)}: the message ${notText[0]} is not a string`)
    texts[lang] = JSON.stringify(messages)
    if (besideDir !== undefined) {
      mkdirSync(besideDir.dir, { recursive: true })
      writeFileSync(join(besideDir.dir, besideDir.file(lang)), texts[lang])
    }
  }
  const read =
    besideDir === undefined
      ? [`const texts = ${JSON.stringify(texts)}`, `const text = (lang) => texts[lang]`]
      : [
          `const { readFileSync } = require('node:fs')`,
          `const files = ${JSON.stringify({ en: besideDir.file('en'), zh: besideDir.file('zh') })}`,
          `const text = (lang) => readFileSync(__dirname + '/' + files[lang], 'utf8')`,
        ]
  const contents = [...read, `const parsed = {}`, `export function messagesOf(lang) { return parsed[lang] ??= JSON.parse(text(lang)) }`].join('\n')
  return {
    name: 'lazy-messages',
    setup(b) {
      b.onLoad({ filter: /[\\/]src[\\/]ui[\\/]catalogs\.ts$/ }, () => ({ contents, loader: 'js' }))
    },
  }
}

/** Compiles the catalog into the bin as data (see src/lessons/builtin-catalog.ts). */
function builtinCatalog(catalog: Catalog): Plugin {
  return {
    name: 'builtin-catalog',
    setup(b) {
      b.onLoad({ filter: /[\\/]src[\\/]lessons[\\/]builtin-catalog\.ts$/ }, () => ({
        contents: `export function builtinCatalog() { return ${jsonValue(catalog)} }`,
        loader: 'js',
      }))
    },
  }
}

/**
 * commander requires node:child_process at load, for subcommands that are executables of their
 * own, which this CLI has none of; loading it (and node:net, streams, ...) costs about a sixth of
 * `--version`'s start-up. commander gets a stand-in that requires it on first use.
 */
function deferredChildProcess(): Plugin {
  return {
    name: 'deferred-child-process',
    setup(b) {
      b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
        args.importer.includes(`${sep}node_modules${sep}commander${sep}`) ? { path: 'child_process', namespace: 'deferred-builtin' } : undefined,
      )
      b.onLoad({ filter: /.*/, namespace: 'deferred-builtin' }, () => ({
        contents: `module.exports = new Proxy({}, { get: (_, name) => require('node:child_process')[name] })`,
        loader: 'js',
      }))
    },
  }
}

interface LazyGroup {
  /** The bundle is `<bin name>.<name>.cjs`. */
  readonly name: string
  /** Whether an absolute source path belongs to the group. */
  readonly owns: (path: string) => boolean
}

const inPackage =
  (name: string) =>
  (path: string): boolean =>
    path.startsWith(join(root, 'node_modules', name) + sep)

const LAZY_GROUPS: readonly LazyGroup[] = [
  // The models (lessons/*/model.ts) stay in the main bundle, lazily initialised: they are small,
  // and they import helpers of the main bundle (the quiz's defineVariants).
  { name: 'scheduler', owns: (path) => path.startsWith(join(root, 'src', 'scheduler') + sep) },
  // ora is an ES module: a CommonJS shim cannot hand over its default export as `import ora from
  // 'ora'` expects, so the group holds an adapter of ours with named exports, and only it may import ora.
  { name: 'spinner', owns: (path) => path === join(root, 'src', 'cli', 'terminal', 'spinner.ts') },
  // enquirer is CommonJS: the shim hands over its module.exports unchanged, so any module may import it.
  { name: 'prompts', owns: inPackage('enquirer') },
  // chalk, for colour on a terminal only (src/ui/style.ts imports it on first use): piped output,
  // `list | less` included, never parses it. An ES module, like ora, but style.ts takes only its
  // named export Chalk, which the shim's namespace object carries.
  { name: 'colors', owns: inPackage('chalk') },
  // The built-in lessons' definitions (titles, quizzes: most of the lesson data), with the one module
  // they import: `list` reads the compiled-in catalog instead, so it never even parses them.
  {
    name: 'lessons',
    owns: (path) =>
      path === join(root, 'src', 'lessons', 'define.ts') || (path.startsWith(join(root, 'lessons') + sep) && basename(path) === 'lesson.ts'),
  },
]

const FAST_PATH = join(root, 'src', 'cli', 'fast-path.ts')

/**
 * The bundles the bin (the fast path, src/cli/fast-path.ts) loads from beside it, each named
 * `<bin name>.<name>.cjs` and read only when needed: the full CLI, for every command line the fast
 * path does not answer, and `list`'s code, which `--version` never reads.
 */
const BESIDE_FAST_PATH: ReadonlyArray<{ readonly name: string; readonly entry: string }> = [
  { name: 'cli', entry: join(root, 'src', 'cli', 'main.ts') },
  { name: 'list', entry: join(root, 'src', 'cli', 'fast-list.ts') },
]

const besideFile = (outfile: string, name: string): string => `${basename(outfile, extname(outfile))}.${name}.cjs`

/**
 * In the bin, the fast path's imports of main.ts and fast-list.ts become requires of their bundles
 * (through a shim: an external `import()` would stay one, and load the bundle through Node's slower
 * ES module loader).
 */
function besideFastPath(outfile: string): Plugin {
  return {
    name: 'beside-fast-path',
    setup(b) {
      b.onResolve({ filter: /^\.\/[\w-]+\.js$/ }, (args) => {
        if (args.importer !== FAST_PATH) return undefined
        const target = join(dirname(FAST_PATH), args.path.replace(/\.js$/, '.ts'))
        const bundle = BESIDE_FAST_PATH.find((item) => item.entry === target)
        return bundle === undefined ? undefined : { path: `./${besideFile(outfile, bundle.name)}`, namespace: 'beside-shim' }
      })
      b.onLoad({ filter: /.*/, namespace: 'beside-shim' }, (args) => ({ contents: `module.exports = require(${JSON.stringify(args.path)})`, loader: 'js' }))
      b.onResolve({ filter: /\.cjs$/, namespace: 'beside-shim' }, (args) => ({ path: args.path, external: true }))
    },
  }
}

/** The key of a module in its group's `modules` table: its path from the package root, `/`-separated. */
const moduleKey = (path: string): string => relative(root, path).split(sep).join('/')

const lazyFile = (outfile: string, group: LazyGroup): string => `${basename(outfile, extname(outfile))}.${group.name}.cjs`

/** Routes imports of a lazy group's modules to shims, and records which modules were asked for. */
function lazyShims(outfile: string, requested: Map<LazyGroup, Set<string>>): Plugin {
  return {
    name: 'lazy-shims',
    setup(b) {
      b.onResolve({ filter: /.*/ }, async (args) => {
        if (args.kind === 'entry-point' || args.namespace === 'lazy-shim' || args.pluginData === 'lazy-shims') return undefined
        const importerGroup = LAZY_GROUPS.find((g) => g.owns(args.importer))
        const resolved = await b.resolve(args.path, { resolveDir: args.resolveDir, kind: args.kind, importer: args.importer, pluginData: 'lazy-shims' })
        if (resolved.errors.length > 0) return { errors: resolved.errors }
        if (resolved.external) return undefined
        const group = LAZY_GROUPS.find((g) => g.owns(resolved.path))
        if (group === undefined || group === importerGroup) return undefined
        const key = moduleKey(resolved.path)
        if (!requested.has(group)) requested.set(group, new Set())
        requested.get(group)!.add(key)
        return { path: key, namespace: 'lazy-shim', pluginData: group }
      })
      b.onLoad({ filter: /.*/, namespace: 'lazy-shim' }, (args) => {
        const file = `./${lazyFile(outfile, args.pluginData as LazyGroup)}`
        return { contents: `module.exports = require(${JSON.stringify(file)}).modules[${JSON.stringify(args.path)}]`, loader: 'js' }
      })
      b.onResolve({ filter: /\.cjs$/, namespace: 'lazy-shim' }, (args) => ({ path: args.path, external: true }))
    },
  }
}

/** Fails the group's build when it reaches a source file of the main bundle or of another group. */
function ownedOnly(group: LazyGroup): Plugin {
  return {
    name: 'owned-only',
    setup(b) {
      b.onLoad({ filter: /\.[cm]?[jt]s$/ }, (args) => {
        if (args.path.includes(`${sep}node_modules${sep}`) || group.owns(args.path)) return undefined
        return { errors: [{ text: `${moduleKey(args.path)} is not part of the lazy bundle "${group.name}", yet ${group.name} imports it: it would be loaded twice` }] }
      })
    },
  }
}

export interface BuildOptions {
  readonly outfile?: string
  readonly format?: Format
  /** Another entry point bundled the same way (tests use it to probe what bundling preserves). */
  readonly entry?: string
  /** Print each bundle's size by source folder and package (`--analyze`). */
  readonly analyze?: boolean
}

/** `bytes  folder-or-package` for each bundle, largest first. */
function printSizes(metafile: Metafile): void {
  for (const [file, output] of Object.entries(metafile.outputs)) {
    const sizes = new Map<string, number>()
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input)
      const key = match !== null ? match[1]! : input.split('/').slice(0, input.startsWith('lessons/') ? 1 : 2).join('/')
      sizes.set(key, (sizes.get(key) ?? 0) + bytesInOutput)
    }
    console.log(`${file}: ${output.bytes} bytes`)
    for (const [key, bytes] of [...sizes].sort((a, b) => b[1] - a[1])) console.log(`  ${String(bytes).padStart(7)}  ${key}`)
  }
}

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  // Names are Python-visible (exception classes, coroutine functions, `Task.__repr__`): keep them.
  minify: process.env.NO_MINIFY === undefined,
  keepNames: true,
  legalComments: 'none',
  logLevel: 'warning',
} as const

/** `import.meta.url` in a CommonJS bundle (esbuild's define points it here). */
const IMPORT_META_URL = 'const __importMetaUrl = require("node:url").pathToFileURL(__filename).href;'

/**
 * Computing IMPORT_META_URL costs about 0.7 ms (it loads node:url's URL), so a bundle that never
 * reads it (the bin, `list`'s bundle) loses the line once built.
 */
function dropUnusedImportMetaUrl(file: string): void {
  const code = readFileSync(file, 'utf8')
  if (code.split('__importMetaUrl').length === 2) writeFileSync(file, code.replace(`${IMPORT_META_URL}\n`, ''))
}

const CJS_BIN_BANNER =
  '#!/usr/bin/env node\n' +
  // Node 22.1+ caches the compiled bundles between runs. Node 20 has no such API: it does not even
  // load node:module for it (about 0.4 ms).
  'try { if (Number.parseInt(process.versions.node) >= 22) require("node:module").enableCompileCache?.() } catch {}\n' +
  IMPORT_META_URL

/** Builds the bin and the bundles it loads, side by side; returns the bin's path. */
export async function buildBin({ outfile = BIN_PATH, format = 'cjs', entry, analyze = false }: BuildOptions = {}): Promise<string> {
  const cjs = format === 'cjs'
  // The product's bin is the fast path, with the full CLI beside it; a probe's entry (or an ES
  // module build) is bundled alone.
  const split = cjs && entry === undefined
  const catalog = await validatedCatalog(join(root, 'lessons'))
  const requested = new Map<LazyGroup, Set<string>>()
  // The product's bin reads the message catalogs from JSON files beside it; a probe carries them.
  const messagesBeside = split ? { dir: dirname(outfile), file: (lang: string) => `${basename(outfile, extname(outfile))}.${lang}.json` } : undefined
  const plugins = [
    deferredChildProcess(),
    lazyShims(outfile, requested),
    builtinLessons(join(root, 'lessons')),
    builtinCatalog(catalog),
    await lazyMessages(messagesBeside),
  ]
  if (split) {
    for (const bundle of BESIDE_FAST_PATH) {
      const beside = await build({
        ...common,
        metafile: analyze,
        entryPoints: [bundle.entry],
        outfile: join(dirname(outfile), besideFile(outfile, bundle.name)),
        format,
        banner: { js: IMPORT_META_URL },
        define: { 'import.meta.url': '__importMetaUrl' },
        plugins,
      })
      if (beside.metafile) printSizes(beside.metafile)
      dropUnusedImportMetaUrl(join(dirname(outfile), besideFile(outfile, bundle.name)))
    }
  }
  const main = await build({
    metafile: analyze,
    ...common,
    entryPoints: [split ? FAST_PATH : (entry ?? join(root, 'src', 'cli', 'main.ts'))],
    outfile,
    format,
    banner: {
      js: cjs
        ? CJS_BIN_BANNER
        : '#!/usr/bin/env node\nimport { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);',
    },
    define: cjs ? { 'import.meta.url': '__importMetaUrl' } : {},
    plugins: split ? [besideFastPath(outfile), ...plugins] : plugins,
  })
  if (cjs) dropUnusedImportMetaUrl(outfile)
  chmodSync(outfile, 0o755)
  if (main.metafile) printSizes(main.metafile)
  for (const [group, keys] of requested) {
    // Sorted, so the modules initialise in the same order on every build.
    const sorted = [...keys].sort()
    // A package is required, so the shim hands over its module.exports exactly; our modules are
    // imported as namespaces.
    const contents = [
      ...sorted.map((key, i) =>
        key.startsWith('node_modules/')
          ? `const m${i} = require(${JSON.stringify(join(root, key))})`
          : `import * as m${i} from ${JSON.stringify(join(root, key))}`,
      ),
      `export const modules = {\n${sorted.map((key, i) => `  ${JSON.stringify(key)}: m${i},`).join('\n')}\n}`,
    ].join('\n')
    const lazy = await build({
      ...common,
      metafile: analyze,
      stdin: { contents, loader: 'js', resolveDir: root, sourcefile: `${group.name}-entry.js` },
      outfile: join(dirname(outfile), lazyFile(outfile, group)),
      format: 'cjs',
      banner: { js: IMPORT_META_URL },
      define: { 'import.meta.url': '__importMetaUrl' },
      plugins: [ownedOnly(group)],
    })
    if (lazy.metafile) printSizes(lazy.metafile)
    dropUnusedImportMetaUrl(join(dirname(outfile), lazyFile(outfile, group)))
  }
  return outfile
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const arg = (name: string): string | undefined => {
    const i = process.argv.indexOf(name)
    return i < 0 ? undefined : process.argv[i + 1]
  }
  const out = await buildBin({ outfile: arg('--outfile'), format: arg('--format') as Format | undefined, analyze: process.argv.includes('--analyze') })
  console.log(`built ${out}`)
}
