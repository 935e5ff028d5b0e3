// HTML to plain text with htmlparser2: text only, <script>/<style>/<head> dropped, block elements become
// line breaks, table cells are separated by a tab, entities decoded (&nbsp; becomes a plain space).
// Whitespace inside text collapses as a browser would show it; <pre> keeps its line breaks. Lines are
// trimmed of ASCII spaces (full-width indentation, U+3000, is content and stays).
import { Parser } from 'htmlparser2';

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'head', 'svg', 'math', 'object', 'iframe', 'select', 'button']);
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir', 'div',
  'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'frameset', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary',
  'table', 'tbody', 'tfoot', 'thead', 'tr', 'ul',
]);
const CELL = new Set(['td', 'th']);

/** Real pages nest a few dozen elements; 300k unclosed tags made the parser quadratic (52 s). */
export const MAX_HTML_DEPTH = 1000;

export class HtmlTooDeepError extends Error {
  readonly limit = MAX_HTML_DEPTH;
  constructor() {
    super(`HTML nested more than ${MAX_HTML_DEPTH} levels deep`);
    this.name = 'HtmlTooDeepError';
  }
}

export function htmlToText(html: string): string {
  const parts: string[] = [];
  let skipDepth = 0;
  let preDepth = 0;
  let depth = 0;

  const parser = new Parser(
    {
      onopentag(name) {
        // the parser's own stack grows with ours; stop before its scans of it grow quadratic
        if (++depth > MAX_HTML_DEPTH) throw new HtmlTooDeepError();
        if (SKIP.has(name)) {
          skipDepth++;
          return;
        }
        if (skipDepth) return;
        if (name === 'pre') preDepth++;
        if (name === 'br') parts.push('\n');
        else if (BLOCK.has(name)) parts.push('\n');
        else if (CELL.has(name)) parts.push('\t');
      },
      onclosetag(name) {
        depth--;
        if (SKIP.has(name)) {
          if (skipDepth) skipDepth--;
          return;
        }
        if (skipDepth) return;
        if (name === 'pre' && preDepth) preDepth--;
        if (BLOCK.has(name)) parts.push('\n');
      },
      ontext(data) {
        if (skipDepth) return;
        const text = data.replace(/\u00a0/g, ' ');
        parts.push(preDepth ? text.replace(/\r\n?/g, '\n') : text.replace(/[ \t\r\n\f]+/g, ' '));
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();

  return parts
    .join('')
    .split('\n')
    .map((line) => line.replace(/^[ \t]+|[ \t]+$/g, '').replace(/ ?\t ?/g, '\t'))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+|\n+$/g, '');
}
