# -*- coding: utf-8 -*-
"""Run a Python program under asyncio-lessons' virtual clock and record its trace.

    python3 harness.py [--epoch SECONDS] [--max-iterations N]
                       [--trace-fd FD | --trace-file PATH]
                       [--record-schedule] [--record-iterations] PROGRAM.py [args...]

The program runs as ``__main__`` exactly as ``python3 PROGRAM.py args...`` would run it, except
that time is virtual (it starts at 0.0 and jumps to the next timer instead of waiting), and every
line it prints, every warning and every message sent to an event loop's exception handler is
written as one JSON line to the side channel (``--trace-fd``, ``--trace-file``, or fd 3 when it
is open). The last line is the outcome (ok, exception, deadlock, runaway). The program's own
stdout and stderr pass through untouched. `--record-schedule` adds task and thread events,
`--record-iterations` one event per event-loop iteration (both off by default: they cost time).

This file only parses the command line and checks the interpreter's version, so it must keep
running on old Pythons (2.7 and 3.x alike) to report them cleanly: no f-strings, no annotations,
no print statement. The engine itself lives in the ``asyncio_lessons_harness`` package next to it.
"""

import os
import sys

MIN_VERSION = (3, 11)
# 2024-01-01 18:27:39 UTC: time.strftime('%X') at the start prints 18:27:39.
DEFAULT_EPOCH = 1704133659.0
DEFAULT_MAX_ITERATIONS = 1000000
DEFAULT_TRACE_FD = 3

EXIT_USAGE = 2
EXIT_UNSUPPORTED = 3

USAGE = ("usage: harness.py [--epoch SECONDS] [--max-iterations N] "
         "[--trace-fd FD | --trace-file PATH] [--record-schedule] [--record-iterations] "
         "PROGRAM.py [args...]\n")


def usage_error(message):
    sys.stderr.write(USAGE)
    sys.stderr.write("harness.py: error: %s\n" % message)
    sys.exit(EXIT_USAGE)


def parse_args(argv):
    """Options come first; the first argument that is not an option is the program."""
    opts = {
        'epoch': DEFAULT_EPOCH,
        'max_iterations': DEFAULT_MAX_ITERATIONS,
        'trace_fd': None,
        'trace_file': None,
        'record_schedule': False,
        'record_iterations': False,
    }
    flags = {'--record-schedule': 'record_schedule', '--record-iterations': 'record_iterations'}
    names = {'--epoch': 'epoch', '--max-iterations': 'max_iterations',
             '--trace-fd': 'trace_fd', '--trace-file': 'trace_file'}
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg == '--':
            i += 1
            break
        if arg in ('-h', '--help'):
            sys.stdout.write(USAGE)
            sys.exit(0)
        if not arg.startswith('--'):
            break
        if arg in flags:
            opts[flags[arg]] = True
            i += 1
            continue
        name, sep, value = arg.partition('=')
        if name not in names:
            usage_error("unknown option %s" % name)
        if not sep:
            i += 1
            if i >= len(argv):
                usage_error("%s needs a value" % name)
            value = argv[i]
        key = names[name]
        try:
            if key == 'epoch':
                opts[key] = float(value)
            elif key in ('max_iterations', 'trace_fd'):
                opts[key] = int(value)
                if opts[key] < 0:
                    raise ValueError(value)
            else:
                opts[key] = value
        except ValueError:
            usage_error("bad value for %s: %r" % (name, value))
        i += 1
    if i >= len(argv):
        usage_error("no program given")
    if opts['trace_fd'] is not None and opts['trace_file'] is not None:
        usage_error("--trace-fd and --trace-file are exclusive")
    opts['program'] = argv[i]
    opts['args'] = argv[i + 1:]
    return opts


def open_trace_fd(opts):
    """The side channel's file descriptor, or None when there is none (the run is then untraced)."""
    if opts['trace_file'] is not None:
        try:
            return os.open(opts['trace_file'], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 420)  # 0644
        except OSError as e:
            usage_error("cannot open trace file %s: %s" % (opts['trace_file'], e))
    fd = opts['trace_fd']
    explicit = fd is not None
    if fd is None:
        fd = DEFAULT_TRACE_FD
    try:
        os.fstat(fd)
    except OSError:
        if explicit:
            usage_error("trace fd %d is not open" % fd)
        return None
    return fd


def report_unsupported(trace_fd):
    version = "%d.%d.%d" % tuple(sys.version_info[:3])
    if trace_fd is not None:
        line = '{"kind":"unsupported","version":"%s"}\n' % version
        try:
            os.write(trace_fd, line.encode('ascii'))
        except OSError:
            pass
    sys.stderr.write("asyncio-lessons: Python %d.%d or newer is required, this is Python %s (%s)\n"
                     % (MIN_VERSION[0], MIN_VERSION[1], version, sys.executable))
    sys.exit(EXIT_UNSUPPORTED)


def main():
    opts = parse_args(sys.argv[1:])
    trace_fd = open_trace_fd(opts)
    if tuple(sys.version_info[:2]) < MIN_VERSION:
        report_unsupported(trace_fd)
    sys.dont_write_bytecode = True  # no __pycache__ next to the harness or the lessons
    here = os.path.dirname(os.path.abspath(__file__))
    if here not in sys.path:
        sys.path.insert(0, here)
    from asyncio_lessons_harness.main import run
    opts['trace_fd'] = trace_fd
    sys.exit(run(opts))


if __name__ == '__main__':
    main()
