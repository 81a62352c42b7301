"""Threads on the virtual clock: a deterministic scheduler that runs one thread at a time.

The program's threads are real threads, but only the one holding the baton runs program code. A
thread gives the baton up only at a blocking call the harness controls, and the next thread is
picked by the embedded engine's rule (src/scheduler/thread-scheduler.ts), so both engines agree
to the microsecond with no tolerance:

  - Blocking sets the thread's wake-up time: `time.sleep(d)` now + d; a loop's selector wait its
    next timer (or never); a condition wait (`Event.wait`, `Future.result`, `Thread.start`'s
    `_started.wait()`) or `Thread.join` its timeout (or never). A notify (`Condition.notify`, a
    loop's `_write_to_self`, a thread's end for `join`) makes the waiter runnable at the current
    time, waiters in the order they began to wait.
  - The next thread is the one with the earliest wake-up time, ties by the earliest stamp (a
    sequence number taken when the thread blocked or was notified). The clock moves only when no
    thread can run at the current time: to the earliest wake-up.
  - The main thread, once the program ends (`main_exit`), waits until every thread left is a
    daemon; when no thread can ever run again, the run halts with a deadlock outcome.

Controlled waits: `time.sleep`, the selector's wait, `threading.Condition.wait/notify` (so
`Event`, `Semaphore`, `queue.Queue`, `concurrent.futures.Future.result`, `Thread.start`),
`Thread.join`, `threading.Lock` (replaced by a Python class over a raw lock), and the default
executor's work queue (a `queue.Queue` instead of a `SimpleQueue`). A program that blocks anywhere
else while another thread holds what it waits for (an `RLock` held across a sleep, a lock made
with `_thread.allocate_lock`, real I/O) hangs, and the engine's real-time timeout reports it.
Threads must be started with `threading.Thread.start` (the scheduler knows no other).

While only the main thread exists nothing here is used: the clock and the selector behave exactly
as in a single-threaded run.

Thread events (`--record-schedule`; src/scheduler/thread-scheduler.ts records the same): a started
thread records `started` when it first holds the baton and `finished` when its body has ended
(after `threading.excepthook`'s report); a thread records `blocked` (with the deadlock report's
words for the wait) only when another thread is alive, and then `resumed` when it runs again. The
main thread's wait at exit records nothing.
"""

import _thread
import threading
import weakref

from .session import exception_line

_real_start = threading.Thread.start
_real_join = threading.Thread.join
_real_bootstrap = threading.Thread._bootstrap


class ThreadRecord:
    __slots__ = ('name', 'daemon', 'state', 'wake_at', 'stamp', 'block', 'notified', 'run_lock', 'thread',
                 'block_recorded')

    def __init__(self, thread, name, daemon):
        self.thread = thread
        self.name = name
        self.daemon = daemon
        self.state = 'new'          # new, running, blocked, done
        self.wake_at = None
        self.stamp = 0
        self.block = None           # (channel, what) while blocked; None once notified or due
        self.notified = False
        self.block_recorded = False  # its last block was recorded as a `blocked` thread event
        self.run_lock = _thread.allocate_lock()
        self.run_lock.acquire()     # held: the thread may not run; released: it has the baton


class Scheduler:
    def __init__(self, session):
        self.session = session
        self.clock = session.clock
        self.main = ThreadRecord(threading.main_thread(), 'MainThread', False)
        self.main.state = 'running'
        self.records = [self.main]
        self.by_thread = {threading.main_thread(): self.main}
        self.main_exiting = False
        self.main_ended = False  # the program's body has ended: the main thread's waits are its exit's
        self._stamp = 0
        # The schedule recorder (schedule.py) when thread events are recorded, else None.
        self.schedule = None
        # Every loop made (loop.py adds it), for deadlock reports; weak, so that the harness keeps
        # no loop alive that the program dropped (its pending tasks are reported at collection).
        self.loops = weakref.WeakSet()

    # --- bookkeeping ------------------------------------------------------------------------

    def next_stamp(self) -> int:
        self._stamp += 1
        return self._stamp

    def threaded(self) -> bool:
        """Whether a thread other than the current one is alive (the single-threaded fast path)."""
        current = self.current()
        return any(r is not current and r.state != 'done' for r in self.records)

    def _others_running(self, me) -> bool:
        """Whether `me` blocking is a thread event: another thread is alive, the main thread counting
        as ended once the program's body has (as in the embedded engine, which has no exit wait)."""
        if me is self.main and self.main_ended:
            return False
        return any(r is not me and r.state != 'done' and not (r is self.main and self.main_ended) for r in self.records)

    def started_any(self) -> bool:
        return len(self.records) > 1

    def current(self) -> ThreadRecord:
        return self.by_thread.get(threading.current_thread(), self.main)

    def notify(self, channel, n=None) -> None:
        waiting = [r for r in self.records
                   if r.state == 'blocked' and r.block is not None and r.block[0] is channel]
        waiting.sort(key=lambda r: r.stamp)
        if n is not None:
            waiting = waiting[:n]
        for record in waiting:
            record.block = None
            record.notified = True
            record.wake_at = self.clock.now
            record.stamp = self.next_stamp()

    # --- blocking -------------------------------------------------------------------------

    def block(self, channel, until, what) -> bool:
        """Block the current thread until notified on `channel` or until `until`; True if notified."""
        me = self.current()
        if self.schedule is not None and self._others_running(me):
            me.block_recorded = True
            self.schedule.thread_event(me.thread.name, 'blocked', what)
        me.state = 'blocked'
        me.block = (channel, what)
        me.notified = False
        me.wake_at = until
        me.stamp = self.next_stamp()
        self._switch(me)
        if me.block_recorded:
            me.block_recorded = False
            self.schedule.thread_event(me.thread.name, 'resumed')
        return me.notified

    def _switch(self, me) -> None:
        """Hand the baton to the next thread, and wait until it comes back to `me`."""
        nxt = self._pick()
        if nxt is None:
            self._deadlock()
        if nxt.wake_at > self.clock.now:
            self.clock.jump_to(nxt.wake_at)
        nxt.block = None
        nxt.state = 'running'
        if nxt is me:
            return
        nxt.run_lock.release()
        if me.state != 'done':
            me.run_lock.acquire()

    def _pick(self):
        if self.main_exiting and self.main.state == 'blocked' and self._only_daemons_left():
            self.main.wake_at = self.clock.now
            return self.main
        best = None
        for r in self.records:
            if r.state in ('done', 'running') or r.wake_at is None:
                continue
            if r is self.main and self.main_exiting:
                continue
            if best is None or (r.wake_at, r.stamp) < (best.wake_at, best.stamp):
                best = r
        return best

    def _only_daemons_left(self) -> bool:
        return all(r is self.main or r.state == 'done' or r.daemon for r in self.records)

    def _deadlock(self) -> None:
        from .loop import stuck_tasks_of
        outcome = {'kind': 'deadlock', 't': self.clock.now, 'stuck': stuck_tasks_of(self.loops)}
        threads = []
        for r in self.records:
            if r is self.main and self.main_exiting:
                threads.append({'thread': r.name, 'waitsIn': 'exit'})
            elif r.state != 'done':
                threads.append({'thread': r.thread.name, 'waitsIn': r.block[1] if r.block else 'nothing'})
        if self.started_any():  # as the embedded engine: only once a thread was started
            outcome['threads'] = threads
        self.session.halt(outcome)

    # --- thread life ------------------------------------------------------------------------

    def started(self, thread) -> ThreadRecord:
        record = ThreadRecord(thread, thread.name, thread.daemon)
        record.wake_at = self.clock.now
        record.stamp = self.next_stamp()
        self.records.append(record)
        self.by_thread[thread] = record
        return record

    def first_turn(self, record) -> None:
        record.run_lock.acquire()
        if self.schedule is not None:
            self.schedule.thread_event(record.thread.name, 'started')

    def ended(self, record) -> None:
        if self.schedule is not None:
            self.schedule.thread_event(record.thread.name, 'finished')
        record.state = 'done'
        record.block = None
        record.wake_at = None
        self.notify(record)
        self._switch(record)

    def main_exit(self) -> None:
        """The program's end, as `threading._shutdown` does it: the threading atexit callbacks
        (`concurrent.futures` wakes and joins its workers there), then a wait for every
        non-daemon thread. The interpreter's own `_shutdown` then finds nothing left to do."""
        threading._SHUTTING_DOWN = True
        self.main_ended = True
        while threading._threading_atexits:
            threading._threading_atexits.pop()()
        self.main_exiting = True
        if self._only_daemons_left():
            return
        self.block(self.main, None, 'exit')


def install_threads(session) -> Scheduler:
    """Route threading's waits through the scheduler. Returns it (session.threads)."""
    scheduler = Scheduler(session)

    def start(self):
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("threads can only be started once")
        self._harness_record = scheduler.started(self)
        _real_start(self)

    def _bootstrap(self):
        record = self._harness_record
        scheduler.first_turn(record)
        try:
            _real_bootstrap(self)
        finally:
            scheduler.ended(record)

    def join(self, timeout=None):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is threading.current_thread():
            raise RuntimeError("cannot join current thread")
        record = scheduler.by_thread.get(self)
        if record is None:
            return _real_join(self, timeout)
        if record.state != 'done' and (timeout is None or timeout > 0):
            until = None if timeout is None else scheduler.clock.now + timeout
            scheduler.block(record, until, 'join ' + record.name)
        if record.state == 'done':
            _real_join(self)  # the OS thread's last microseconds of teardown: no program code runs

    def is_alive(self):
        record = scheduler.by_thread.get(self)
        if record is None or record is scheduler.main:
            return _real_is_alive(self)
        return self._started.is_set() and record.state != 'done'

    def cond_wait(self, timeout=None):
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        if timeout is not None and timeout <= 0:
            return False
        saved = self._release_save()
        try:
            until = None if timeout is None else scheduler.clock.now + timeout
            return scheduler.block(self, until, _wait_name(self))
        finally:
            self._acquire_restore(saved)

    def cond_notify(self, n=1):
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        scheduler.notify(self, n)

    def cond_notify_all(self):
        cond_notify(self, None)

    def excepthook(args):
        # What the default hook prints (a traceback naming the thread) becomes one log event.
        if args.exc_type is SystemExit:
            return
        name = args.thread.name if args.thread is not None else _thread.get_ident()
        session.channel.emit({'kind': 'log', 't': session.clock.now, 'message': f'Exception in thread {name}',
                              'exception': exception_line(args.exc_value)})
        with session.capture.quiet():
            _real_excepthook(args)

    # Executor workers wait on a SimpleQueue, a C-level wait the scheduler cannot see: give them a
    # queue.Queue, whose waits are Condition waits.
    import concurrent.futures.thread as executor_threads
    import queue
    import types
    executor_threads.queue = types.SimpleNamespace(SimpleQueue=queue.Queue, Empty=queue.Empty)
    # An executor's default max_workers is min(32, os.cpu_count() + 4): pin the machine's CPU count
    # to the embedded engine's (CPU_COUNT in src/scheduler/thread-pool.ts).
    import os
    os.cpu_count = lambda: 2
    # An executor keeps its workers in a set, which `shutdown(wait=True)` joins in hash (address)
    # order: give it an insertion-ordered one, so the joins come in the embedded engine's order.
    real_executor_init = executor_threads.ThreadPoolExecutor.__init__

    def executor_init(self, *args, **kwargs):
        real_executor_init(self, *args, **kwargs)
        self._threads = _OrderedSet()

    executor_threads.ThreadPoolExecutor.__init__ = executor_init

    class Lock:
        """`threading.Lock` whose blocking acquire is a controlled wait (the embedded Lock's rule:
        a release wakes the longest waiter, which retries; barging is allowed)."""

        __slots__ = ('_lock', '__weakref__')

        def __init__(self):
            self._lock = _thread.allocate_lock()

        def acquire(self, blocking=True, timeout=-1):
            if not blocking and timeout != -1:
                raise ValueError("can't specify a timeout for a non-blocking call")
            if timeout < 0 and timeout != -1:
                raise ValueError('timeout value must be a non-negative number')
            if self._lock.acquire(False):
                return True
            if not blocking or timeout == 0:
                return False
            until = None if timeout == -1 else scheduler.clock.now + timeout
            while True:
                notified = scheduler.block(self, until, 'Lock.acquire')
                if self._lock.acquire(False):
                    return True
                if not notified:
                    return False

        def release(self):
            self._lock.release()
            scheduler.notify(self, 1)

        def locked(self):
            return self._lock.locked()

        def _at_fork_reinit(self):
            self._lock._at_fork_reinit()

        __enter__ = acquire

        def __exit__(self, *exc):
            self.release()

        def __repr__(self):
            return f"<{'locked' if self.locked() else 'unlocked'} _thread.lock object at {id(self):#x}>"

    threading.Lock = Lock

    # A concurrent Future's failing done-callback is logged with the future's repr, whose address
    # differs each run: the event keeps the message's stable part, as the embedded engine does.
    import logging

    class CallbackErrors(logging.Handler):
        def emit(self, record):
            exc = record.exc_info[1] if record.exc_info else None
            event = {'kind': 'log', 't': session.clock.now, 'message': 'exception calling callback for Future'}
            if isinstance(exc, BaseException):
                event['exception'] = exception_line(exc)
            session.channel.emit(event)
            with session.capture.quiet():
                logging.lastResort.handle(record)

    futures_logger = logging.getLogger('concurrent.futures')
    futures_logger.addHandler(CallbackErrors())
    futures_logger.propagate = False

    _real_excepthook = threading.excepthook
    _real_is_alive = threading.Thread.is_alive
    threading.excepthook = excepthook
    threading.Thread.start = start
    threading.Thread._bootstrap = _bootstrap
    threading.Thread.join = join
    threading.Thread.is_alive = is_alive
    threading.Condition.wait = cond_wait
    threading.Condition.notify = cond_notify
    threading.Condition.notify_all = cond_notify_all
    return scheduler


def _wait_name(condition) -> str:
    """What a deadlock report says a thread waits in, from the waiting code's frame."""
    import sys
    frame = sys._getframe(2)
    while frame is not None:
        code = frame.f_code
        if code.co_name == 'wait' and 'Event' in code.co_qualname:
            caller = frame.f_back
            if caller is not None and caller.f_code.co_name == 'start' and caller.f_code.co_filename == threading.__file__:
                return 'start'  # `Thread.start`'s `self._started.wait()`
            return 'Event.wait'
        if code.co_name in ('result', 'exception') and 'futures' in code.co_filename:
            return 'Future.' + code.co_name
        if code.co_name == 'start' and code.co_filename == threading.__file__:
            return 'start'
        frame = frame.f_back
    return 'Condition.wait'


class _OrderedSet:
    """What ThreadPoolExecutor does with its `_threads` set (add, len, iterate), in insertion order."""

    __slots__ = ('_items',)

    def __init__(self):
        self._items = {}

    def add(self, item) -> None:
        self._items[item] = None

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self):
        return iter(list(self._items))
