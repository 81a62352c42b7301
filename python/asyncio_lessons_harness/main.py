"""Wiring: the pieces in the order they must be installed, then the program."""

from .channel import TraceChannel
from .clock import VirtualClock, install_time


def run(opts: dict) -> int:
    """Run opts['program'] under the virtual clock; return the process exit status."""
    clock = VirtualClock(opts['epoch'])
    install_time(clock)  # before asyncio (and anything else) reads the clock

    from .capture import Capture
    from .loop import install_loop
    from .program import Program
    from .session import Session
    from .threads import install_threads

    channel = TraceChannel(opts['trace_fd'])
    capture = Capture(clock, channel)
    session = Session(clock, channel, capture, opts['max_iterations'])
    session.threads = clock.threads = install_threads(session)
    if opts.get('record_schedule'):
        import os
        from .schedule import install_schedule
        session.schedule = session.threads.schedule = install_schedule(session, os.path.abspath(opts['program']))
    session.record_iterations = bool(opts.get('record_iterations'))
    install_loop(session)
    capture.install()
    status = Program(session, opts['program'], opts['args']).run()
    session.threads.main_exit()
    return status
