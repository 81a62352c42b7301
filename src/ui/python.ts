/**
 * A small Python highlighter for lesson programs: keywords, built-ins, strings (with f-string
 * prefixes), numbers, comments, decorators and the names after `def`/`class`. Line by line, which
 * is enough for lesson code (no multi-line strings there); it never changes the text itself.
 */
import { span, type Span } from './spans.js'

const KEYWORDS = new Set(
  ('False None True and as assert async await break class continue def del elif else except finally for from ' +
    'global if import in is lambda nonlocal not or pass raise return try while with yield match case').split(' '),
)
const BUILTINS = new Set(
  ('print len range str int float list dict set tuple type isinstance repr sum min max sorted enumerate zip ' +
    'open super object Exception ValueError TypeError RuntimeError KeyError TimeoutError').split(' '),
)

const TOKEN =
  /(#.*$)|((?:[rRbBfFuU]{1,2})?(?:"""|'''|"(?:[^"\\]|\\.)*"?|'(?:[^'\\]|\\.)*'?))|(\b\d[\d_]*(?:\.\d+)?(?:[eE][+-]?\d+)?\b)|(@[\w.]+)|([A-Za-z_]\w*)|(\s+)|(.)/gy

export function highlightPython(line: string): Span[] {
  const spans: Span[] = []
  let previousWord = ''
  TOKEN.lastIndex = 0
  for (let match = TOKEN.exec(line); match !== null && match[0] !== ''; match = TOKEN.exec(line)) {
    const [text, comment, string, number, decorator, word] = match
    if (comment !== undefined) spans.push(span(text, 'gray'))
    else if (string !== undefined) spans.push(span(text, 'green'))
    else if (number !== undefined) spans.push(span(text, 'yellow'))
    else if (decorator !== undefined) spans.push(span(text, 'yellow'))
    else if (word !== undefined) {
      if (previousWord === 'def' || previousWord === 'class') spans.push(span(text, 'blue', 'bold'))
      else if (KEYWORDS.has(text)) spans.push(span(text, 'magenta'))
      else if (BUILTINS.has(text)) spans.push(span(text, 'cyan'))
      else spans.push(span(text))
      previousWord = text
      continue
    } else spans.push(span(text))
    if (!/^\s+$/.test(text)) previousWord = ''
  }
  return spans
}
