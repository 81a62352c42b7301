/**
 * The command line, parsed: argv in, a typed Invocation out, or a UsageError. commander does the
 * parsing; nothing here writes, exits or runs a command (main.ts does that), so every row of the
 * argv → options table is testable as a function call.
 *
 * The interface language must be known before the help texts are built, so `--lang` is read ahead
 * of commander (which then validates it like any other option).
 */
import { Command, CommanderError, Option, type Help } from 'commander'
import { UsageError } from '../errors.js'
import { ENGINES, type EngineName } from '../lessons/engines.js'
import { LANG_CHOICES, Translator, bilingual, detectLang, type Lang, type LangChoice } from '../ui/i18n.js'
import type { MessageKey } from '../ui/messages/en.js'
import { displayWidth, wrap } from '../ui/width.js'
import type { CheckOptions } from './commands/check.js'
import type { ListOptions } from './commands/list.js'
import type { NewOptions } from './commands/new.js'
import type { ProgressOptions } from './commands/progress.js'
import type { QuizOptions } from './commands/quiz.js'
import type { RunOptions } from './commands/run.js'
import type { ShowOptions } from './commands/show.js'
import { TIMELINE_FORMATS, timelineRequest, type TimelineFormat } from './views/timeline-request.js'
import type { StepOptions } from './commands/step.js'
import type { TraceOptions } from './commands/trace.js'

export const BIN = 'asyncio-lessons'

export interface GlobalOptions {
  readonly lang: LangChoice
  /** false for `--no-color`; undefined when not given. */
  readonly color: boolean | undefined
  /** `--lessons <dir>` (run, list, show, check, quiz): the user's lesson folders, in place of the built-in ones. */
  readonly lessonDirs?: readonly string[]
}

export type Invocation = { readonly global: GlobalOptions } & (
  | { readonly command: 'run'; readonly options: RunOptions }
  | { readonly command: 'list'; readonly options: ListOptions }
  | { readonly command: 'show'; readonly options: ShowOptions }
  | { readonly command: 'check'; readonly options: CheckOptions }
  | { readonly command: 'quiz'; readonly options: QuizOptions }
  | { readonly command: 'progress'; readonly options: ProgressOptions }
  | { readonly command: 'new'; readonly options: NewOptions }
  | { readonly command: 'step'; readonly options: StepOptions }
  | { readonly command: 'trace'; readonly options: TraceOptions }
  /** Help or the version: text for stdout, exit 0. */
  | { readonly command: 'help' | 'version'; readonly text: string }
  /** No command: the menu on a terminal, else `text`, the help. */
  | { readonly command: 'menu'; readonly text: string }
)

type Env = Readonly<Record<string, string | undefined>>

/** `--lang` as given on the command line if it is valid, else the locale's language. */
export function languageOf(argv: readonly string[], env: Env): LangChoice {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (arg === '--') break
    const value = arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice(7) : undefined
    if (value !== undefined && (LANG_CHOICES as readonly string[]).includes(value)) return value as LangChoice
  }
  return detectLang(env)
}

const TITLES: Record<string, MessageKey> = {
  'Usage:': 'help.title.usage',
  'Options:': 'help.title.options',
  'Commands:': 'help.title.commands',
  'Arguments:': 'help.title.arguments',
  'Global Options:': 'help.title.globalOptions',
}

function examples(tr: Translator): string {
  const rows: Array<[string, MessageKey]> = [
    [`${BIN} run`, 'help.example.run'],
    [`${BIN} run 3 --lang zh`, 'help.example.runOne'],
    [`${BIN} run await --engine python`, 'help.example.python'],
    [`${BIN} run 3 --timeline`, 'help.example.timeline'],
    [`${BIN} check --engine all`, 'help.example.check'],
    [`${BIN} quiz 3`, 'help.example.quiz'],
    [`${BIN} step 3`, 'help.example.step'],
    [`${BIN} new my-lesson`, 'help.example.new'],
    [`${BIN} trace my_program.py`, 'help.example.trace'],
  ]
  const width = Math.max(...rows.map(([cmd]) => cmd.length))
  return `\n${tr.t('help.examples')}\n${rows.map(([cmd, key]) => `  ${cmd.padEnd(width)}  ${tr.t(key)}`).join('\n')}\n`
}

function build(lang: Lang, version: string, columns: number, sink: { out: string; err: string }, found: { invocation?: Invocation }): Command {
  const tr = new Translator(lang)
  const t = (key: MessageKey): string => tr.t(key)
  const help: Partial<Help> = {
    // commander stops wrapping when the description column is under 40: too wide for a narrow terminal.
    minWidthToWrap: 20,
    styleTitle: (title: string) => (TITLES[title] ? t(TITLES[title]!) : title),
    // commander measures with .length and wraps at spaces only: CJK needs display width and breaks anywhere.
    displayWidth: (text: string) => displayWidth(text),
    boxWrap: (text: string, width: number) => wrap(text, width).join('\n'),
    optionDescription: (option: Option) => {
      const extra: string[] = []
      if (option.argChoices) extra.push(`${t('help.choices')}${option.argChoices.join(', ')}`)
      if (option.defaultValue !== undefined && !option.negate) extra.push(`${t('help.default')}${String(option.defaultValue)}`)
      return extra.length === 0 ? option.description : `${option.description} ${tr.t('help.extra', { items: extra.join(t('help.separator')) })}`
    },
  }
  const output = {
    writeOut: (text: string) => void (sink.out += text),
    writeErr: (text: string) => void (sink.err += text),
    getOutHelpWidth: () => columns,
    getErrHelpWidth: () => columns,
    getOutHasColors: () => false,
    getErrHasColors: () => false,
  }
  const program = new Command(BIN)
  const global = (lessonDirs: readonly string[] = []): GlobalOptions => {
    const opts = program.opts<{ lang?: LangChoice; color?: boolean }>()
    return { lang: opts.lang ?? lang, color: opts.color === false ? false : undefined, ...(lessonDirs.length > 0 && { lessonDirs }) }
  }
  const lessonsOption = (): Option => new Option('--lessons <dir>', t('option.lessons')).argParser(collect)
  const configure = (command: Command): Command =>
    command
      .helpOption('-h, --help', t('option.help'))
      .configureHelp(help)
      .configureOutput(output)
      .exitOverride()
      .showSuggestionAfterError(true)

  configure(program)
    .description(t('program.description'))
    .version(version, '-V, --version', t('option.version'))
    .helpCommand('help [command]', t('command.help'))
    .addOption(new Option('--lang <lang>', t('option.lang')).choices(LANG_CHOICES))
    .option('--no-color', t('option.noColor'))
    .addHelpText('after', examples(tr))

  configure(program.command('run'))
    .description(t('run.description'))
    .argument('[lessons...]', t('argument.lessons'))
    .addOption(new Option('--engine <engine>', t('run.option.engine')).choices(ENGINES).default('embedded'))
    .option('--no-code', t('run.option.noCode'))
    .option('--no-explain', t('run.option.noExplain'))
    .option('--json', t('option.json'))
    .addOption(new Option('--realtime', t('run.option.realtime')).conflicts('json'))
    .addOption(new Option('--speed <factor>', t('run.option.speed')).implies({ realtime: true }))
    // The timeline is drawn for people (a chart, or an SVG file): no part of the JSON report.
    .addOption(new Option('--timeline', t('run.option.timeline')).conflicts('json'))
    .addOption(new Option('--timeline-format <format>', t('run.option.timelineFormat')).choices(TIMELINE_FORMATS).default('text').implies({ timeline: true }).conflicts('json'))
    .addOption(new Option('--timeline-out <file>', t('run.option.timelineOut')).implies({ timeline: true, timelineFormat: 'svg' }).conflicts('json'))
    .addOption(lessonsOption())
    .action((lessons: string[], opts: { engine: EngineName; code: boolean; explain: boolean; json?: boolean; realtime?: boolean; speed?: string; lessons?: string[]; timeline?: boolean; timelineFormat: TimelineFormat; timelineOut?: string }) => {
      const realtime = opts.realtime === true ? { speed: speedOf(opts.speed) } : undefined
      const timeline = opts.timeline === true ? timelineRequest(opts.timelineFormat, opts.timelineOut, bilingual('error.hint', { command: `${BIN} run` })) : undefined
      found.invocation = {
        global: global(opts.lessons),
        command: 'run',
        options: { lessons, engine: opts.engine, code: opts.code, explain: opts.explain, json: opts.json === true, ...(realtime && { realtime }), ...(timeline && { timeline }) },
      }
    })

  configure(program.command('list'))
    .description(t('list.description'))
    .option('--json', t('option.json'))
    .addOption(lessonsOption())
    .action((opts: { json?: boolean; lessons?: string[] }) => {
      found.invocation = { global: global(opts.lessons), command: 'list', options: { json: opts.json === true } }
    })

  configure(program.command('show'))
    .description(t('show.description'))
    .argument('<lesson>', t('argument.lesson'))
    .addOption(lessonsOption())
    .action((lesson: string, opts: { lessons?: string[] }) => {
      found.invocation = { global: global(opts.lessons), command: 'show', options: { lesson } }
    })

  configure(program.command('check'))
    .description(t('check.description'))
    .argument('[lessons...]', t('argument.lessons'))
    .addOption(new Option('--engine <engine>', t('check.option.engine')).choices([...ENGINES, 'all']).default('all'))
    .option('--json', t('option.json'))
    .addOption(lessonsOption())
    .action((lessons: string[], opts: { engine: EngineName | 'all'; json?: boolean; lessons?: string[] }) => {
      const engines = opts.engine === 'all' ? [...ENGINES] : [opts.engine]
      found.invocation = { global: global(opts.lessons), command: 'check', options: { lessons, engines, json: opts.json === true } }
    })

  configure(program.command('step'))
    .description(t('step.description'))
    .argument('<lesson>', t('argument.lesson'))
    .addOption(new Option('--engine <engine>', t('step.option.engine')).choices(ENGINES))
    .addOption(lessonsOption())
    .action((lesson: string, opts: { engine?: EngineName; lessons?: string[] }) => {
      found.invocation = { global: global(opts.lessons), command: 'step', options: { lesson, engine: opts.engine ?? 'auto' } }
    })

  configure(program.command('quiz'))
    .description(t('quiz.description'))
    .argument('[lessons...]', t('argument.lessons'))
    .addOption(lessonsOption())
    .action((lessons: string[], opts: { lessons?: string[] }) => {
      found.invocation = { global: global(opts.lessons), command: 'quiz', options: { lessons } }
    })

  configure(program.command('new'))
    .description(t('new.description'))
    .argument('<slug>', t('argument.slug'))
    .addOption(new Option('--lessons <dir>', t('new.option.lessons')).default('./lessons'))
    .action((slug: string, opts: { lessons: string }) => {
      found.invocation = { global: global(), command: 'new', options: { slug, dir: opts.lessons } }
    })

  configure(program.command('trace'))
    .description(t('trace.description'))
    .argument('<file>', t('trace.argument.file'))
    .argument('[args...]', t('trace.argument.args'))
    .option('--json', t('option.json'))
    .option('--no-timeline', t('trace.option.noTimeline'))
    .addOption(new Option('--timeline-format <format>', t('trace.option.timelineFormat')).choices(TIMELINE_FORMATS).default('text').conflicts('json'))
    .addOption(new Option('--timeline-out <file>', t('trace.option.timelineOut')).implies({ timelineFormat: 'svg' }).conflicts('json'))
    .option('--max-iterations <count>', t('trace.option.maxIterations'))
    .action((file: string, args: string[], opts: { json?: boolean; timeline: boolean; timelineFormat: TimelineFormat; timelineOut?: string; maxIterations?: string }) => {
      const hint = bilingual('error.hint', { command: `${BIN} trace` })
      const timeline = opts.json === true || !opts.timeline ? null : timelineRequest(opts.timelineFormat, opts.timelineOut, hint)
      const maxIterations = opts.maxIterations === undefined ? undefined : iterationsOf(opts.maxIterations)
      found.invocation = {
        global: global(),
        command: 'trace',
        options: { file, args, json: opts.json === true, timeline, ...(maxIterations !== undefined && { maxIterations }) },
      }
    })

  const progress = configure(program.command('progress')).description(t('progress.description'))
  configure(progress.command('reset'))
    .description(t('progress.reset.description'))
    .option('-y, --yes', t('progress.option.yes'))
    .action((opts: { yes?: boolean }) => {
      found.invocation = { global: global(), command: 'progress', options: { action: 'reset', yes: opts.yes === true } }
    })

  return program
}

/** `--lessons` may be repeated: each folder is added to the list. */
function collect(value: string, previous: readonly string[] | undefined): string[] {
  return [...(previous ?? []), value]
}

/** `--speed`: a finite number above 0 (1 when not given). */
function speedOf(value: string | undefined): number {
  if (value === undefined) return 1
  const speed = value.trim() === '' ? Number.NaN : Number(value)
  if (Number.isFinite(speed) && speed > 0) return speed
  const reason = bilingual('run.speed.invalid', { value })
  const hint = bilingual('error.hint', { command: `${BIN} run` })
  throw UsageError.withHint(reason, hint)
}

/** `--max-iterations`: a whole number above 0. */
function iterationsOf(value: string): number {
  const count = /^\d+$/.test(value.trim()) ? Number(value.trim()) : Number.NaN
  if (Number.isSafeInteger(count) && count > 0) return count
  const reason = bilingual('trace.maxIterations.invalid', { value })
  const hint = bilingual('error.hint', { command: `${BIN} trace` })
  throw UsageError.withHint(reason, hint)
}

/** The subcommand named in argv, for the hint after an error. */
function commandNamed(argv: readonly string[]): string | undefined {
  return argv.find((arg) => ['run', 'list', 'show', 'check', 'step', 'quiz', 'progress', 'new', 'trace', 'help'].includes(arg))
}

export interface ParseSettings {
  readonly env: Env
  readonly version: string
  /** Width for help text. */
  readonly columns: number
}

export function parseArgv(argv: readonly string[], { env, version, columns }: ParseSettings): Invocation {
  const choice = languageOf(argv, env)
  const lang: Lang = choice === 'both' ? detectLang(env) : choice
  const sink = { out: '', err: '' }
  const found: { invocation?: Invocation } = {}
  const program = build(lang, version, columns, sink, found)
  const fallback: GlobalOptions = { lang: choice, color: argv.includes('--no-color') ? false : undefined }
  try {
    program.parse([...argv], { from: 'user' })
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error
    if (error.code === 'commander.version') return { global: fallback, command: 'version', text: sink.out }
    if (error.code === 'commander.help' && commandNamed(argv) === undefined) {
      return { global: fallback, command: 'menu', text: sink.out + sink.err }
    }
    // Explicit --help and `help [command]`: help on stdout, exit 0.
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.help') {
      return { global: fallback, command: 'help', text: sink.out + sink.err }
    }
    const reason = (sink.err.trim() || error.message).replace(/^error: /, '')
    const name = commandNamed(argv)
    const hint = bilingual('error.hint', { command: name && name !== 'help' ? `${BIN} ${name}` : BIN })
    throw new UsageError({ en: `${reason}\n${hint.en}`, zh: `${reason}\n${hint.zh}` })
  }
  if (found.invocation === undefined) return { global: fallback, command: 'help', text: program.helpInformation() }
  return found.invocation
}
