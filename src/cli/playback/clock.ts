/**
 * Real time for the player, behind an interface so that tests drive it with a fake clock and never
 * sleep for real. The player only ever asks what time it is and to wait; nothing else in the CLI
 * reads a clock.
 *
 * Invariants: `now()` is monotonic milliseconds from an arbitrary origin; `sleep` resolves no
 * earlier than asked (a fake may resolve at once after moving its time forward), and rejects with
 * the signal's reason as soon as the signal aborts, so Ctrl-C never waits out a pause.
 */

export interface Clock {
  now(): number
  sleep(ms: number, signal?: AbortSignal): Promise<void>
}

export const systemClock: Clock = {
  now: () => performance.now(),
  sleep: (ms, signal) =>
    new Promise<void>((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason)
      const onAbort = (): void => {
        clearTimeout(timer)
        reject(signal!.reason)
      }
      const timer = setTimeout(() => {
        signal?.removeEventListener('abort', onAbort)
        resolve()
      }, Math.max(0, ms))
      signal?.addEventListener('abort', onAbort, { once: true })
    }),
}
