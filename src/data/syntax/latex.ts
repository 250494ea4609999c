// LaTeX as BibTeX files and arXiv author lists write it, turned into HTML text for the text
// pipeline: accents and special letters to Unicode, `\emph{…}` to `<i>…</i>`, protective braces
// removed, math (`$…$`) kept as written. Part of on-demand chunks: imports nothing at run time.

const ACCENTS: Record<string, string> = {
  '"': '\u0308',
  "'": '\u0301',
  '`': '\u0300',
  '^': '\u0302',
  '~': '\u0303',
  '=': '\u0304',
  '.': '\u0307',
  u: '\u0306',
  v: '\u030C',
  H: '\u030B',
  c: '\u0327',
  k: '\u0328',
  r: '\u030A',
  d: '\u0323',
  b: '\u0331',
  t: '\u0361',
};

const LETTERS: Record<string, string> = {
  ss: 'ß',
  o: 'ø',
  O: 'Ø',
  ae: 'æ',
  AE: 'Æ',
  oe: 'œ',
  OE: 'Œ',
  aa: 'å',
  AA: 'Å',
  l: 'ł',
  L: 'Ł',
  i: 'ı',
  j: 'ȷ',
  dh: 'ð',
  DH: 'Ð',
  th: 'þ',
  TH: 'Þ',
  ng: 'ŋ',
  NG: 'Ŋ',
  textendash: '–',
  textemdash: '—',
  ldots: '…',
  dots: '…',
  textellipsis: '…',
  textregistered: '®',
  texttrademark: '™',
  textcopyright: '©',
  copyright: '©',
  S: '§',
  P: '¶',
  dag: '†',
  ddag: '‡',
  pounds: '£',
  euro: '€',
  textdegree: '°',
  textbackslash: '\\',
  textasciitilde: '~',
  textasciicircum: '^',
  textunderscore: '_',
  textbar: '|',
  textless: '<',
  textgreater: '>',
  textquoteleft: '‘',
  textquoteright: '’',
  textquotedblleft: '“',
  textquotedblright: '”',
  guillemotleft: '«',
  guillemotright: '»',
  quad: ' ',
  qquad: ' ',
  LaTeX: 'LaTeX',
  TeX: 'TeX',
};

/** Commands whose argument is styled; `{\em …}`-style switches style the rest of their group. */
const STYLED: Record<string, string> = {
  emph: 'i',
  textit: 'i',
  textsl: 'i',
  mkbibemph: 'i',
  textbf: 'b',
  mkbibbold: 'b',
  textsuperscript: 'sup',
  textsubscript: 'sub',
};
const SWITCHES: Record<string, string> = {
  em: 'i',
  it: 'i',
  itshape: 'i',
  sl: 'i',
  bf: 'b',
  bfseries: 'b',
};

/** Commands dropped with their argument: they point elsewhere rather than being text. */
const DROPPED = new Set(['cite', 'citep', 'citet', 'ref', 'label', 'footnote', 'index', 'thanks']);

const ESCAPE_HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const escapeHtml = (text: string) => text.replace(/[&<>]/g, (char) => ESCAPE_HTML[char] ?? char);

const COMMAND = /\\([a-zA-Z]+)\s*|\\([^a-zA-Z])/y;

/** True when `text` holds anything this module would change. */
export const hasLatex = (text: string) => /[\\{}$~]|--|``|''/.test(text);

/**
 * `text` as HTML text: LaTeX decoded, `&`, `<`, `>` escaped, styles as `<i>`, `<b>`, `<sup>`,
 * `<sub>`. Unbalanced braces are forgiven; unknown commands keep their argument's text.
 */
export function latexToHtml(text: string): string {
  let out = '';
  // What each open group closes with (a style's end tag, or nothing for a plain brace).
  const closers: string[] = [];
  let i = 0;
  while (i < text.length) {
    const char = text[i] as string;
    if (char === '\\') {
      COMMAND.lastIndex = i;
      const match = COMMAND.exec(text);
      if (!match) {
        i++;
        continue;
      }
      i = COMMAND.lastIndex;
      const word = match[1];
      const symbol = match[2] ?? '';
      const name = word ?? symbol;
      const accent = ACCENTS[name];
      if (accent !== undefined && (word === undefined || /^[a-zA-Z]$/.test(name))) {
        const [base, next] = accentBase(text, i);
        out += escapeHtml(base) + accent;
        i = next;
      } else if (word !== undefined && LETTERS[word] !== undefined) {
        out += escapeHtml(LETTERS[word]);
        // `\o{}` and `{\ss}` alike: an empty group after a letter command is only a separator.
        if (text.startsWith('{}', i)) i += 2;
      } else if (word !== undefined && STYLED[word] !== undefined && text[i] === '{') {
        out += `<${STYLED[word]}>`;
        closers.push(`</${STYLED[word]}>`);
        i++;
      } else if (word !== undefined && SWITCHES[word] !== undefined && closers.length > 0) {
        out += `<${SWITCHES[word]}>`;
        closers[closers.length - 1] = `</${SWITCHES[word]}>${closers[closers.length - 1] ?? ''}`;
      } else if (word !== undefined && (DROPPED.has(word) || word === 'href') && text[i] === '{') {
        i = skipGroup(text, i);
        // `\href{url}{text}` keeps its text.
        if (word === 'href' && text[i] === '{') {
          closers.push('');
          i++;
        }
      } else if (word === undefined) {
        // `\&`, `\%`, `\_`, `\{`…: the character itself; `\\` and `\,` are spaces, `\-` nothing.
        out +=
          symbol === '\\' || symbol === ',' || symbol === ' '
            ? ' '
            : symbol === '-'
              ? ''
              : escapeHtml(symbol);
      } else if (text[i] === '{') {
        closers.push('');
        i++;
      }
    } else if (char === '{') {
      closers.push('');
      i++;
    } else if (char === '}') {
      out += closers.pop() ?? '';
      i++;
    } else if (char === '$') {
      // Math stays as TeX, which readers of papers know; only its delimiters are needed to see it.
      const display = text.startsWith('$$', i);
      const end = text.indexOf(display ? '$$' : '$', i + (display ? 2 : 1));
      const stop = end < 0 ? text.length : end + (display ? 2 : 1);
      out += escapeHtml(text.slice(i, stop));
      i = stop;
    } else if (char === '~') {
      out += '\u00A0';
      i++;
    } else if (char === '-' && text.startsWith('---', i)) {
      out += '—';
      i += 3;
    } else if (char === '-' && text.startsWith('--', i)) {
      out += '–';
      i += 2;
    } else if (char === '`' && text.startsWith('``', i)) {
      out += '“';
      i += 2;
    } else if (char === "'" && text.startsWith("''", i)) {
      out += '”';
      i += 2;
    } else {
      const next = text.slice(i).search(/[\\{}$~\-`']/);
      const stop = next <= 0 ? (next === 0 ? i + 1 : text.length) : i + next;
      out += escapeHtml(text.slice(i, stop));
      i = stop;
    }
  }
  return out + closers.reverse().join('');
}

/** The letter an accent sits on (`o`, `{o}`, `{\i}`, `\i`) and where reading goes on. */
function accentBase(text: string, start: number): [string, number] {
  let i = start;
  const braced = text[i] === '{';
  if (braced) i++;
  let base = '';
  if (text[i] === '\\') {
    COMMAND.lastIndex = i;
    const match = COMMAND.exec(text);
    const word = match?.[1];
    if (match && word !== undefined) {
      base = word === 'i' ? 'i' : word === 'j' ? 'j' : (LETTERS[word] ?? '');
      i = COMMAND.lastIndex;
    }
  } else if (i < text.length && text[i] !== '}') {
    const codePoint = text.codePointAt(i) ?? 0;
    base = String.fromCodePoint(codePoint);
    i += base.length;
  }
  if (braced && text[i] === '}') i++;
  return [base, i];
}

/** The position after the brace group that opens at `start`. */
function skipGroup(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i + 1;
  }
  return text.length;
}
