/**
 * The modules of the built-in lessons. Run from source (tsx, vitest) they are imported from their
 * files; the bin's build (scripts/build-bin.ts) replaces this module with one that imports every
 * `lessons/NN-slug/{lesson,model}.ts` statically and returns `bundledModules(...)`, so the
 * published bin carries them compiled. Keep the export's name and signature in step with that.
 */
import { importedModules, type LessonModules } from './modules.js'

export function builtinModules(): LessonModules {
  return importedModules()
}
