/**
 * Builds the published bin: one bundled CommonJS file, `dist/asyncio-lessons.cjs`, with commander,
 * the CLI, the scheduler and every built-in lesson's lesson.ts and model.ts compiled in, so the
 * installed command needs neither tsx nor node_modules and starts about as fast as node itself.
 *
 * The built-in lessons are found at build time: a plugin replaces src/lessons/builtin.ts with a
 * module importing each `lessons/NN-slug/{lesson,model}.ts` statically. Their text files
 * (main.py, expected.out, explanations) stay in lessons/ and are read at run time.
 *
 *     tsx scripts/build-bin.ts [--outfile path] [--format cjs|esm]
 */
import { chmodSync, readdirSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build, type Format, type Plugin } from 'esbuild'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
export const BIN_PATH = join(root, 'dist', 'asyncio-lessons.cjs')

function builtinLessons(lessonsDir: string): Plugin {
  return {
    name: 'builtin-lessons',
    setup(b) {
      b.onLoad({ filter: /[\\/]src[\\/]lessons[\\/]builtin\.ts$/ }, () => {
        const folders = readdirSync(lessonsDir, { withFileTypes: true })
          .filter((d) => d.isDirectory() && /^\d{2,3}-[a-z0-9-]+$/.test(d.name))
          .map((d) => d.name)
          .sort()
        const path = (folder: string, file: string): string => JSON.stringify(join(lessonsDir, folder, file))
        const imports = folders.map((folder, i) => `import * as lesson${i} from ${path(folder, 'lesson.ts')}`)
        // Models import the scheduler: deferred, so that list and show never initialise it.
        const table = folders.map(
          (folder, i) => `  ${JSON.stringify(folder)}: { lesson: lesson${i}, model: () => import(${path(folder, 'model.ts')}) },`,
        )
        const contents = [
          `import { bundledModules } from './modules.js'`,
          ...imports,
          `const table = {\n${table.join('\n')}\n}`,
          `export function builtinModules() { return bundledModules(table) }`,
        ].join('\n')
        return { contents, loader: 'ts', resolveDir: join(root, 'src', 'lessons') }
      })
    },
  }
}

export interface BuildOptions {
  readonly outfile?: string
  readonly format?: Format
  /** Another entry point bundled the same way (tests use it to probe what bundling preserves). */
  readonly entry?: string
}

export async function buildBin({ outfile = BIN_PATH, format = 'cjs', entry = join(root, 'src', 'cli', 'main.ts') }: BuildOptions = {}): Promise<string> {
  const cjs = format === 'cjs'
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format,
    // Names are Python-visible (exception classes, coroutine functions, `Task.__repr__`): keep them.
    minify: process.env.NO_MINIFY === undefined,
    keepNames: true,
    legalComments: 'none',
    logLevel: 'warning',
    banner: {
      js: cjs
        ? '#!/usr/bin/env node\n' +
          // Node 22.1+ caches the compiled bundle between runs; Node 20 has no such API and skips it.
          'try { require("node:module").enableCompileCache?.() } catch {}\n' +
          'const __importMetaUrl = require("node:url").pathToFileURL(__filename).href;'
        : '#!/usr/bin/env node\nimport { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);',
    },
    define: cjs ? { 'import.meta.url': '__importMetaUrl' } : {},
    plugins: [builtinLessons(join(root, 'lessons'))],
  })
  chmodSync(outfile, 0o755)
  return outfile
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const arg = (name: string): string | undefined => {
    const i = process.argv.indexOf(name)
    return i < 0 ? undefined : process.argv[i + 1]
  }
  const out = await buildBin({ outfile: arg('--outfile'), format: arg('--format') as Format | undefined })
  console.log(`built ${out}`)
}
