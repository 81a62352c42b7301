import { describe, expect, test } from 'vitest'
import { diffHunks, diffLines } from '../../src/quiz/diff.js'

const BEFORE = ['a = 1', 'b = 2', 'c = 3', 'd = 4', 'e = 5', 'f = 6', 'g = 7', ''].join('\n')

describe('the diff of a variant against main.py', () => {
  test('an edited line is one removal and one addition; the rest is unchanged', () => {
    const lines = diffLines(BEFORE, BEFORE.replace('c = 3', 'c = 30'))
    expect(lines.filter((l) => l.kind !== 'same')).toEqual([
      { kind: 'removed', text: 'c = 3', number: 3 },
      { kind: 'added', text: 'c = 30', number: 3 },
    ])
    expect(lines.filter((l) => l.kind === 'same')).toHaveLength(6)
  })

  test('a removed line keeps its number in main.py', () => {
    expect(diffLines(BEFORE, BEFORE.replace('e = 5\n', '')).filter((l) => l.kind !== 'same')).toEqual([{ kind: 'removed', text: 'e = 5', number: 5 }])
  })

  test('hunks hold the changes with one line of context, and separate changes far apart', () => {
    const hunks = diffHunks(BEFORE, BEFORE.replace('a = 1', 'a = 10').replace('g = 7', 'g = 70'))
    expect(hunks.map((h) => h.map((l) => `${l.kind[0]}${l.text}`))).toEqual([
      ['ra = 1', 'aa = 10', 'sb = 2'],
      ['sf = 6', 'rg = 7', 'ag = 70'],
    ])
  })

  test('changes close together share one hunk', () => {
    expect(diffHunks(BEFORE, BEFORE.replace('b = 2', 'B').replace('d = 4', 'D'))).toHaveLength(1)
  })

  test('identical texts have no hunks, whatever their line endings', () => {
    expect(diffHunks(BEFORE, BEFORE.replace(/\n/g, '\r\n'))).toEqual([])
  })
})
