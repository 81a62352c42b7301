/**
 * What a variant changes in main.py, as the learner sees it: the removed and added lines with a
 * little context, grouped into hunks. A longest common subsequence of lines, so an edited line shows
 * as one removal and one addition, never as every later line differing. Programs are a few dozen
 * lines: the quadratic table costs nothing.
 */

export interface DiffLine {
  readonly kind: 'same' | 'removed' | 'added'
  readonly text: string
  /** 1-based line number in main.py (removed, same) or in the variant (added). */
  readonly number: number
}

function lines(text: string): string[] {
  const rows = text.replace(/\r\n/g, '\n').split('\n')
  if (rows[rows.length - 1] === '') rows.pop()
  return rows
}

/** Every line of both texts in order, marked same, removed or added. */
export function diffLines(before: string, after: string): DiffLine[] {
  const a = lines(before)
  const b = lines(after)
  const common = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0))
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      common[i]![j] = a[i] === b[j] ? common[i + 1]![j + 1]! + 1 : Math.max(common[i + 1]![j]!, common[i]![j + 1]!)
    }
  }
  const out: DiffLine[] = []
  let i = 0
  let j = 0
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      out.push({ kind: 'same', text: a[i]!, number: i + 1 })
      i++
      j++
    } else if (j >= b.length || (i < a.length && common[i + 1]![j]! >= common[i]![j + 1]!)) {
      out.push({ kind: 'removed', text: a[i]!, number: i + 1 })
      i++
    } else {
      out.push({ kind: 'added', text: b[j]!, number: j + 1 })
      j++
    }
  }
  return out
}

/** The changed lines with `context` unchanged lines around each change; hunks that touch are merged. */
export function diffHunks(before: string, after: string, context = 1): DiffLine[][] {
  const all = diffLines(before, after)
  const keep = all.map(() => false)
  all.forEach((line, index) => {
    if (line.kind === 'same') return
    for (let k = Math.max(0, index - context); k <= Math.min(all.length - 1, index + context); k++) keep[k] = true
  })
  const hunks: DiffLine[][] = []
  let current: DiffLine[] | null = null
  all.forEach((line, index) => {
    if (!keep[index]) {
      current = null
      return
    }
    if (current === null) {
      current = []
      hunks.push(current)
    }
    current.push(line)
  })
  return hunks
}
