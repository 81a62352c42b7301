/**
 * The bin's entry point. It answers the two commands whose start-up a user feels most, `--version`
 * and `list`, itself, and hands every other command line to the full CLI (main.ts) untouched.
 *
 * Why: the full CLI's bundle (commander, every command's code) takes longer to compile than node
 * takes to start; this file and what `list` needs are a fraction of it. The build (scripts/build-bin.ts)
 * makes this the bin, and main.ts a bundle of its own that is read only when it is needed.
 *
 * Invariants: what it answers, it answers byte for byte as the full CLI would (fast-argv.ts decides
 * what that is, and errs towards handing over); output is written synchronously, so nothing is
 * pending at exit; if answering fails before anything was written, the full CLI gets the command
 * line instead and reports whatever is wrong as it always does.
 */
import packageJson from '../../package.json' with { type: 'json' }
import type { OutputPort } from './context.js'
import { fastRequest, type FastRequest } from './fast-argv.js'
import { isBrokenPipe, writeAll } from './sync-output.js'

/** The full CLI: main.ts runs the command line as soon as it is loaded. */
function fullCli(): void {
  void import('./main.js')
}

async function answer(request: FastRequest, out: OutputPort): Promise<void> {
  if (request.command === 'version') return out.write(`${packageJson.version}\n`)
  return (await import('./fast-list.js')).fastList(request, process.env, out)
}

const request = fastRequest(process.argv.slice(2))
if (request === null) fullCli()
else {
  let written = false
  const out: OutputPort = {
    write: (text) => {
      written = true
      writeAll(1, text)
    },
    error: (text) => {
      written = true
      writeAll(2, text)
    },
  }
  answer(request, out).then(
    () => process.exit(0),
    (error: unknown) => {
      // The reader went away (`| head`): stop quietly, as the full CLI does.
      if (isBrokenPipe(error)) process.exit(0)
      // Nothing shown yet: the full CLI does it again, and says what is wrong if anything is.
      if (!written) return fullCli()
      writeAll(2, `${String(error)}\n`)
      process.exit(1)
    },
  )
}
