// C0 and C1 controls except tab, newline and carriage return, which count as white space.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/** A trimmed string with control characters removed, or undefined when nothing is left. */
export function plainText(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  const text = value.replace(CONTROL_CHARACTERS, '').trim();
  return text === '' ? undefined : text;
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00A0',
  ndash: '\u2013',
  mdash: '\u2014',
  hellip: '\u2026',
  lsquo: '\u2018',
  rsquo: '\u2019',
  ldquo: '\u201C',
  rdquo: '\u201D',
  laquo: '\u00AB',
  raquo: '\u00BB',
  copy: '\u00A9',
  reg: '\u00AE',
  trade: '\u2122',
  times: '\u00D7',
  middot: '\u00B7',
  deg: '\u00B0',
  plusmn: '\u00B1',
  le: '\u2264',
  ge: '\u2265',
  ne: '\u2260',
  alpha: '\u03B1',
  beta: '\u03B2',
  gamma: '\u03B3',
  delta: '\u03B4',
  lambda: '\u03BB',
  mu: '\u03BC',
  pi: '\u03C0',
  sigma: '\u03C3',
  theta: '\u03B8',
  epsilon: '\u03B5',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z][a-z0-9]*);/gi, (entity, name: string) => {
    if (name.startsWith('#')) {
      const code =
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
      return valid ? String.fromCodePoint(code) : '\uFFFD';
    }
    return NAMED_ENTITIES[name] ?? NAMED_ENTITIES[name.toLowerCase()] ?? entity;
  });
}

const BLOCK_BREAK =
  /<\/?(?:p|div|br|li|ul|ol|h[1-6]|blockquote|pre|tr|table|section|article)\b[^>]*>/gi;

/**
 * Reduces an HTML fragment to the plain text a reader would see: scripts, styles and comments
 * are dropped with their contents, tags are removed, entities decoded, white space folded.
 * Works on strings alone (no DOM), and its output is only ever rendered as text.
 */
export function htmlToText(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value
    .replace(/<!--[\s\S]*?(?:-->|$)/g, '')
    .replace(/<(script|style|template|noscript)\b[\s\S]*?(?:<\/\1\s*>|$)/gi, '')
    .replace(BLOCK_BREAK, '\n')
    .replace(/<\/?[a-z][^>]*>/gi, '')
    .replace(/[ \t\r\f]+/g, ' ');
  const folded = decodeEntities(text)
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
  return plainText(folded);
}
