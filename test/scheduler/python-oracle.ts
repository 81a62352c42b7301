/**
 * Asks the real CPython for a whole table of answers in one process: the script reads JSON from
 * stdin into `data` and must `print(json.dumps(...))` one result. Tests compare the emulation with
 * what it prints, value by value.
 */
import { execFileSync } from 'node:child_process'

export const python = process.env.ASYNCIO_LESSONS_PYTHON || 'python3'

export function askPython<T>(script: string, data: unknown): T {
  const prelude = 'import json, sys\ndata = json.loads(sys.stdin.read())\n'
  const out = execFileSync(python, ['-c', prelude + script], {
    input: JSON.stringify(data),
    encoding: 'utf8',
    env: { ...process.env, TZ: 'UTC', PYTHONIOENCODING: 'utf-8', PYTHONHASHSEED: '0' },
    maxBuffer: 64 * 1024 * 1024,
  })
  return JSON.parse(out) as T
}

/** A small deterministic generator (xorshift64*), so failures reproduce. */
export function randomBits(seed: bigint): () => bigint {
  let state = seed
  return () => {
    state ^= state >> 12n
    state ^= (state << 25n) & 0xffffffffffffffffn
    state ^= state >> 27n
    return (state * 0x2545f4914f6cdd1dn) & 0xffffffffffffffffn
  }
}

/** The double whose IEEE bits are `bits`. */
export function doubleFromBits(bits: bigint): number {
  const view = new DataView(new ArrayBuffer(8))
  view.setBigUint64(0, bits)
  return view.getFloat64(0)
}

/** The IEEE bits of `x` as 16 hex digits, which Python reads with `struct.unpack('>d', bytes.fromhex(h))`. */
export function hexBits(x: number): string {
  const view = new DataView(new ArrayBuffer(8))
  view.setFloat64(0, x)
  return view.getBigUint64(0).toString(16).padStart(16, '0')
}

/** Python source that turns the hex produced by `hexBits` back into the float. */
export const PY_FROM_HEX = "import struct\ndef from_hex(h):\n    return struct.unpack('>d', bytes.fromhex(h))[0]\n"
