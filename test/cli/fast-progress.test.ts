/**
 * The fast path finds the progress file without env-paths (src/cli/fast-progress.ts); it must name
 * the very file env-paths does (src/quiz/location.ts), or say it cannot.
 */
import { afterEach, describe, expect, test } from 'vitest'
import { fastProgressPath } from '../../src/cli/fast-progress.js'
import { progressPath } from '../../src/quiz/location.js'

const saved = process.env.XDG_DATA_HOME
afterEach(() => {
  if (saved === undefined) delete process.env.XDG_DATA_HOME
  else process.env.XDG_DATA_HOME = saved
})

describe('the progress file on the fast path', () => {
  // env-paths reads XDG_DATA_HOME from process.env when asked, and the home folder once, at load.
  test.runIf(process.platform === 'linux').each([undefined, '', '/tmp/data', '/tmp/data/', 'relative/data', '/tmp/a/../b'])(
    'is the file env-paths names when XDG_DATA_HOME is %j',
    (xdg) => {
      if (xdg === undefined) delete process.env.XDG_DATA_HOME
      else process.env.XDG_DATA_HOME = xdg
      expect(fastProgressPath(process.env, 'linux')).toBe(progressPath())
    },
  )

  test('is the XDG data folder on Linux, else the home folder’s .local/share', () => {
    expect(fastProgressPath({ HOME: '/home/ada', XDG_DATA_HOME: '/data' }, 'linux')).toBe('/data/asyncio-lessons/progress.json')
    expect(fastProgressPath({ HOME: '/home/ada/' }, 'linux')).toBe('/home/ada/.local/share/asyncio-lessons/progress.json')
  })

  test('is left to env-paths without a home folder in HOME, or off Linux', () => {
    expect(fastProgressPath({}, 'linux')).toBeNull()
    expect(fastProgressPath({ HOME: '' }, 'linux')).toBeNull()
    expect(fastProgressPath({ HOME: '/Users/ada' }, 'darwin')).toBeNull()
    expect(fastProgressPath({ HOME: 'C:\\Users\\ada' }, 'win32')).toBeNull()
  })
})
