/**
 * `run --timeline` through the built bin, as a user would: the chart piped as plain text, the SVG
 * written into the current folder or a named file, and the errors with their exit codes.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { displayWidth } from '../../src/ui/width.js'
import { ANSI, BIN_PATH, ensureBin } from '../e2e/bin.js'

const dir = mkdtempSync(join(tmpdir(), 'timeline-e2e-'))

function run(args: readonly string[], env: Record<string, string> = {}): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [BIN_PATH, ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LANG: 'C.UTF-8', ...env },
    timeout: 120_000,
  })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

beforeAll(async () => {
  await ensureBin()
})

afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('run --timeline', () => {
  test('piped, draws the chart after the output as plain text that fits the width', () => {
    const result = run(['run', '3', '--timeline', '--no-code', '--no-explain'], { COLUMNS: '72' })
    expect(result.status).toBe(0)
    expect(result.stderr).toBe('')
    expect(result.stdout).not.toMatch(ANSI)
    const out = result.stdout
    expect(out.indexOf('Timeline (virtual time)')).toBeGreaterThan(out.indexOf('t=2.000s  world'))
    expect(out).toMatch(/Task-2 say_after +●─+sleep\(1\)─+✓\n/)
    expect(out).toContain('b 1.000s  Task-2  hello')
    for (const line of out.split('\n')) expect(displayWidth(line), line).toBeLessThanOrEqual(72)
  })

  test('on CPython the chart is the same as on the embedded scheduler (both record the schedule)', () => {
    const chart = (engine: string): string => {
      const result = run(['run', '9', '--engine', engine, '--timeline', '--no-code', '--no-explain'], { COLUMNS: '80' })
      expect(result.status).toBe(0)
      return result.stdout.slice(result.stdout.indexOf('Timeline (virtual time)'))
    }
    const embedded = chart('embedded')
    expect(embedded).toMatch(/Task-4 do_blocking_work +·+●▓+✓\n/)
    expect(chart('python')).toBe(embedded)
  })

  test('in Chinese, the legend and the output row speak Chinese', () => {
    const result = run(['run', '3', '--timeline', '--no-code', '--no-explain', '--lang', 'zh'], { COLUMNS: '60' })
    expect(result.status).toBe(0)
    expect(result.stdout).toContain('时间线（虚拟时间）')
    expect(result.stdout).toContain('● 运行（不占时间）')
  })

  test('--timeline-format svg writes <lesson-id>.timeline.svg in the current folder and says where', () => {
    const result = run(['run', '3', '--timeline-format', 'svg', '--no-code', '--no-explain'])
    expect(result.status).toBe(0)
    expect(result.stdout).toContain('Timeline written to 03-create-task.timeline.svg')
    expect(result.stdout).not.toContain('Timeline (virtual time)\n')
    const svg = readFileSync(join(dir, '03-create-task.timeline.svg'), 'utf8')
    expect(svg).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/)
    expect(svg).toContain('<title>Lesson 3 · create_task: overlapping the waits</title>')
    const parsed = spawnSync('python3', ['-c', 'import sys, xml.etree.ElementTree as ET; ET.parse(sys.argv[1]); print("ok")', join(dir, '03-create-task.timeline.svg')], { encoding: 'utf8' })
    expect(parsed.stdout.trim()).toBe('ok')
  })

  test('--timeline-out names the file, and implies the svg format', () => {
    const result = run(['run', '4', '--timeline-out', 'gather.svg', '--no-code', '--no-explain'])
    expect(result.status).toBe(0)
    expect(result.stdout).toContain('Timeline written to gather.svg')
    expect(existsSync(join(dir, 'gather.svg'))).toBe(true)
  })

  test('a file that cannot be written is a one-paragraph usage error, exit 2, no stack trace', () => {
    const result = run(['run', '3', '--timeline-out', 'no/such/folder/x.svg'])
    expect(result.status).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toContain('Cannot write the timeline to no/such/folder/x.svg: ENOENT: no such file or directory.')
    expect(result.stderr).not.toMatch(/\n\s+at /)
  })

  test('--timeline with --json, or one --timeline-out for two lessons, is a usage error (exit 2)', () => {
    expect(run(['run', '3', '--timeline', '--json'])).toMatchObject({ status: 2, stdout: '' })
    const many = run(['run', '3', '4', '--timeline-out', 'x.svg'])
    expect(many.status).toBe(2)
    expect(many.stderr).toContain('--timeline-out names one file, but 2 lessons were chosen.')
  })
})
