"""The run's shared state: the clock, the side channel, the capture, the iteration budget.

`halt(outcome)` ends the process on the spot, as the embedded engine stops on a deadlock or a
runaway: unterminated lines are emitted, the outcome is written, the real streams are flushed,
and the process exits with status 0 without unwinding (no finally blocks, no cleanup).
"""

import os
import traceback


class Session:
    def __init__(self, clock, channel, capture, max_iterations):
        self.clock = clock
        self.channel = channel
        self.capture = capture
        self.max_iterations = max_iterations
        self.iterations = 0
        self.threads = None  # the thread scheduler (threads.py), once installed
        self.schedule = None  # the task and thread event recorder (schedule.py), when asked
        self.record_iterations = False  # write an `iteration` event per loop iteration (iteration.py)

    def count_iteration(self) -> None:
        """Called at the start of every `_run_once`, of every loop."""
        self.iterations += 1
        if self.iterations > self.max_iterations:
            self.halt({'kind': 'runaway', 't': self.clock.now, 'iterations': self.max_iterations})

    def finish(self, outcome: dict) -> None:
        """Emit unterminated lines, then the outcome: the trace is complete."""
        self.capture.flush_unterminated()
        self.channel.emit_outcome(outcome)

    def halt(self, outcome: dict) -> None:
        self.finish(outcome)
        self.capture.flush_real_streams()
        os._exit(0)


def exception_line(exc: BaseException) -> str:
    """Python's last traceback line for `exc`: `ValueError: boom`."""
    return traceback.format_exception_only(type(exc), exc)[-1].strip()
