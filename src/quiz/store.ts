/**
 * The progress file on disk (`<data folder>/progress.json`), written so that nothing saved is ever
 * lost:
 * - writes are atomic: a temporary file in the same folder, written, fsynced and closed, then
 *   renamed over the old one (then the folder is fsynced), so a crash or a full disk mid-write
 *   leaves the previous file whole; a failed write removes its temporary file;
 * - every save re-reads the file and merges this session into it (progress.ts), so concurrent
 *   sessions and a reset in between lose nothing;
 * - a file that cannot be read or parsed is renamed aside (`progress.json.unreadable-<time>`) with a
 *   one-line warning and progress starts afresh; if it cannot even be moved, nothing is written over
 *   it and saving reports why;
 * - loading never throws; saving throws a ProgressSaveError whose message says what to do.
 */
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import type { Bilingual } from '../errors.js'
import { ProgressSaveError } from './errors.js'
import { emptyProgress, formatProgress, mergeProgress, parseProgress, type Progress } from './progress.js'

const NODE_FS = { readFileSync, renameSync, openSync, writeFileSync, fsyncSync, closeSync, unlinkSync, mkdirSync, existsSync }

export type FsOps = typeof NODE_FS

export interface StoreOptions {
  /** One line for the user, in both languages (a file set aside). */
  readonly warn: (text: Bilingual) => void
  /** Stamps a set-aside file's name. */
  readonly now?: () => Date
  /** Makes temporary names unique across processes. */
  readonly pid?: number
  /** File operations, replaceable to simulate failures in tests. */
  readonly fs?: Partial<FsOps>
}

function codeOf(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : undefined
}

/** No file there: nothing, or a file where a folder of the path should be. */
function absent(error: unknown): boolean {
  const code = codeOf(error)
  return code === 'ENOENT' || code === 'ENOTDIR'
}

/** Why an operation failed, in words (and the system's code, for searching). */
export function reasonOf(error: unknown): Bilingual {
  const code = codeOf(error)
  const reasons: Record<string, Bilingual> = {
    ENOSPC: { en: 'the disk is full', zh: '磁盘已满' },
    EDQUOT: { en: 'the disk quota is used up', zh: '磁盘配额已用完' },
    EROFS: { en: 'the file system is read-only', zh: '文件系统是只读的' },
    EACCES: { en: 'permission denied', zh: '没有权限' },
    EPERM: { en: 'permission denied', zh: '没有权限' },
    ENOTDIR: { en: 'part of the path is a file, not a folder', zh: '路径中有一部分是文件而不是文件夹' },
    EISDIR: { en: 'it is a folder, not a file', zh: '它是文件夹而不是文件' },
    EIO: { en: 'an input/output error', zh: '输入输出错误' },
  }
  const known = code === undefined ? undefined : reasons[code]
  if (known !== undefined) return { en: `${known.en} (${code})`, zh: `${known.zh}（${code}）` }
  const text = error instanceof Error ? error.message : String(error)
  return { en: text, zh: text }
}

export class ProgressStore {
  private readonly fs: FsOps
  private readonly now: () => Date
  private readonly pid: number
  private sequence = 0
  /** Set when an unreadable file could not be moved aside: writing would destroy it. */
  private blocked: Bilingual | null = null

  constructor(
    /** The progress file. */
    readonly path: string,
    private readonly options: StoreOptions,
  ) {
    // Only the operations used, imported by name: a namespace import of node:fs makes the bundle
    // copy every export, and spreading it would load its streams (ReadStream is a lazy getter),
    // each costing `list` start-up time.
    this.fs = { ...NODE_FS, ...options.fs }
    this.now = options.now ?? (() => new Date())
    this.pid = options.pid ?? 0
  }

  /** The saved progress; empty when there is none or it had to be set aside. Never throws. */
  load(): Progress {
    let text: string
    try {
      text = this.fs.readFileSync(this.path, 'utf8')
    } catch (error) {
      if (absent(error)) return emptyProgress()
      return this.setAside(reasonOf(error))
    }
    const parsed = parseProgress(text)
    return 'progress' in parsed ? parsed.progress : this.setAside(parsed.problem)
  }

  /** Merges this session's records into the file and returns the result. */
  save(session: Progress): Progress {
    const merged = mergeProgress(this.load(), session)
    if (this.blocked !== null) throw this.failure(this.blocked)
    this.write(formatProgress(merged))
    return merged
  }

  /** Deletes the progress file; false when there was none. */
  reset(): boolean {
    try {
      this.fs.unlinkSync(this.path)
      this.blocked = null
      return true
    } catch (error) {
      if (absent(error)) return false
      const reason = reasonOf(error)
      throw new ProgressSaveError(
        { en: `Could not delete ${this.path}: ${reason.en}.`, zh: `无法删除 ${this.path}：${reason.zh}。` },
        codeOf(error),
      )
    }
  }

  private failure(reason: Bilingual, code?: string): ProgressSaveError {
    return new ProgressSaveError(
      {
        en: `Could not save your progress to ${this.path}: ${reason.en}. What was saved before is unchanged.`,
        zh: `无法把进度保存到 ${this.path}：${reason.zh}。之前保存的进度没有改变。`,
      },
      code,
    )
  }

  private write(text: string): void {
    const dir = dirname(this.path)
    const temporary = join(dir, `.${basename(this.path)}.${this.pid}.${++this.sequence}.tmp`)
    let fd: number | null = null
    try {
      this.fs.mkdirSync(dir, { recursive: true })
      fd = this.fs.openSync(temporary, 'w', 0o644)
      this.fs.writeFileSync(fd, text, 'utf8')
      this.fs.fsyncSync(fd)
      this.fs.closeSync(fd)
      fd = null
      this.fs.renameSync(temporary, this.path)
    } catch (error) {
      if (fd !== null) this.quietly(() => this.fs.closeSync(fd!))
      this.quietly(() => this.fs.unlinkSync(temporary))
      throw this.failure(reasonOf(error), codeOf(error))
    }
    // The rename is durable once the folder's entry is on disk; not every platform can fsync a folder.
    this.quietly(() => {
      const folder = this.fs.openSync(dir, 'r')
      try {
        this.fs.fsyncSync(folder)
      } finally {
        this.fs.closeSync(folder)
      }
    })
  }

  private quietly(action: () => void): void {
    try {
      action()
    } catch {
      // best effort
    }
  }

  private setAside(problem: Bilingual): Progress {
    // Already reported, and still in the way.
    if (this.blocked !== null) return emptyProgress()
    const stamp = this.now().toISOString().replace(/[:.]/g, '-')
    let target = `${this.path}.unreadable-${stamp}`
    for (let n = 2; this.fs.existsSync(target); n++) target = `${this.path}.unreadable-${stamp}-${n}`
    try {
      this.fs.renameSync(this.path, target)
    } catch (error) {
      const reason = reasonOf(error)
      this.blocked = {
        en: `the file cannot be read (${problem.en}) nor moved aside (${reason.en}), so it is left as it is`,
        zh: `该文件无法读取（${problem.zh}），也无法移开（${reason.zh}），因此保持原样`,
      }
      this.options.warn({
        en: `Warning: cannot read your progress file ${this.path} (${problem.en}) nor move it aside (${reason.en}); this session's answers will not be saved.`,
        zh: `警告：无法读取进度文件 ${this.path}（${problem.zh}），也无法把它移开（${reason.zh}）；本次的答题结果不会保存。`,
      })
      return emptyProgress()
    }
    this.options.warn({
      en: `Warning: your progress file could not be read (${problem.en}); it was moved to ${target} and progress starts afresh.`,
      zh: `警告：进度文件无法读取（${problem.zh}），已移到 ${target}，进度从头记录。`,
    })
    return emptyProgress()
  }
}
