/** The CPython engine: lesson programs run by real CPython on a virtual clock (python/harness.py). */

export { runCpython, pythonCommand, DEFAULT_TIMEOUT_MS } from './run.js'
export type { CpythonOptions, CpythonRun } from './run.js'
export { EngineFailureError } from './errors.js'
export { harnessPath, findPackageRoot } from './locate.js'
export { parseTrace, parseTraceLine } from './parse.js'
export type { HarnessRecord, ParsedTrace } from './parse.js'
