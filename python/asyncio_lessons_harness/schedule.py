"""Recording the schedule: `task`, `thread` and `iteration` events (src/scheduler/trace.ts).

Off unless asked (`--record-schedule`: task and thread events; `--record-iterations`: iteration
events), and when off nothing here is installed: a default run is exactly as before.

Task events, at the points where the embedded engine (src/scheduler/tasks.ts) records them:
  - `created` (detail: the coroutine's qualified name): when the loop's `create_task` made it
    (loop.py calls `created`); a Task constructed directly is not seen.
  - `started` / `resumed`: when a handle that steps the task (C `TaskStepMethWrapper`,
    `task_wakeup`; the Python Task's `__step` / `__wakeup`) begins to run. `Handle._run` is wrapped
    for that: every handle passes through it, and it is plain Python.
  - when that handle returns: `done` / `failed` / `cancelled` if the task is done; else
    `suspended` with what it waits on, in the embedded `_wait_label` words: the awaited task's
    name, `gather`, `sleep(1)` (the innermost coroutine of the await chain is `asyncio.sleep`),
    `Future`; or `sleep(0)` when no future is awaited and the chain ends in `__sleep0`. A step
    rescheduled for an error (a bad yield) records nothing, as in the embedded engine.
  - `line` (`started`, `suspended`): the line of the program's file where the coroutine stands:
    the innermost frame of the await chain that belongs to the program.

Thread events are threads.py's (it asks `threads_recorded()`); iteration events are
iteration.py's, written from the loop's selector (loop.py).
"""

import weakref
from asyncio import events, tasks

from .clock import number_label

_TASK_TYPES = (tasks.Task, tasks._PyTask)
# The Python Task's bound methods; the C Task's wakeup is a builtin named `task_wakeup`.
_STEP_NAMES = frozenset({'task_wakeup', '__step', '__wakeup'})


def stepped_task(callback):
    """The task a handle's callback steps (its step or its wakeup), or None."""
    task = getattr(callback, '__self__', None)
    if not isinstance(task, _TASK_TYPES):
        return None
    if type(callback).__name__ == 'TaskStepMethWrapper' or getattr(callback, '__name__', None) in _STEP_NAMES:
        return task
    return None


def await_chain(coro):
    """The coroutine and every coroutine or generator it awaits, outermost first."""
    chain = []
    while coro is not None and len(chain) < 1000:
        chain.append(coro)
        coro = getattr(coro, 'cr_await', None) or getattr(coro, 'gi_yieldfrom', None)
    return chain


def _frame(obj):
    return getattr(obj, 'cr_frame', None) or getattr(obj, 'gi_frame', None)


def _code(obj):
    return getattr(obj, 'cr_code', None) or getattr(obj, 'gi_code', None)


class ScheduleRecorder:
    def __init__(self, session, program_path):
        self.session = session
        self.program_path = program_path
        # Tasks that had a step: weak, so that recording keeps no task alive (finalization would differ).
        self._stepped = weakref.WeakSet()

    def _emit(self, task, event, detail=None, line=None):
        record = {'kind': 'task', 't': self.session.clock.now, 'task': task.get_name(), 'event': event}
        if detail is not None:
            record['detail'] = detail
        if line is not None:
            record['line'] = line
        self.session.channel.emit(record)

    def created(self, task):
        coro = task.get_coro()
        self._emit(task, 'created', getattr(coro, '__qualname__', type(coro).__name__))

    def step_begins(self, task):
        if task in self._stepped:
            self._emit(task, 'resumed')
        else:
            self._stepped.add(task)
            self._emit(task, 'started', line=self._line(task))

    def step_ends(self, task):
        if task.done():
            if task.cancelled():
                self._emit(task, 'cancelled')
            elif task._exception is not None:  # not exception(): that would mark it retrieved
                self._emit(task, 'failed')
            else:
                self._emit(task, 'done')
            return
        label = self._wait_label(task)
        if label is not None:
            self._emit(task, 'suspended', label, self._line(task))

    def _wait_label(self, task):
        waiter = task._fut_waiter
        chain = await_chain(task.get_coro())
        innermost = next((c for c in reversed(chain) if _code(c) is not None), None)
        code = _code(innermost) if innermost is not None else None
        if waiter is None:
            return 'sleep(0)' if code is not None and code.co_name == '__sleep0' else None
        if isinstance(waiter, _TASK_TYPES):
            return waiter.get_name()
        if isinstance(waiter, tasks._GatheringFuture):
            return 'gather'
        if code is tasks.sleep.__code__:
            return 'sleep(%s)' % number_label(_frame(innermost).f_locals.get('delay'))
        return 'Future'

    def _line(self, task):
        line = None
        for coro in await_chain(task.get_coro()):
            frame = _frame(coro)
            if frame is not None and frame.f_code.co_filename == self.program_path:
                line = frame.f_lineno
        return line

    # --- threads (threads.py) ---------------------------------------------------------------

    def thread_event(self, name, event, detail=None):
        record = {'kind': 'thread', 't': self.session.clock.now, 'thread': name, 'event': event}
        if detail is not None:
            record['detail'] = detail
        self.session.channel.emit(record)


def install_schedule(session, program_path):
    """Record task events from now on (and let threads.py record thread events)."""
    recorder = ScheduleRecorder(session, program_path)
    real_run = events.Handle._run

    def _run(self):
        task = stepped_task(self._callback)
        if task is None:
            return real_run(self)
        recorder.step_begins(task)
        try:
            return real_run(self)
        finally:
            recorder.step_ends(task)

    events.Handle._run = _run
    return recorder
