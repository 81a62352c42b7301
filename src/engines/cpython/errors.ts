/**
 * How a CPython run can fail, as the user is told. Interpreter missing or too old is
 * `EngineUnavailableError` (exit code 3, from src/errors.ts); everything here is a run that started
 * but did not end with an outcome: a real-time timeout, a crash, a garbled trace.
 */

import { AppError, EngineUnavailableError } from '../../errors.js'

/** The harness ran but produced no usable trace. */
export class EngineFailureError extends AppError {
  readonly exitCode = 1
}

const INSTALL_EN =
  'Install Python 3.11 or newer (for example `apt-get install python3`, `brew install python`, or from ' +
  'https://www.python.org/downloads/), or set ASYNCIO_LESSONS_PYTHON to the path of a Python 3.11+ interpreter.'
const INSTALL_ZH =
  '请安装 Python 3.11 或更新版本（例如 `apt-get install python3`、`brew install python`，或从 ' +
  'https://www.python.org/downloads/ 下载），或将环境变量 ASYNCIO_LESSONS_PYTHON 设为 Python 3.11+ 解释器的路径。'

export function pythonMissing(python: string, reason: string): EngineUnavailableError {
  return new EngineUnavailableError({
    en: `Cannot run "${python}" (${reason}): the CPython engine needs Python 3.11 or newer. ${INSTALL_EN}`,
    zh: `无法运行 "${python}"（${reason}）：CPython 引擎需要 Python 3.11 或更新版本。${INSTALL_ZH}`,
  })
}

export function pythonTooOld(python: string, version: string): EngineUnavailableError {
  return new EngineUnavailableError({
    en: `"${python}" is Python ${version}, but the CPython engine needs Python 3.11 or newer. ${INSTALL_EN}`,
    zh: `"${python}" 是 Python ${version}，而 CPython 引擎需要 Python 3.11 或更新版本。${INSTALL_ZH}`,
  })
}

export function runTimedOut(program: string, timeoutMs: number): EngineFailureError {
  const seconds = timeoutMs / 1000
  return new EngineFailureError({
    en: `${program} did not finish within ${seconds} s of real time on CPython and was stopped ` +
      '(a loop that never awaits, or a blocking call the virtual clock cannot skip?).',
    zh: `${program} 在 CPython 上运行超过 ${seconds} 秒（真实时间）仍未结束，已被终止` +
      '（是否有从不 await 的循环，或虚拟时钟无法跳过的阻塞调用？）。',
  })
}

export function noOutcome(program: string, exitCode: number | null, signal: string | null, stderr: string): EngineFailureError {
  const how = signal !== null ? `signal ${signal}` : `exit code ${exitCode}`
  const tail = stderr.trimEnd().split('\n').slice(-10).join('\n')
  const detail = tail ? `\n${tail}` : ''
  return new EngineFailureError({
    en: `The CPython harness ended (${how}) without reporting how ${program} ended.${detail}`,
    zh: `CPython 运行器已结束（${how}），但没有报告 ${program} 的运行结果。${detail}`,
  })
}

export function badTraceLine(line: string, problem: string): EngineFailureError {
  const shown = line.length > 200 ? `${line.slice(0, 200)}…` : line
  return new EngineFailureError({
    en: `The CPython harness wrote a trace line this version cannot read (${problem}): ${shown}`,
    zh: `CPython 运行器输出了无法识别的跟踪记录（${problem}）：${shown}`,
  })
}
