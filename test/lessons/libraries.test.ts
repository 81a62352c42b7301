import { describe, expect, test } from 'vitest'
import { displayOf, mergeLibraries } from '../../src/lessons/libraries.js'
import type { LessonEntry, Library } from '../../src/lessons/loader.js'
import { folderWithSlug, lessonId, nextNumber, SLUG } from '../../src/lessons/scaffold.js'

function entry(display: string, id: string): LessonEntry {
  const [, digits, slug] = /^(\d+)-(.*)$/.exec(id)!
  // Only the fields merging reads: a playable lesson stands in as a marker.
  return { id, number: Number(digits), slug: slug!, display: `${display}/${id}`, lesson: {} as LessonEntry['lesson'], problems: [] }
}

function library(display: string, ...ids: string[]): Library {
  return { root: `/abs/${display}`, entries: ids.map((id) => entry(display, id)), problems: [] }
}

describe('merging the folders given with --lessons', () => {
  test('lessons of distinct folders with distinct ids and numbers stay playable, in teaching order', () => {
    const merged = mergeLibraries([library('b', '02-two'), library('a', '01-one', '03-three')])
    expect(merged.entries.map((e) => e.display)).toEqual(['a/01-one', 'b/02-two', 'a/03-three'])
    expect(merged.entries.every((e) => e.lesson !== null && e.problems.length === 0)).toBe(true)
  })

  test('one id in two folders makes both lessons invalid, each naming the other folder', () => {
    const merged = mergeLibraries([library('mine', '01-hello'), library('theirs', '01-hello')])
    expect(merged.entries.map((e) => [e.lesson, e.problems.map((p) => `${p.file}: ${p.message.en}`)])).toEqual([
      [null, ['mine/01-hello: has the same id as theirs/01-hello']],
      [null, ['theirs/01-hello: has the same id as mine/01-hello']],
    ])
    expect(merged.entries[0]!.problems[0]!.message.zh).toBe('与 theirs/01-hello 的 id 相同')
  })

  test('one number in two folders is a clash too: `run 1` would be ambiguous', () => {
    const merged = mergeLibraries([library('a', '01-one'), library('b', '01-uno')])
    expect(merged.entries.map((e) => e.problems[0]?.message.en)).toEqual(['has the same number as b/01-uno', 'has the same number as a/01-one'])
  })

  test('a single folder is left as the loader made it', () => {
    const only = library('a', '01-one', '02-two')
    expect(mergeLibraries([only])).toEqual(only)
  })

  test('a folder is shown as typed, without a trailing slash', () => {
    expect(displayOf('./lessons/')).toBe('./lessons')
    expect(displayOf('/')).toBe('/')
  })
})

describe('scaffolding a new lesson', () => {
  test('the next number follows the highest lesson folder, ignoring other names', () => {
    expect(nextNumber([])).toBe(1)
    expect(nextNumber(['01-a', '07-b', 'notes', '003-c'])).toBe(8)
    expect(lessonId(8, 'my-lesson')).toBe('08-my-lesson')
    expect(lessonId(123, 'x')).toBe('123-x')
  })

  test('a slug is lowercase words joined by single dashes', () => {
    expect(['hello', 'my-first-lesson', 'gather2'].every((slug) => SLUG.test(slug))).toBe(true)
    expect(['Hello', 'my_lesson', '-a', 'a--b', 'a-', '', '03-x/y'].some((slug) => SLUG.test(slug))).toBe(false)
  })

  test('a slug already used by any numbered folder is found', () => {
    expect(folderWithSlug(['01-hello', '02-world'], 'world')).toBe('02-world')
    expect(folderWithSlug(['01-hello-world'], 'world')).toBeUndefined()
  })
})
