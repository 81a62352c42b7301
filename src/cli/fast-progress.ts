/**
 * Where `list` on the bin's fast path reads saved progress: the file src/quiz/location.ts names,
 * found without env-paths. env-paths loads node:os and asks it for the home and temporary folders
 * as soon as it is loaded, about a millisecond of `list`'s start-up, for a path that on Linux is
 * two environment variables joined.
 *
 * Invariant: the answer is progressPath()'s, or null, and then the caller asks progressPath().
 * It answers only on Linux with HOME set and not empty, where os.homedir() is HOME (libuv reads
 * HOME before the password database) and env-paths' data folder is `$XDG_DATA_HOME/<name>`, or
 * `~/.local/share/<name>` when XDG_DATA_HOME is unset or empty. test/cli/fast-progress.test.ts
 * holds it to progressPath().
 */
import { join } from 'node:path'

/** env-paths' name for the folder: the package's name, with no suffix (location.ts asks for none). */
const FOLDER = 'asyncio-lessons'
const PROGRESS_FILE = 'progress.json'

export function fastProgressPath(env: Readonly<Record<string, string | undefined>>, platform: NodeJS.Platform): string | null {
  const home = env.HOME
  if (platform !== 'linux' || home === undefined || home === '') return null
  const data = env.XDG_DATA_HOME !== undefined && env.XDG_DATA_HOME !== '' ? env.XDG_DATA_HOME : join(home, '.local', 'share')
  return join(data, FOLDER, PROGRESS_FILE)
}
