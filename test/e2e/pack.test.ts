/**
 * SLOW end-to-end test (about 30-60 s: `npm pack` runs the full build, tsc included): the published
 * package, installed into an empty folder with no network, works as a user and a teacher would use
 * it. `npx asyncio-lessons run 1` and `--version` run from the tarball alone (bin, lazily loaded
 * bundles, lessons and the Python harness all inside), and a teacher's model and lesson type-check
 * against `asyncio-lessons/python` and `asyncio-lessons` through the package's `exports`.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

const root = join(import.meta.dirname, '..', '..')
const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'

describe('slow e2e: the npm package, installed offline into an empty folder', () => {
  const dir = mkdtempSync(join(tmpdir(), 'asyncio-lessons-pack-'))
  const app = join(dir, 'app')
  const env = { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' }

  const npx = (...args: string[]) => spawnSync('npx', ['--offline', 'asyncio-lessons', ...args], { cwd: app, encoding: 'utf8', env: { ...env, LANG: 'C.UTF-8' } })

  beforeAll(() => {
    const packed = execFileSync(npm, ['pack', '--json', '--pack-destination', dir], { cwd: root, encoding: 'utf8', env, stdio: ['ignore', 'pipe', 'pipe'] })
    // The lifecycle scripts print to stdout too: the JSON report is the last thing printed.
    const [{ filename }] = JSON.parse(packed.slice(packed.lastIndexOf('\n[') + 1)) as [{ filename: string }]
    mkdirSync(app)
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'learner', private: true, type: 'module' }))
    execFileSync(npm, ['install', '--offline', '--no-audit', '--no-fund', join(dir, filename)], { cwd: app, env, stdio: 'ignore' })
  }, 120_000)

  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  test('npx asyncio-lessons --version prints the version', () => {
    expect(npx('--version')).toMatchObject({ status: 0, stdout: `${version}\n` })
  })

  test('npx asyncio-lessons run 1 plays lesson 1 from the installed package', () => {
    const result = npx('run', '1')
    // npx may warn about the machine's npm configuration; the bin itself writes nothing to stderr.
    expect(result.stderr.split('\n').filter((line) => line !== '' && !line.startsWith('npm warn'))).toEqual([])
    expect(result.status).toBe(0)
    expect(result.stdout).toContain('━━ Lesson 1 · Coroutines and asyncio.run')
    expect(result.stdout).toMatch(/t=1\.000s {2}world +1\.000s ✓/)
    expect(result.stdout).toContain('Total 1.000s, expected 1s ✓')
  })

  test('the CPython engine runs from the installed package too', () => {
    const result = npx('run', '2', '--engine', 'python', '--no-code', '--no-explain')
    expect(result.status).toBe(0)
    expect(result.stdout).toMatch(/t=3\.000s {2}finished at 18:27:42 +3\.000s ✓/)
  })

  test('a teacher imports asyncio and print from asyncio-lessons/python, typed, and they run', () => {
    writeFileSync(
      join(app, 'model.ts'),
      [
        "import { async_def, asyncio, print, program } from 'asyncio-lessons/python'",
        "import { defineLesson, type LessonDefinition } from 'asyncio-lessons'",
        '',
        'const main = async_def(function* main() {',
        '  yield* asyncio.sleep(1)',
        "  print('hello')",
        '})',
        'export default program(function* () {',
        '  yield* asyncio.run(main())',
        '})',
        "export const lesson: LessonDefinition = defineLesson({ id: '01-hello', title: { zh: '你好', en: 'Hello' }, topics: ['coroutine'], sources: [], total: 1, quiz: [] })",
        '// @ts-expect-error: the facade is typed, so a misspelt name is caught',
        'asyncio.slep(1)',
        '',
      ].join('\n'),
    )
    const tsconfig = { compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', strict: true, noEmit: true, skipLibCheck: false, types: [] }, files: ['model.ts'] }
    writeFileSync(join(app, 'tsconfig.json'), JSON.stringify(tsconfig))
    const tsc = spawnSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', app], { encoding: 'utf8' })
    expect(tsc.stdout + tsc.stderr).toBe('')
    expect(tsc.status).toBe(0)
    const probe = "import { asyncio, print } from 'asyncio-lessons/python'; import { defineLesson } from 'asyncio-lessons'; console.log(typeof asyncio.sleep, typeof print, typeof defineLesson)"
    expect(execFileSync(process.execPath, ['--input-type=module', '-e', probe], { cwd: app, encoding: 'utf8' })).toBe('function function function\n')
  })
})
