/**
 * Where progress lives: the platform's per-user data folder, as env-paths finds it (XDG on Linux:
 * `$XDG_DATA_HOME/asyncio-lessons`, else `~/.local/share/asyncio-lessons`; macOS
 * `~/Library/Application Support/asyncio-lessons`; Windows `%LOCALAPPDATA%\asyncio-lessons\Data`).
 */
import { join } from 'node:path'
import envPaths from 'env-paths'

export const PROGRESS_FILE = 'progress.json'

export function progressPath(): string {
  return join(envPaths('asyncio-lessons', { suffix: '' }).data, PROGRESS_FILE)
}
