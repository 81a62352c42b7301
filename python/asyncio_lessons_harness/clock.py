"""The virtual clock and the `time` module functions that read it.

Invariants:
  - Virtual time starts at 0.0 and never goes backwards.
  - It moves only when the program sleeps (`time.sleep(d)`: now += d) or when an event loop
    would wait (`jump_to(when)`: now = when, exactly, so a timer due at `when` is due).
  - Wall-clock readings are epoch + now; monotonic readings are now.

With several threads, threads.py's scheduler runs one thread at a time and moves the clock
only when every live thread is blocked (see its docstring).
"""

import math
import time

_NS = 1_000_000_000
_MISSING = object()
_SLEEP = object()  # the channel of time.sleep: nothing notifies it


class VirtualClock:
    def __init__(self, epoch: float) -> None:
        self.epoch = float(epoch)
        self.epoch_ns = round(self.epoch * _NS)
        self.now = 0.0
        # The thread scheduler (threads.py), once installed: with other threads alive, a sleep
        # blocks the calling thread and the scheduler moves the clock.
        self.threads = None

    def advance(self, seconds: float) -> None:
        self.now += seconds

    def jump_to(self, when: float) -> None:
        if when > self.now:
            self.now = when

    def wall(self) -> float:
        return self.epoch + self.now

    def now_ns(self) -> int:
        return round(self.now * _NS)

    def wall_ns(self) -> int:
        return self.epoch_ns + self.now_ns()


def number_label(value) -> str:
    """A number as the embedded engine shows it in labels (`sleep(1)`, `time.sleep(0.5)`): its repr,
    except that a whole float shows as an int (JavaScript has one number type: 1.0 is 1)."""
    if isinstance(value, float) and value.is_integer():
        return repr(int(value))
    return repr(value)


def _sleep_seconds(secs, real_sleep) -> float:
    """Validate a time.sleep() argument the way CPython does, without ever sleeping for real."""
    if isinstance(secs, (int, float)) and not isinstance(secs, bool):
        seconds = float(secs)
    elif hasattr(type(secs), '__float__') or hasattr(type(secs), '__index__'):
        seconds = float(secs)
    else:
        real_sleep(secs)  # raises CPython's own TypeError for this type
        raise TypeError(f"'{type(secs).__name__}' object cannot be interpreted as an integer")
    if math.isnan(seconds):
        raise ValueError('Invalid value NaN (not a number)')
    if seconds < 0:
        raise ValueError('sleep length must be non-negative')
    if math.isinf(seconds):
        raise OverflowError('timestamp too large to convert to C _PyTime_t')
    return seconds


def install_time(clock: VirtualClock) -> None:
    """Point the `time` module's clocks at the virtual clock (explicit arguments keep working)."""
    real_sleep = time.sleep
    real_localtime, real_gmtime = time.localtime, time.gmtime
    real_strftime, real_asctime, real_ctime = time.strftime, time.asctime, time.ctime

    def monotonic():
        return clock.now

    def monotonic_ns():
        return clock.now_ns()

    def wall():
        return clock.wall()

    def wall_ns():
        return clock.wall_ns()

    def sleep(secs, /):
        seconds = _sleep_seconds(secs, real_sleep)
        threads = clock.threads
        if threads is not None and threads.threaded():
            threads.block(_SLEEP, clock.now + seconds, 'time.sleep(%s)' % number_label(secs))
        else:
            clock.advance(seconds)

    def localtime(secs=None, /):
        return real_localtime(clock.wall() if secs is None else secs)

    def gmtime(secs=None, /):
        return real_gmtime(clock.wall() if secs is None else secs)

    def ctime(secs=None, /):
        return real_ctime(clock.wall() if secs is None else secs)

    def asctime(t=_MISSING, /):
        return real_asctime(real_localtime(clock.wall()) if t is _MISSING else t)

    def strftime(format, t=_MISSING, /):
        return real_strftime(format, real_localtime(clock.wall()) if t is _MISSING else t)

    replacements = {
        'monotonic': monotonic, 'monotonic_ns': monotonic_ns,
        'perf_counter': monotonic, 'perf_counter_ns': monotonic_ns,
        'time': wall, 'time_ns': wall_ns, 'sleep': sleep,
        'localtime': localtime, 'gmtime': gmtime, 'ctime': ctime,
        'asctime': asctime, 'strftime': strftime,
    }
    for name, fn in replacements.items():
        fn.__name__ = fn.__qualname__ = name
        fn.__doc__ = getattr(time, name).__doc__
        setattr(time, name, fn)
    time.tzset()
