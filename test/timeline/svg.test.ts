import { spawnSync } from 'node:child_process'
import { describe, expect, test } from 'vitest'
import { timelineSvg } from '../../src/timeline/index.js'
import { LESSON_IDS, lessonTrace, output, task, traceOf } from './fixtures.js'

interface Parsed {
  readonly root: string
  readonly viewBox: number[]
  readonly title: string
  readonly texts: string[]
  /** The largest x and y any text, circle or line starts at. */
  readonly maxX: number
  readonly maxY: number
}

/** Parses the document with Python's XML parser (the strict one every SVG viewer agrees with). */
function parse(svg: string): Parsed {
  const script = `
import json, sys, xml.etree.ElementTree as ET
root = ET.fromstring(sys.stdin.buffer.read())
ns = '{http://www.w3.org/2000/svg}'
xs, ys = [0.0], [0.0]
for el in root.iter():
    for a, out in (('x', xs), ('cx', xs), ('x1', xs), ('x2', xs), ('y', ys), ('cy', ys), ('y1', ys), ('y2', ys)):
        v = el.get(a)
        if v is not None and not v.endswith('%'): out.append(float(v))
print(json.dumps({
    'root': root.tag, 'viewBox': [float(n) for n in root.get('viewBox').split()],
    'title': root.find(ns + 'title').text,
    'texts': [''.join(t.itertext()) for t in root.iter(ns + 'text')],
    'maxX': max(xs), 'maxY': max(ys),
}))
`
  const result = spawnSync('python3', ['-c', script], { input: svg, encoding: 'utf8' })
  if (result.status !== 0) throw new Error(`not well-formed XML: ${result.stderr}`)
  return JSON.parse(result.stdout) as Parsed
}

describe('the SVG timeline', () => {
  test('every lesson makes a well-formed SVG document whose viewBox holds all of its content', async () => {
    for (const id of LESSON_IDS) {
      const parsed = parse(timelineSvg(await lessonTrace(id), { title: id, lang: 'both' }))
      expect(parsed.root).toBe('{http://www.w3.org/2000/svg}svg')
      const [x, y, width, height] = parsed.viewBox
      expect([x, y]).toEqual([0, 0])
      expect(parsed.maxX, id).toBeLessThanOrEqual(width!)
      expect(parsed.maxY, id).toBeLessThanOrEqual(height!)
      expect(parsed.title).toBe(id)
    }
  })

  test('lesson 03 shows its tasks, the axis in seconds, the lettered prints and the legend', async () => {
    const parsed = parse(timelineSvg(await lessonTrace('03-create-task'), { title: 'Lesson 3 · create_task', lang: 'en' }))
    expect(parsed.texts).toEqual(expect.arrayContaining(['Task-1 main', 'Task-2 say_after', 'Task-3 say_after', '0s', '1s', '2s', 'sleep(1)', 'sleep(2)', 'output', 'a', 'b', 'c', 'hello']))
    expect(parsed.texts).toEqual(expect.arrayContaining(['runs (takes no time)', 'sleeps: a timer wakes it', 'waits for a task, future, lock or event', 'done']))
  })

  test('text that XML would choke on is escaped, characters it cannot hold are dropped, and CJK stays', () => {
    const trace = traceOf([
      task(0, 'Task-1', 'created', '下载<all>'),
      task(0, 'Task-1', 'started'),
      output(0, 'a < b && "c" \u0007bell', { task: 'Task-1' }),
      output(0, '半个字符\ud800', { task: 'Task-1' }),
      task(0, 'Task-1', 'done'),
    ])
    const svg = timelineSvg(trace, { title: 'R&D <"测试">', lang: 'zh' })
    const parsed = parse(svg)
    expect(parsed.title).toBe('R&D <"测试">')
    expect(parsed.texts).toEqual(expect.arrayContaining(['Task-1 下载<all>', 'a < b && "c" bell', '半个字符', '输出', '完成']))
  })

  test('the font list names monospace fonts first and CJK fonts after them', async () => {
    const svg = timelineSvg(await lessonTrace('03-create-task'), { title: 't', lang: 'zh' })
    const family = /font-family="([^"]+)"/.exec(svg)![1]!
    expect(family.indexOf('Menlo')).toBeLessThan(family.indexOf('Noto Sans Mono CJK SC'))
    expect(family).toMatch(/monospace$/)
  })
})
