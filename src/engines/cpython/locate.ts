/**
 * Where the harness is: `python/harness.py` in this package's root, found by walking up from this
 * module's own location. That works from `src/` (tsx, vitest), from `dist/` and from a bundle,
 * since each lives somewhere below the package root.
 */

import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const HARNESS = join('python', 'harness.py')

/** The package root: the nearest folder above `fromUrl` holding package.json and python/harness.py. */
export function findPackageRoot(fromUrl: string = import.meta.url): string {
  let dir = dirname(fileURLToPath(fromUrl))
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, HARNESS))) return dir
    const parent = dirname(dir)
    if (parent === dir) throw new Error(`python/harness.py not found above ${fileURLToPath(fromUrl)}`)
    dir = parent
  }
}

/** Absolute path of python/harness.py. */
export function harnessPath(fromUrl: string = import.meta.url): string {
  return join(findPackageRoot(fromUrl), HARNESS)
}
