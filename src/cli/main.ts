/**
 * The bin's entry point, and the only place that touches the process: it reads argv and the
 * environment, decides language, colour and width, runs one command, prints any error in the
 * user's language (a stack trace only with DEBUG=asyncio-lessons), and exits with the error's code:
 * 0 ok, 1 a check mismatch or an invalid lesson, 2 a usage error, 3 an engine that cannot run.
 *
 * Start-up matters (`--version` must cost little more than `node -e 0`): commands, lessons and the
 * engines are imported only once a command needs them, and chalk only when colour is on.
 */
import { join } from 'node:path'
import packageJson from '../../package.json' with { type: 'json' }
import { AppError } from '../errors.js'
import { Translator, message, type Lang } from '../ui/i18n.js'
import { colorLevel, loadStyle, PLAIN, type Style } from '../ui/style.js'
import { DEFAULT_COLUMNS } from '../ui/width.js'
import { languageOf, parseArgv, type Invocation } from './argv.js'
import type { CommandContext, OutputPort, Ui } from './context.js'

type Env = Readonly<Record<string, string | undefined>>

function columnsOf(stream: NodeJS.WriteStream, env: Env): number {
  const fromEnv = Number.parseInt(env.COLUMNS ?? '', 10)
  if (Number.isInteger(fromEnv) && fromEnv > 0) return fromEnv
  return stream.isTTY && stream.columns > 0 ? stream.columns : DEFAULT_COLUMNS
}

function debugging(env: Env): boolean {
  return (env.DEBUG ?? '').split(',').some((name) => name.trim() === 'asyncio-lessons' || name.trim() === '*')
}

async function context(ui: Ui, out: OutputPort): Promise<CommandContext> {
  const [{ loadLibrary }, { builtinModules }, { runOnEngine }, { findPackageRoot }] = await Promise.all([
    import('../lessons/loader.js'),
    import('../lessons/builtin.js'),
    import('../lessons/evaluate.js'),
    import('../engines/cpython/locate.js'),
  ])
  return {
    out,
    ui,
    library: ({ programs }) => loadLibrary(join(findPackageRoot(), 'lessons'), builtinModules(), { programs }),
    runEngine: runOnEngine,
  }
}

async function dispatch(invocation: Invocation, ctx: CommandContext): Promise<void> {
  switch (invocation.command) {
    case 'run':
      return (await import('./commands/run.js')).runCommand(invocation.options, ctx)
    case 'list':
      return (await import('./commands/list.js')).listCommand(invocation.options, ctx)
    case 'show':
      return (await import('./commands/show.js')).showCommand(invocation.options, ctx)
    case 'check':
      return (await import('./commands/check.js')).checkCommand(invocation.options, ctx)
    case 'help':
    case 'version':
      ctx.out.write(invocation.text)
  }
}

function reportError(error: unknown, langs: readonly Lang[], style: Style, env: Env, out: OutputPort): number {
  const label = (lang: Lang): string => style.red(style.bold(`${message(lang, 'error.label')}${lang === 'zh' ? '：' : ': '}`))
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
    const json = (invocation.command === 'run' || invocation.command === 'list' || invocation.command === 'check') && invocation.options.json
    const style = json ? PLAIN : await loadStyle(colorLevel({ env, isTTY: process.stdout.isTTY === true, flag: invocation.global.color }))
    errorStyle = await loadStyle(colorLevel({ env, isTTY: process.stderr.isTTY === true, flag: invocation.global.color }))
    const ctx = await context({ tr, style, width }, out)
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
