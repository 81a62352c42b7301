/**
 * Python's exception hierarchy, as lesson models raise and catch it.
 *
 * Models throw these (`throw new ValueError('boom')`) and catch them with `instanceof`, exactly as
 * Python code raises and catches. Anything else thrown inside a model (a JavaScript TypeError from
 * a bug in the model) is not a Python exception: the scheduler does not deliver it to tasks but
 * aborts the run, so a broken model can never pass for a Python behaviour.
 */
import { Tuple, repr, str, tupleArray } from './pyrepr.js'

/** Python's `BaseException`. `args` are the constructor arguments, as in Python. */
export class BaseException extends Error {
  /** The module Python names in a traceback's last line (`asyncio.exceptions.CancelledError`). */
  static readonly __module__: string = 'builtins'
  readonly args: readonly unknown[]

  constructor(...args: unknown[]) {
    super()
    this.args = args
    this.name = new.target.name
    this.message = this.__str__()
  }

  __str__(): string {
    if (this.args.length === 0) return ''
    if (this.args.length === 1) return str(this.args[0])
    return repr(new Tuple(this.args))
  }

  __repr__(): string {
    return `${this.name}(${this.args.map(repr).join(', ')})`
  }
}

/** The module a class was defined in: its own `__module__`, else `__main__` (a lesson's own class). */
export function moduleOf(type: typeof BaseException): string {
  return Object.hasOwn(type, '__module__') ? type.__module__ : '__main__'
}

/** Python's last traceback line for an exception: `ValueError: boom`, `asyncio.exceptions.CancelledError`. */
export function formatExceptionOnly(exc: BaseException): string {
  const type = exc.constructor as typeof BaseException
  const module = moduleOf(type)
  const name = module === 'builtins' || module === '__main__' ? exc.name : `${module}.${exc.name}`
  const text = exc.__str__()
  return text === '' ? name : `${name}: ${text}`
}

export function isPythonException(value: unknown): value is BaseException {
  return value instanceof BaseException
}

export class Exception extends BaseException {}
export class ArithmeticError extends Exception {}
export class ZeroDivisionError extends ArithmeticError {}
export class OverflowError extends ArithmeticError {}
export class AssertionError extends Exception {}
export class AttributeError extends Exception {}
export class LookupError extends Exception {}
export class IndexError extends LookupError {}
export class KeyError extends LookupError {
  override __str__(): string {
    return this.args.length === 1 ? repr(this.args[0]) : super.__str__()
  }
}
export class NameError extends Exception {}
export class OSError extends Exception {}
export class ConnectionError extends OSError {}
export class RuntimeError extends Exception {}
export class NotImplementedError extends RuntimeError {}
export class RecursionError extends RuntimeError {}
export class StopIteration extends Exception {}
export class TimeoutError extends OSError {}
export class TypeError extends Exception {}
export class ValueError extends Exception {}
export class KeyboardInterrupt extends BaseException {}
export class SystemExit extends BaseException {}
export class GeneratorExit extends BaseException {}

/**
 * Python's `BaseExceptionGroup`/`ExceptionGroup(message, exceptions)`, as TaskGroup raises them.
 * `args` keeps the sequence as given (a list: `repr(eg)` shows `[...]`); `exceptions` is a tuple
 * made from it (`eg.exceptions` prints `(ValueError('a'), TypeError('b'))`).
 */
export class BaseExceptionGroup extends BaseException {
  readonly exceptions: readonly BaseException[]

  constructor(
    readonly groupMessage: string,
    exceptions: readonly BaseException[],
  ) {
    super(groupMessage, exceptions)
    this.exceptions = tupleArray(exceptions)
  }

  override __str__(): string {
    // Read from args: the base constructor calls this before the fields above are assigned.
    const [message, exceptions] = this.args as [string, readonly BaseException[]]
    const n = exceptions.length
    return `${message} (${n} sub-exception${n === 1 ? '' : 's'})`
  }
}
export class ExceptionGroup extends BaseExceptionGroup {}

// asyncio.exceptions
export class CancelledError extends BaseException {
  static override readonly __module__ = 'asyncio.exceptions'
}
export class InvalidStateError extends Exception {
  static override readonly __module__ = 'asyncio.exceptions'
}
