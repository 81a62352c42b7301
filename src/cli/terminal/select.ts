/**
 * A list to pick one item from, drawn by enquirer's Select prompt (↑/↓ and Enter). enquirer is
 * imported here, on first use: the build puts it in a file of its own (asyncio-lessons.prompts.cjs)
 * that only the menu and the quiz ever read.
 *
 * Leaving without a pick is an answer, not an error: Esc gives `left`, Ctrl-C `interrupted`.
 * enquirer rejects with an empty string for both (after restoring the cursor and the terminal's
 * mode), so the key is noted as it is pressed.
 */

export interface Choice {
  /** What the pick returns. */
  readonly value: string
  /** Unique among the choices. */
  readonly label: string
  /** Dim text after the label. */
  readonly hint?: string
}

export type Picked = { readonly kind: 'picked'; readonly value: string } | { readonly kind: 'left' | 'interrupted' }

export interface SelectStreams {
  readonly stdin: NodeJS.ReadStream
  readonly stdout: NodeJS.WriteStream
}

interface Key {
  readonly name?: string
  readonly ctrl?: boolean
}

interface SelectPrompt {
  on(event: 'keypress', listener: (input: string, key: Key) => void): void
  run(): Promise<string>
}

type SelectClass = new (options: Record<string, unknown>) => SelectPrompt

export async function select(streams: SelectStreams, message: string, choices: readonly Choice[]): Promise<Picked> {
  const loaded = (await import('enquirer')) as unknown as { default?: { Select: SelectClass }; Select: SelectClass }
  const Select = (loaded.default ?? loaded).Select
  const prompt = new Select({
    ...streams,
    name: 'choice',
    message,
    // enquirer shows the picked choice's name once answered: the label, not our value.
    choices: choices.map((choice) => ({ name: choice.label, ...(choice.hint === undefined ? {} : { hint: choice.hint }) })),
  })
  let interrupted = false
  prompt.on('keypress', (_input, key) => {
    if (key.ctrl === true && key.name === 'c') interrupted = true
  })
  try {
    const label = await prompt.run()
    return { kind: 'picked', value: choices.find((choice) => choice.label === label)!.value }
  } catch (error) {
    if (error !== '' && error !== undefined) throw error
    return { kind: interrupted ? 'interrupted' : 'left' }
  }
}
