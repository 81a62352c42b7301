/**
 * The spinner's line during a pause of a real-time replay: the virtual clock, then what the loop
 * waits for, soonest timer first (`t=0.512s  Task-2 sleeping until 1.000s · Task-1 waiting for
 * Task-2`), cut to one line of the terminal. A CPython run records no task events: it says only that
 * the loop is waiting.
 */
import { truncate } from '../../ui/width.js'
import type { Ui } from '../context.js'
import type { Wait } from '../playback/waits.js'
import { seconds } from '../../ui/seconds.js'

/** Columns ora puts before the text: a frame and a space. */
const SPINNER_COLUMNS = 2

function describe(wait: Wait, ui: Ui): string {
  return wait.kind === 'sleep'
    ? ui.tr.t('live.sleeping', { task: wait.task, time: seconds(wait.until) })
    : ui.tr.t('live.awaiting', { task: wait.task, what: wait.on })
}

export function pauseStatus(t: number, waits: readonly Wait[], ui: Ui): string {
  const clock = `t=${seconds(t)}`
  const what = waits.length === 0 ? ui.tr.t('live.waiting') : waits.map((wait) => describe(wait, ui)).join(' · ')
  const line = truncate(`${clock}  ${what}`, ui.width - SPINNER_COLUMNS)
  return ui.style.cyan(line.slice(0, clock.length)) + ui.style.dim(line.slice(clock.length))
}
