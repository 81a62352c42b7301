/**
 * The bin's entry point, and the only place that touches the process: it reads argv and the
 * environment, decides language, colour and width, runs one command, prints any error in the
 * user's language (a stack trace only with DEBUG=asyncio-lessons), and exits with the error's code:
 * 0 ok, 1 a check mismatch or an invalid lesson, 2 a usage error, 3 an engine that cannot run,
 * 130 stopped by Ctrl-C.
 *
 * Start-up matters (`--version` must cost little more than `node -e 0`): commands, lessons and the
 * engines are imported only once a command needs them, and chalk only when colour is on.
 */
import { join } from 'node:path'
import packageJson from '../../package.json' with { type: 'json' }
import { AppError } from '../errors.js'
import { Translator, message, type Lang } from '../ui/i18n.js'
import { colorLevel, loadStyle, PLAIN, type Style } from '../ui/style.js'
import { languageOf, parseArgv, type Invocation } from './argv.js'
import { columnsOf } from './columns.js'
import type { CommandContext, OutputPort, Ui } from './context.js'
import type { LiveTerminal } from './terminal/live.js'
import type { Terminal } from './quiz/setup.js'

type Env = Readonly<Record<string, string | undefined>>

function debugging(env: Env): boolean {
  return (env.DEBUG ?? '').split(',').some((name) => name.trim() === 'asyncio-lessons' || name.trim() === '*')
}

async function context(ui: Ui, out: OutputPort, lessonDirs: readonly string[] = []): Promise<CommandContext> {
  // Imported on first use: `list` reads the compiled-in catalog and loads no lesson.
  const library: CommandContext['library'] = async ({ programs }) => {
    // `--lessons`: the user's folders instead, their TypeScript compiled by tsx (imported only then).
    if (lessonDirs.length > 0) return (await import('../lessons/libraries.js')).loadUserLibraries(lessonDirs, { programs })
    const [{ loadLibrary }, { builtinModules }, { findPackageRoot }] = await Promise.all([
      import('../lessons/loader.js'),
      import('../lessons/builtin.js'),
      import('../engines/cpython/locate.js'),
    ])
    return loadLibrary(join(findPackageRoot(), 'lessons'), builtinModules(), { programs })
  }
  return {
    out,
    ui,
    library,
    // The built-in lessons' catalog, compiled into the bin; from source, derived from the library.
    catalog: lessonDirs.length > 0 ? undefined : async () => (await import('../lessons/builtin-catalog.js')).builtinCatalog() ?? (await import('../lessons/catalog.js')).catalogOf(await library({ programs: false })),
    // Imported on first use: evaluate.ts brings in the scheduler, which list and show never need.
    runEngine: async (lesson, engine, options) => (await import('../lessons/evaluate.js')).runOnEngine(lesson, engine, options),
  }
}

/** The terminal's live side (`run --realtime`, the menu): the process's streams and its SIGINT. */
async function live(): Promise<LiveTerminal> {
  const { liveTerminal } = await import('./terminal/live.js')
  return liveTerminal({
    stdin: process.stdin,
    stdout: process.stdout,
    onInterrupt(handler) {
      process.on('SIGINT', handler)
      // On a terminal, keys are read raw meanwhile, so that typing cannot break the spinner's line;
      // Ctrl-C then arrives as a byte (ETX), not as a signal.
      const { stdin } = process
      const raw = stdin.isTTY === true && process.stdout.isTTY === true && !stdin.isRaw
      const onKey = (chunk: Buffer): void => {
        if (chunk.includes(0x03)) handler()
      }
      if (raw) {
        stdin.setRawMode(true)
        stdin.on('data', onKey)
      }
      let released = false
      return () => {
        if (released) return
        released = true
        process.off('SIGINT', handler)
        if (raw) {
          stdin.off('data', onKey)
          stdin.setRawMode(false)
          stdin.pause()
        }
      }
    },
  })
}

/** What the quiz asks through: prompts only when both stdin and stdout are a terminal. */
function terminal(): Terminal {
  const interactive = process.stdin.isTTY === true && process.stdout.isTTY === true
  return { input: process.stdin, output: process.stdout, interactive, pid: process.pid }
}

async function dispatch(invocation: Invocation, ctx: CommandContext): Promise<void> {
  switch (invocation.command) {
    case 'run':
      return (await import('./commands/run.js')).runCommand(invocation.options, { ...ctx, live: await live() })
    case 'menu': {
      const side = await live()
      if (!side.interactive) return ctx.out.write(invocation.text)
      const stepScreen = async () => (await import('./terminal/stepper.js')).stepScreen({ stdin: process.stdin, stdout: process.stdout }, side)
      return (await import('./commands/menu.js')).menuCommand(ctx, side, async () => (await import('./quiz/setup.js')).quizIo(terminal(), ctx), stepScreen)
    }
    case 'list':
      return (await import('./commands/list.js')).listCommand(invocation.options, ctx, (await import('./quiz/setup.js')).openStore(ctx, process.pid))
    case 'show':
      return (await import('./commands/show.js')).showCommand(invocation.options, ctx)
    case 'check':
      return (await import('./commands/check.js')).checkCommand(invocation.options, ctx)
    case 'quiz': {
      const [{ quizCommand }, { quizIo }] = await Promise.all([import('./commands/quiz.js'), import('./quiz/setup.js')])
      return quizCommand(invocation.options, ctx, quizIo(terminal(), ctx))
    }
    case 'progress': {
      const [{ progressCommand }, { progressIo }] = await Promise.all([import('./commands/progress.js'), import('./quiz/setup.js')])
      return progressCommand(invocation.options, ctx, progressIo(terminal(), ctx))
    }
    case 'new':
      return (await import('./commands/new.js')).newCommand(invocation.options, ctx)
    case 'step': {
      const side = await live()
      const [{ stepCommand }, { stepScreen }] = await Promise.all([import('./commands/step.js'), import('./terminal/stepper.js')])
      return stepCommand(invocation.options, ctx, side.interactive ? stepScreen({ stdin: process.stdin, stdout: process.stdout }, side) : null)
    }
    case 'trace':
      return (await import('./commands/trace.js')).traceCommand(invocation.options, ctx)
    case 'help':
    case 'version':
      ctx.out.write(invocation.text)
  }
}

function reportError(error: unknown, langs: readonly Lang[], style: Style, env: Env, out: OutputPort): number {
  // Ctrl-C is the user's choice, not an error: its message goes without the label.
  const stoppedByUser = error instanceof AppError && error.exitCode === 130
  const label = (lang: Lang): string =>
    stoppedByUser ? '' : style.red(style.bold(`${message(lang, 'error.label')}${lang === 'zh' ? '：' : ': '}`))
  if (error instanceof AppError) {
    for (const lang of langs) out.error(`${label(lang)}${error.text[lang]}\n`)
  } else {
    const text = error instanceof Error ? error.message : String(error)
    for (const lang of langs) out.error(`${label(lang)}${message(lang, 'error.internal', { message: text })}\n`)
  }
  if (debugging(env) && error instanceof Error && error.stack) out.error(`${error.stack}\n`)
  else if (!(error instanceof AppError)) for (const lang of langs) out.error(`${message(lang, 'error.debug')}\n`)
  return error instanceof AppError ? error.exitCode : 1
}

export async function main(argv: readonly string[], env: Env): Promise<number> {
  const out: OutputPort = {
    write: (text) => void process.stdout.write(text),
    error: (text) => void process.stderr.write(text),
  }
  const width = columnsOf(process.stdout, env)
  let langs = new Translator(languageOf(argv, env)).langs
  let errorStyle = PLAIN
  try {
    const invocation = parseArgv(argv, { env, version: packageJson.version, columns: width })
    const tr = new Translator(invocation.global.lang)
    langs = tr.langs
    if (invocation.command === 'help' || invocation.command === 'version') {
      out.write(invocation.text)
      return 0
    }
    const json = (invocation.command === 'run' || invocation.command === 'list' || invocation.command === 'check' || invocation.command === 'trace') && invocation.options.json
    const style = json ? PLAIN : await loadStyle(colorLevel({ env, isTTY: process.stdout.isTTY === true, flag: invocation.global.color }))
    errorStyle = await loadStyle(colorLevel({ env, isTTY: process.stderr.isTTY === true, flag: invocation.global.color }))
    const ctx = await context({ tr, style, width }, out, invocation.global.lessonDirs)
    await dispatch(invocation, ctx)
    return 0
  } catch (error) {
    return reportError(error, langs, errorStyle, env, out)
  }
}

/** Exits once stdout has taken everything (process.exit can cut off piped output otherwise). */
function exit(code: number): void {
  process.stdout.write('', () => process.exit(code))
}

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  // The reader went away (`| head`): stop quietly.
  if (error.code === 'EPIPE') process.exit(0)
})

main(process.argv.slice(2), process.env).then(exit, (error: unknown) => {
  process.stderr.write(`${String(error)}\n`)
  exit(1)
})
