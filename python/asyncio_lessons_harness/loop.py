"""The event loop of a virtual-time run.

  - SeqTimerHandle: timers order by (when, insertion sequence). CPython's heap is not stable for
    equal deadlines (a real clock never makes ties; a virtual one makes them all the time).
  - VirtualSelector: the loop's only wait. Timeout 0: no time passes. Timeout > 0: the clock
    jumps to exactly the first timer's deadline (or by the timeout when that deadline is more
    than MAXIMUM_SELECT_TIMEOUT away). Timeout None: nothing can ever wake the loop, a deadlock.
    Real file descriptors (the self-pipe) are still polled, without waiting.
  - VirtualEventLoop: counts iterations against the budget and records every context sent to
    `call_exception_handler` as a `log` event (closed loops included); when the schedule is
    recorded, each task it creates (`created`), and each iteration (iteration.py, from `select`).
"""

import asyncio
import itertools
import re
import selectors
from asyncio import base_events, events, format_helpers, tasks

from .session import Session, exception_line

_TASK_TYPES = (tasks.Task, tasks._PyTask)
_sequence = itertools.count()


class SeqTimerHandle(events.TimerHandle):
    __slots__ = ('_seq',)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self._source_traceback:
            del self._source_traceback[-1]  # this __init__'s own frame
        self._seq = next(_sequence)

    def _key(self):
        return (self._when, self._seq)

    def __lt__(self, other):
        return self._key() < other._key() if isinstance(other, SeqTimerHandle) else NotImplemented

    def __le__(self, other):
        return self._key() <= other._key() if isinstance(other, SeqTimerHandle) else NotImplemented

    def __gt__(self, other):
        return self._key() > other._key() if isinstance(other, SeqTimerHandle) else NotImplemented

    def __ge__(self, other):
        return self._key() >= other._key() if isinstance(other, SeqTimerHandle) else NotImplemented

    def __eq__(self, other):
        return self._key() == other._key() if isinstance(other, SeqTimerHandle) else NotImplemented

    __hash__ = events.TimerHandle.__hash__


# Reprs stay CPython's: `<TimerHandle when=5.0 print()>`.
SeqTimerHandle.__name__ = SeqTimerHandle.__qualname__ = 'TimerHandle'


def describe_waiter(waiter) -> str:
    if waiter is None:
        return 'nothing'
    if isinstance(waiter, _TASK_TYPES):
        return waiter.get_name()
    if isinstance(waiter, tasks._GatheringFuture):
        return 'gather'
    return 'Future'


def _task_order(task):
    match = re.fullmatch(r'Task-(\d+)', task.get_name())
    return (0, int(match.group(1)), '') if match else (1, 0, task.get_name())


def stuck_tasks(loop) -> list:
    """Every unfinished task of `loop`: Task-N by N, then other names alphabetically."""
    return stuck_tasks_of([loop])


def stuck_tasks_of(loops) -> list:
    """Every unfinished task of the running loops among `loops`, in `stuck_tasks`' order."""
    tasks = [task for loop in loops if loop.is_running() for task in asyncio.all_tasks(loop)]
    stuck = []
    for task in sorted(tasks, key=_task_order):
        coro = task.get_coro()
        stuck.append({'task': task.get_name(),
                      'coro': getattr(coro, '__qualname__', type(coro).__name__),
                      'waitsOn': describe_waiter(task._fut_waiter)})
    return stuck


class VirtualSelector(selectors.BaseSelector):
    def __init__(self, session: Session):
        self._session = session
        self._real = selectors.DefaultSelector()
        self.loop = None

    def register(self, fileobj, events, data=None):
        return self._real.register(fileobj, events, data)

    def unregister(self, fileobj):
        return self._real.unregister(fileobj)

    def modify(self, fileobj, events, data=None):
        return self._real.modify(fileobj, events, data)

    def get_key(self, fileobj):
        return self._real.get_key(fileobj)

    def get_map(self):
        return self._real.get_map()

    def close(self):
        self._real.close()

    def select(self, timeout=None):
        ready = self._select(timeout)
        if self._session.record_iterations and self.loop is not None:
            from .iteration import iteration_event  # only when asked: a default run imports nothing more
            self._session.channel.emit(iteration_event(self.loop, self._session.clock.now))
        return ready

    def _select(self, timeout):
        clock = self._session.clock
        threads = self._session.threads
        if timeout != 0 and threads is not None and (threads.threaded() or (timeout is None and threads.started_any())):
            # Other threads alive: this thread blocks until its timer or a `_write_to_self`. (Once
            # a thread was started, a deadlock report lists the threads: the scheduler makes it.)
            until = None
            if timeout is not None:
                scheduled = self.loop._scheduled if self.loop is not None else None
                if scheduled and scheduled[0]._when - clock.now <= base_events.MAXIMUM_SELECT_TIMEOUT:
                    until = scheduled[0]._when
                else:
                    until = clock.now + timeout
            threads.block(self.loop, until, 'run_forever')
            return self._real.select(0)
        if timeout is None:
            ready = self._real.select(0)
            if ready:
                return ready
            self._session.halt({'kind': 'deadlock', 't': clock.now, 'stuck': stuck_tasks(self.loop)})
        elif timeout > 0:
            scheduled = self.loop._scheduled if self.loop is not None else None
            if scheduled and scheduled[0]._when - clock.now <= base_events.MAXIMUM_SELECT_TIMEOUT:
                clock.jump_to(scheduled[0]._when)
            else:
                clock.advance(timeout)
        return self._real.select(0)


def install_loop(session: Session) -> None:
    """Make every new asyncio loop a VirtualEventLoop and every timer a SeqTimerHandle."""
    clock, channel, quiet = session.clock, session.channel, session.capture.quiet

    class VirtualEventLoop(asyncio.SelectorEventLoop):
        def __init__(self, selector=None):
            virtual = VirtualSelector(session)
            super().__init__(virtual)
            virtual.loop = self
            if session.threads is not None:
                session.threads.loops.add(self)

        def _write_to_self(self):
            super()._write_to_self()
            if session.threads is not None:
                session.threads.notify(self)

        def time(self):
            return clock.now

        if session.schedule is not None:
            def create_task(self, coro, **kwargs):
                task = super().create_task(coro, **kwargs)
                session.schedule.created(task)
                return task

        def _run_once(self):
            session.count_iteration()
            super()._run_once()

        def call_exception_handler(self, context):
            channel.emit(log_event(clock.now, context))
            super().call_exception_handler(context)

        def default_exception_handler(self, context):
            with quiet():
                super().default_exception_handler(context)

    class VirtualEventLoopPolicy(asyncio.DefaultEventLoopPolicy):
        _loop_factory = VirtualEventLoop

    events.TimerHandle = SeqTimerHandle
    asyncio.TimerHandle = SeqTimerHandle
    asyncio.set_event_loop_policy(VirtualEventLoopPolicy())


# CPython names where a callback was defined ("Exception in callback f(1) at /abs/prog.py:2"). The
# path depends on where the program sits, and the embedded engine knows no line numbers, so the
# trace keeps the part both engines can state: "Exception in callback f(1)".
_SOURCE_LOCATION = re.compile(r' at [^ ]+:\d+$')


def log_event(t: float, context: dict) -> dict:
    message = str(context.get('message') or 'Unhandled exception in event loop')
    handle = context.get('handle')
    if message.startswith('Exception in callback ') and getattr(handle, '_callback', None) is not None:
        # Rebuilt without the location, so a path with spaces cannot fool the pattern below.
        message = 'Exception in callback ' + format_helpers._format_callback(handle._callback, handle._args, None)
    event = {'kind': 'log', 't': t, 'message': _SOURCE_LOCATION.sub('', message)}
    task = context.get('task')
    if not isinstance(task, _TASK_TYPES):
        task = context.get('future')
    if isinstance(task, _TASK_TYPES):
        event['task'] = task.get_name()
    exc = context.get('exception')
    if isinstance(exc, BaseException):
        event['exception'] = exception_line(exc)
    return event
