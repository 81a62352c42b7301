"""PROGRAM.py as `python3 PROGRAM.py args...` would run it, and how its end becomes an outcome.

The program is compiled with its absolute path and executed in a fresh `__main__` module (like
the interpreter does, and unlike runpy.run_path, which would rewrite sys.argv[0] while it runs):
`__file__` is absolute, sys.argv[0] is the path as given, the program's folder is sys.path[0],
and tracebacks start at the program's first frame.

The end, in CPython's order:
  1. the uncaught exception's traceback (SystemExit: its message only, as the interpreter does),
  2. the program's atexit handlers,
  3. finalization: the `__main__` globals are cleared (as `_PyModule_ClearDict` does) and
     garbage is collected, so "Task was destroyed but it is pending!" and friends happen now,
  4. the outcome line.
Step 3 and 4 run from an atexit handler registered before the program starts, so it runs last.
"""

import atexit
import builtins
import gc
import importlib.machinery
import io
import os
import sys
import traceback
import types

from .session import Session, exception_line


class Program:
    def __init__(self, session: Session, path: str, args: list):
        self.session = session
        self.path = path
        self.abspath = os.path.abspath(path)
        self.args = args
        self.module = None
        self.outcome = {'kind': 'ok'}

    def run(self) -> int:
        """Run the program; return the process exit status."""
        atexit.register(self._finalize)
        try:
            code = self._compile()
            self._execute(code)
        except SystemExit as e:
            return self._system_exit(e)
        except BaseException as e:  # the program's uncaught exception, whatever it is
            self._set_exception_outcome(e)
            self._print_traceback(e)
            return 1
        return 0

    def _compile(self):
        with io.open_code(self.abspath) as f:
            source = f.read()
        return compile(source, self.abspath, 'exec', dont_inherit=True)

    def _execute(self, code) -> None:
        module = types.ModuleType('__main__')
        module.__dict__.update({
            '__file__': self.abspath, '__cached__': None, '__package__': None, '__spec__': None,
            '__loader__': importlib.machinery.SourceFileLoader('__main__', self.abspath),
            '__builtins__': builtins,
        })
        self.module = module
        sys.modules['__main__'] = module
        sys.argv = [self.path, *self.args]
        harness_dir = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
        sys.path[:] = [entry for entry in sys.path if os.path.abspath(entry or '.') != harness_dir]
        if not sys.flags.safe_path:
            sys.path.insert(0, os.path.dirname(self.abspath))
        exec(code, module.__dict__)

    def _system_exit(self, e: SystemExit) -> int:
        code = e.code
        if code is None or code == 0:
            return 0
        self._set_exception_outcome(e)
        if isinstance(code, int):
            return code
        with self.session.capture.quiet():
            print(code, file=sys.stderr)
        return 1

    def _set_exception_outcome(self, e: BaseException) -> None:
        self.outcome = {'kind': 'exception', 't': self.session.clock.now,
                        'type': type(e).__name__, 'line': exception_line(e)}

    def _print_traceback(self, e: BaseException) -> None:
        """The traceback as the interpreter prints it: from the program's first frame on."""
        tb = e.__traceback__
        while tb is not None and tb.tb_frame.f_code.co_filename != self.abspath:
            tb = tb.tb_next
        self.session.capture.flush_real_streams()
        traceback.print_exception(type(e), e, tb, file=self.session.capture.real_stderr)

    def _finalize(self) -> None:
        gc.collect()
        if self.module is not None:
            namespace = self.module.__dict__
            for only_private in (True, False):
                for name in list(namespace):
                    if name != '__builtins__' and (name.startswith('_') or not only_private):
                        namespace[name] = None
            gc.collect()
        self.session.finish(self.outcome)
