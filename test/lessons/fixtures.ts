/** Lesson folders written to a temporary directory, with their modules supplied in memory. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { LessonDefinition } from '../../src/lessons/define.js'
import type { LessonModules, ModuleNamespace } from '../../src/lessons/modules.js'

export const GOOD_EXPECTED = '[  0.000] hello\n[  1.000] world\n'

export function goodDefinition(id: string): LessonDefinition {
  return {
    id,
    title: { zh: '你好', en: 'Hello' },
    topics: ['coroutine'],
    sources: [],
    total: 1,
    quiz: [
      { kind: 'order', prompt: { zh: '排序', en: 'Order' }, lines: ['world', 'hello'] },
      { kind: 'time', prompt: { zh: '多久', en: 'How long' } },
      {
        kind: 'choice',
        prompt: { zh: '选择', en: 'Choose' },
        choices: [
          { zh: '甲', en: 'A' },
          { zh: '乙', en: 'B' },
        ],
        answer: 0,
        why: { zh: '因为', en: 'Because' },
      },
    ],
  }
}

export interface FolderSpec {
  readonly files?: Partial<Record<string, string | null>>
  readonly lesson?: unknown
  readonly model?: unknown
}

export class Fixture {
  readonly root: string
  private readonly modules = new Map<string, { lesson: unknown; model: unknown }>()

  constructor() {
    this.root = join(mkdtempSync(join(tmpdir(), 'asyncio-lessons-')), 'lessons')
    mkdirSync(this.root)
  }

  /** A lesson folder: every file present and valid unless `spec` says otherwise (null removes a file). */
  add(folder: string, spec: FolderSpec = {}): this {
    const dir = join(this.root, folder)
    mkdirSync(dir)
    const files: Record<string, string | null> = {
      'main.py': 'print("hello")\n',
      'model.ts': '// supplied in memory\n',
      'lesson.ts': '// supplied in memory\n',
      'expected.out': GOOD_EXPECTED,
      'explain.zh.md': '讲解\n',
      'explain.en.md': 'Explanation\n',
      ...spec.files,
    }
    for (const [name, text] of Object.entries(files)) if (text !== null) writeFileSync(join(dir, name), text!)
    this.modules.set(folder, {
      lesson: 'lesson' in spec ? spec.lesson : goodDefinition(folder),
      model: 'model' in spec ? spec.model : function* () {},
    })
    return this
  }

  moduleSource(): LessonModules {
    return {
      load: async (file, folder) => {
        const entry = this.modules.get(folder)!
        const value = file === 'lesson.ts' ? entry.lesson : entry.model
        return { module: { default: value } as ModuleNamespace, problems: [] }
      },
    }
  }

  remove(): void {
    rmSync(join(this.root, '..'), { recursive: true, force: true })
  }
}
