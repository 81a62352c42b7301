/**
 * Colour: whether to use it, and the styles the views use.
 *
 * The decision follows chalk's rules with NO_COLOR added (chalk itself ignores it), in this order:
 * `--no-color` → none; FORCE_COLOR set → its level (`0`/`false` none, ``/`true` basic, `1`-`3`);
 * NO_COLOR set and non-empty → none; not a terminal → none; TERM=dumb → none; else basic colours
 * (the views use only the 16 basic colours, so a higher level would change nothing).
 *
 * chalk is imported only when colour is on: piped output never loads it.
 */

export type ColorLevel = 0 | 1 | 2 | 3

export interface ColorInput {
  readonly env: Readonly<Record<string, string | undefined>>
  readonly isTTY: boolean
  /** `false` for `--no-color`; undefined when the flag is absent. */
  readonly flag?: boolean
}

export function colorLevel({ env, isTTY, flag }: ColorInput): ColorLevel {
  if (flag === false) return 0
  const force = env.FORCE_COLOR
  if (force !== undefined) {
    if (force === '' || force === 'true') return 1
    if (force === 'false') return 0
    const n = Number.parseInt(force, 10)
    return Number.isNaN(n) ? 1 : (Math.max(0, Math.min(n, 3)) as ColorLevel)
  }
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0
  if (!isTTY) return 0
  if (env.TERM === 'dumb') return 0
  return 1
}

export const STYLE_NAMES = ['bold', 'dim', 'italic', 'red', 'green', 'yellow', 'blue', 'magenta', 'cyan', 'gray'] as const
export type StyleName = (typeof STYLE_NAMES)[number]

export type Paint = (text: string) => string
export type Style = Readonly<Record<StyleName, Paint>> & { readonly enabled: boolean }

const identity: Paint = (text) => text

export const PLAIN: Style = {
  enabled: false,
  ...(Object.fromEntries(STYLE_NAMES.map((name) => [name, identity])) as Record<StyleName, Paint>),
}

export async function loadStyle(level: ColorLevel): Promise<Style> {
  if (level === 0) return PLAIN
  const { Chalk } = await import('chalk')
  const chalk = new Chalk({ level })
  const paints = Object.fromEntries(STYLE_NAMES.map((name) => [name, (text: string) => chalk[name](text)]))
  return { enabled: true, ...(paints as Record<StyleName, Paint>) }
}
