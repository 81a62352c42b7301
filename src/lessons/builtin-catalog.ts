/**
 * The catalog of the built-in lessons, when it is known without loading them. Run from source (tsx,
 * vitest) it is not: null, and the caller derives it from the loaded library. The bin's build
 * (scripts/build-bin.ts) replaces this module with one returning the catalog it computed from the
 * lessons it validated. Keep the export's name and signature in step with that.
 */
import type { Catalog } from './catalog.js'

export function builtinCatalog(): Catalog | null {
  return null
}
