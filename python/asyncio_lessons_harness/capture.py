"""What the program writes, as trace events: output lines and displayed warnings.

  - sys.stdout / sys.stderr are wrapped: every write goes to the real stream at once, and the
    text is cut into lines. A line's event carries the virtual time, thread and task of its
    FIRST character and is emitted when its newline arrives (or at exit, unterminated).
  - Warnings are recorded where Python displays them (`warnings._showwarnmsg_impl`), so a
    warning that is filtered out or captured by `catch_warnings(record=True)` is not an event,
    and the displayed text is unchanged (tracemalloc hint included).
  - The harness's own writes (warning text, the default exception handler's log, "Exception
    ignored in" reports, the final traceback) happen inside `Quiet`: they reach the real
    stream but are not output events.
"""

import asyncio
import contextlib
import sys
import threading
import warnings


class Quiet:
    """While active, writes through the wrapped streams are passed on but not recorded."""

    def __init__(self):
        self._depth = 0

    @property
    def active(self) -> bool:
        return self._depth > 0

    @contextlib.contextmanager
    def __call__(self):
        self._depth += 1
        try:
            yield
        finally:
            self._depth -= 1


def current_task_name():
    """The running task's name in this thread, or None when no loop is running or no task is."""
    loop = asyncio.events._get_running_loop()
    if loop is None:
        return None
    task = asyncio.current_task(loop)
    return None if task is None else task.get_name()


class LineRecorder:
    """Cuts one stream's text into lines and emits each as an `output` event."""

    def __init__(self, stream_name, clock, channel):
        self._stream = stream_name
        self._clock = clock
        self._channel = channel
        self._line = None  # [event fields at the first character, list of text parts]

    def feed(self, text: str) -> None:
        start = 0
        while True:
            newline = text.find('\n', start)
            part = text[start:] if newline < 0 else text[start:newline]
            if part or newline >= 0:
                if self._line is None:
                    self._line = [self._begin(), []]
                self._line[1].append(part)
            if newline < 0:
                return
            self._end()
            start = newline + 1

    def flush_unterminated(self) -> None:
        if self._line is not None:
            self._end()

    def _begin(self) -> dict:
        event = {'kind': 'output', 't': self._clock.now, 'stream': self._stream, 'text': '',
                 'thread': threading.current_thread().name}
        task = current_task_name()
        if task is not None:
            event['task'] = task
        return event

    def _end(self) -> None:
        event, parts = self._line
        self._line = None
        event['text'] = ''.join(parts)
        self._channel.emit(event)


class RecordingStream:
    """A stand-in for sys.stdout/sys.stderr: the real stream plus a LineRecorder."""

    def __init__(self, real, recorder: LineRecorder, quiet: Quiet):
        self._real = real
        self._recorder = recorder
        self._quiet = quiet

    def write(self, text):
        written = self._real.write(text)
        if not self._quiet.active:
            self._recorder.feed(text)
        return written

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def __getattr__(self, name):
        return getattr(self._real, name)

    def __iter__(self):
        return iter(self._real)

    def __repr__(self):
        return repr(self._real)


class Capture:
    """Installs the stream wrappers and the warning and unraisable hooks."""

    def __init__(self, clock, channel):
        self.clock = clock
        self.channel = channel
        self.quiet = Quiet()
        self.real_stdout = sys.stdout
        self.real_stderr = sys.stderr
        self._recorders = []

    def install(self) -> None:
        sys.stdout = self._wrap(sys.stdout, 'stdout')
        sys.stderr = self._wrap(sys.stderr, 'stderr')
        self._hook_warnings()
        self._hook_unraisable()

    def flush_unterminated(self) -> None:
        for recorder in self._recorders:
            recorder.flush_unterminated()

    def flush_real_streams(self) -> None:
        for stream in (self.real_stdout, self.real_stderr):
            with contextlib.suppress(Exception):
                stream.flush()

    def _wrap(self, real, name):
        recorder = LineRecorder(name, self.clock, self.channel)
        self._recorders.append(recorder)
        return RecordingStream(real, recorder, self.quiet)

    def _hook_warnings(self) -> None:
        display = warnings._showwarnmsg_impl
        clock, channel, quiet = self.clock, self.channel, self.quiet

        def _showwarnmsg_impl(msg):
            channel.emit({'kind': 'warning', 't': clock.now,
                          'category': msg.category.__name__, 'message': str(msg.message)})
            with quiet():
                display(msg)

        warnings._showwarnmsg_impl = _showwarnmsg_impl

    def _hook_unraisable(self) -> None:
        report = sys.unraisablehook
        quiet = self.quiet

        def unraisablehook(unraisable):
            with quiet():
                report(unraisable)

        sys.unraisablehook = unraisablehook
