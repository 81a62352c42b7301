"""One event-loop iteration as an `iteration` event (src/scheduler/trace.ts IterationEvent).

Written from the loop's selector (loop.py), when `select` returns: CPython's `_run_once` then
only appends the self-pipe's reader handle and moves the due timers to the ready queue before it
runs the handles, so the iteration is computed as it will be: the ready queue, then the timers due
before `now + clock resolution` (heap order: soonest first, ties in scheduling order), and the rest
of the heap as the timers left. Nothing here changes the loop.

Names, as the embedded engine's src/scheduler/iteration-record.ts gives them:
  - a task's step or wakeup handle: `step` of that task;
  - `futures._set_result_unless_cancelled(fut, ...)` where a task's wakeup is among `fut`'s
    callbacks: an `asyncio.sleep` timer, `sleep-done` when due, `sleep` while waiting;
  - anything else: the callback's qualified name without its `<locals>` parts;
  - cancelled handles, and the self-pipe's `_read_from_self` (the embedded loop has no self-pipe),
    are left out.
"""

import functools
import threading
from asyncio import futures

from .schedule import stepped_task


def _sleeping_task(callback, args):
    if callback is not futures._set_result_unless_cancelled or not args:
        return None
    for entry in getattr(args[0], '_callbacks', None) or ():
        task = stepped_task(entry[0])
        if task is not None:
            return task
    return None


def python_name(callback) -> str:
    while isinstance(callback, functools.partial):
        callback = callback.func
    name = getattr(callback, '__qualname__', None) or getattr(callback, '__name__', None) or type(callback).__name__
    local = name.rfind('<locals>.')
    return name if local < 0 else name[local + len('<locals>.'):]


def _ready_item(handle):
    task = stepped_task(handle._callback)
    if task is not None:
        return {'kind': 'step', 'task': task.get_name()}
    task = _sleeping_task(handle._callback, handle._args)
    if task is not None:
        return {'kind': 'sleep-done', 'task': task.get_name()}
    return {'kind': 'callback', 'name': python_name(handle._callback)}


def _timer_item(handle):
    task = _sleeping_task(handle._callback, handle._args)
    if task is not None:
        return {'kind': 'sleep', 'when': handle._when, 'task': task.get_name()}
    return {'kind': 'callback', 'when': handle._when, 'name': python_name(handle._callback)}


def _is_self_pipe(loop, handle) -> bool:
    callback = handle._callback
    return getattr(callback, '__self__', None) is loop and getattr(callback, '__name__', None) == '_read_from_self'


def iteration_event(loop, now: float) -> dict:
    """The iteration `loop._run_once` is about to run, its clock at `now`."""
    ready = [_ready_item(h) for h in loop._ready if not h._cancelled and not _is_self_pipe(loop, h)]
    end_time = now + loop._clock_resolution
    timers = []
    for handle in sorted(loop._scheduled):
        if handle._cancelled:
            continue
        if handle._when < end_time:
            ready.append(_ready_item(handle))
        else:
            timers.append(_timer_item(handle))
    return {'kind': 'iteration', 't': now, 'thread': threading.current_thread().name, 'ready': ready, 'timers': timers}
