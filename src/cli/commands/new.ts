/**
 * `asyncio-lessons new <slug> [--lessons <dir>]`: scaffolds `<dir>/NN-slug/` (NN: the next free
 * number in the folder) from src/lessons/scaffold.ts, then writes expected.out by running the new
 * model on the embedded scheduler, loaded exactly as `--lessons` loads it, so the folder passes
 * `check --lessons <dir>` from the start. A bad slug, or a slug the folder already has, is a usage
 * error (exit 2) and writes nothing; if the model cannot run, the half-made folder is removed.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { UsageError } from '../../errors.js'
import { formatExpected, traceLines } from '../../lessons/expected.js'
import { displayOf } from '../../lessons/libraries.js'
import { folderWithSlug, lessonId, nextNumber, scaffoldFiles, SLUG } from '../../lessons/scaffold.js'
import { userModules } from '../../lessons/user.js'
import { bilingual } from '../../ui/i18n.js'
import { BIN } from '../argv.js'
import { print, type CommandContext } from '../context.js'

export interface NewOptions {
  readonly slug: string
  /** The lessons folder, as given (default `./lessons`); created when missing. */
  readonly dir: string
}

export async function newCommand(options: NewOptions, ctx: CommandContext, cwd = process.cwd()): Promise<void> {
  const { slug } = options
  if (!SLUG.test(slug)) throw new UsageError(bilingual('new.badSlug', { slug }))
  const root = resolve(cwd, options.dir)
  const display = displayOf(options.dir)
  const folders = existsSync(root) ? readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name) : []
  const taken = folderWithSlug(folders, slug)
  if (taken !== undefined) throw new UsageError(bilingual('new.exists', { slug, folder: `${display}/${taken}` }))

  const id = lessonId(nextNumber(folders), slug)
  const dir = join(root, id)
  mkdirSync(dir, { recursive: true })
  try {
    const files = scaffoldFiles(id, slug)
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text)
    writeFileSync(join(dir, 'expected.out'), await expectedOutput(id, dir, `${display}/${id}`))
  } catch (error) {
    rmSync(dir, { recursive: true, force: true })
    throw error
  }

  const { tr, style } = ctx.ui
  print(ctx, [
    tr.t('new.created', { folder: style.bold(`${display}/${id}`) }),
    ...['main.py', 'model.ts', 'expected.out', 'lesson.ts', 'explain.zh.md', 'explain.en.md'].map((name) => `  ${name}`),
    tr.t('new.next', { command: `${BIN} check --lessons ${display} ${id} --engine all` }),
  ])
}

/** expected.out, from a run of the model just written. */
async function expectedOutput(id: string, dir: string, display: string): Promise<string> {
  const loaded = await (await userModules()).load('model.ts', id, dir, display)
  const body = loaded.module?.default
  if (typeof body !== 'function') {
    const reason = loaded.problems[0]?.message ?? { en: 'has no program', zh: '没有程序' }
    throw new Error(`${display}/model.ts ${reason.en}`)
  }
  const { runProgram } = await import('../../scheduler/program.js')
  return formatExpected(traceLines(runProgram(body as Parameters<typeof runProgram>[0])))
}
