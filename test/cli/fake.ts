/** A command context that records output instead of writing it, over the built-in lessons. */
import { join } from 'node:path'
import type { CommandContext } from '../../src/cli/context.js'
import { runOnEngine, type RunEngine } from '../../src/lessons/evaluate.js'
import { loadLibrary, type Library } from '../../src/lessons/loader.js'
import { importedModules, type LessonModules } from '../../src/lessons/modules.js'
import { Translator, type LangChoice } from '../../src/ui/i18n.js'
import { PLAIN, type Style } from '../../src/ui/style.js'

export const LESSONS = join(import.meta.dirname, '..', '..', 'lessons')

export interface FakeOptions {
  readonly lang?: LangChoice
  readonly width?: number
  readonly style?: Style
  readonly runEngine?: RunEngine
  readonly root?: string
  readonly modules?: LessonModules
}

export interface Fake {
  readonly ctx: CommandContext
  readonly stdout: () => string
  readonly stderr: () => string
}

export function fakeContext(options: FakeOptions = {}): Fake {
  let stdout = ''
  let stderr = ''
  const root = options.root ?? LESSONS
  const modules = options.modules ?? importedModules()
  const ctx: CommandContext = {
    out: { write: (text) => void (stdout += text), error: (text) => void (stderr += text) },
    ui: { tr: new Translator(options.lang ?? 'en'), style: options.style ?? PLAIN, width: options.width ?? 80 },
    library: ({ programs }): Promise<Library> => loadLibrary(root, modules, { programs }),
    runEngine: options.runEngine ?? runOnEngine,
  }
  return { ctx, stdout: () => stdout, stderr: () => stderr }
}
