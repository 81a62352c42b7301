"""The CPython engine of asyncio-lessons: real asyncio on a virtual clock, recorded as a trace.

One job per module:
  clock     the virtual clock and the `time` functions that follow it
  channel   the side channel: one JSON object per line, written at once
  capture   program output (stdout/stderr lines), warnings, quiet sections for our own writes
  session   the run's shared state; halting on the spot (deadlock, runaway)
  loop      the event loop: virtual selector, stable timer order, iteration budget, log events
  program   running PROGRAM.py as __main__ and turning its end into an outcome
  main      wiring, in the order the pieces must be installed
"""
