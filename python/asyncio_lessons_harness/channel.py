"""The side channel: trace events as JSON lines, each written with one os.write loop.

Nothing is buffered, so a crash loses no event. The last line is always the outcome,
`{"kind":"outcome","outcome":{"kind":"ok"}}` (the Outcome nested, since both carry a `kind`); once
it is written the channel closes. A reader that went away (EPIPE) silently ends the trace.
"""

import json
import os


class TraceChannel:
    def __init__(self, fd):
        self._fd = fd
        self.closed = fd is None
        if fd is not None:
            os.set_inheritable(fd, False)  # the program's subprocesses must not write to it

    def emit(self, event: dict) -> None:
        if self.closed:
            return
        data = (json.dumps(event, ensure_ascii=True, separators=(',', ':')) + '\n').encode('ascii')
        try:
            while data:
                written = os.write(self._fd, data)
                data = data[written:]
        except OSError:
            self.closed = True

    def emit_outcome(self, outcome: dict) -> None:
        self.emit({'kind': 'outcome', 'outcome': outcome})
        self.closed = True
