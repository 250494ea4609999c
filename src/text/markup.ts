import { decodeCharacterReferences } from './entities.js';
import { sameStyle, type RunStyle, type TextRun } from './rich-text.js';
import { foldWhiteSpace } from './white-space.js';

/**
 * Reads the markup scholarly sources really send (HTML, JATS, MathML, TeX inside
 * `<tex-math>`) into paragraphs of styled runs, as strings alone: no DOM, so nothing here can
 * run a script or trip Trusted Types. Tags are recognised in the raw value only, and each text
 * between them is decoded once.
 */

interface Element {
  name: string;
  children: Node[];
}
type Node = string | Element;

/** Deeper nesting is read as text of the outer elements: no input can exhaust the stack. */
const MAX_DEPTH = 256;

const VOID = new Set([
  'br',
  'hr',
  'img',
  'wbr',
  'meta',
  'link',
  'input',
  'inline-graphic',
  'graphic',
]);
const DROPPED = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'head',
  'object-id',
  'inline-graphic',
  'graphic',
  'img',
  'svg',
  'button',
  // MathML's alternative forms (the TeX beside the formula): the formula is read once.
  'annotation',
  'annotation-xml',
]);
const RAW_TEXT = /^(?:script|style|template|noscript|textarea|xmp)$/;
const ITALIC = new Set(['i', 'em', 'italic', 'cite', 'var', 'dfn']);
const BOLD = new Set(['b', 'strong', 'bold']);
const SUB = new Set(['sub', 'inf']);
const SUP = new Set(['sup']);
const BLOCK = new Set([
  'p',
  'div',
  'br',
  'hr',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'blockquote',
  'pre',
  'tr',
  'table',
  'section',
  'article',
  'header',
  'footer',
  'figure',
  'figcaption',
  'caption',
  'sec',
  'list',
  'list-item',
  'abstract',
  'trans-abstract',
  'disp-quote',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
]);
const ABSTRACT_LABEL = /^\s*(?:abstract|summary|graphical abstract)\s*[:.]?\s*$/i;

/** HTML's attributes that stand without a value (`<iframe allowfullscreen>`). */
const BOOLEAN_ATTRIBUTE =
  'allowfullscreen|async|autofocus|autoplay|checked|compact|controls|default|defer|disabled|formnovalidate|hidden|inert|ismap|itemscope|loop|multiple|muted|nomodule|noresize|noshade|novalidate|nowrap|open|playsinline|readonly|required|reversed|selected';

/**
 * A start tag's attributes: `name=value`, or one of HTML's valueless ones. So `<p \le 2$ and $p>`
 * in a LaTeX title, or `$x<y and y>z$`, is text, not a paragraph that swallows what lies between.
 */
const ATTRIBUTES = String.raw`(?:\s+(?:[A-Za-z_:][\w:.-]*\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>\x60]+)|(?:${BOOLEAN_ATTRIBUTE})(?![\w:.-])))*\s*\/?`;

// A comment, a CDATA section, a declaration or processing instruction, an end tag, a start tag.
const TOKEN = new RegExp(
  String.raw`<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[([\s\S]*?)(?:\]\]>|$)|<[!?][^>]*>|<\/([A-Za-z][\w:.-]*)\s*>|<([A-Za-z][\w:.-]*)(${ATTRIBUTES})>`,
  'gi',
);

/** `jats:italic` and `mml:mi` name the same things as `italic` and `mi`. */
const localName = (name: string) => name.slice(name.lastIndexOf(':') + 1).toLowerCase();

function parseTree(raw: string): Element {
  const root: Element = { name: '#root', children: [] };
  const open: Element[] = [root];
  const current = () => open[open.length - 1] ?? root;
  let last = 0;
  const text = (value: string) => {
    if (value !== '') current().children.push(decodeCharacterReferences(value));
  };
  TOKEN.lastIndex = 0;
  for (let token = TOKEN.exec(raw); token; token = TOKEN.exec(raw)) {
    text(raw.slice(last, token.index));
    last = TOKEN.lastIndex;
    const [whole, cdata, endName, startName, attributes = ''] = token;
    if (cdata !== undefined) {
      current().children.push(cdata);
    } else if (endName !== undefined) {
      const name = localName(endName);
      let at = open.length - 1;
      while (at > 0 && open[at]?.name !== name) at--;
      if (at > 0) open.length = at;
    } else if (startName !== undefined) {
      const name = localName(startName);
      if (RAW_TEXT.test(name)) {
        // Skips to the matching end tag (or the end): nothing inside is text.
        const close = new RegExp(`</${startName}\\s*>`, 'i');
        const end = close.exec(raw.slice(last));
        last = end ? last + end.index + end[0].length : raw.length;
        TOKEN.lastIndex = last;
        continue;
      }
      const element: Element = { name, children: [] };
      current().children.push(element);
      const selfClosing = attributes.trimEnd().endsWith('/') || VOID.has(name);
      if (!selfClosing && open.length < MAX_DEPTH) open.push(element);
    } else if (!whole.startsWith('<')) {
      text(whole);
    }
  }
  text(raw.slice(last));
  return root;
}

function textContent(node: Node): string {
  return typeof node === 'string' ? node : node.children.map(textContent).join('');
}

function find(element: Element, name: string): Element | undefined {
  for (const child of element.children) {
    if (typeof child === 'string') continue;
    if (child.name === name) return child;
    const found = find(child, name);
    if (found) return found;
  }
  return undefined;
}

/** The formula of a `<tex-math>`, without the LaTeX document some publishers wrap it in. */
function texSource(element: Element): string {
  let tex = textContent(element).trim();
  const body = /\\begin\{document\}([\s\S]*?)\\end\{document\}/.exec(tex);
  if (body?.[1] !== undefined) tex = body[1].trim();
  if (tex === '') return '';
  return /^(?:\$|\\\(|\\\[)/.test(tex) ? tex : `$${tex}$`;
}

class RunWriter {
  readonly paragraphs: TextRun[][] = [];
  private current: TextRun[] = [];
  private style: RunStyle = {};

  write(text: string): void {
    if (text === '') return;
    const last = this.current[this.current.length - 1];
    if (last && sameStyle(last, this.style)) last.text += text;
    else this.current.push({ ...this.style, text });
  }

  styled(style: RunStyle, body: () => void): void {
    const outer = this.style;
    this.style = { ...outer, ...style };
    body();
    this.style = outer;
  }

  breakParagraph(): void {
    if (this.current.length > 0) this.paragraphs.push(this.current);
    this.current = [];
  }
}

function styleOf(name: string): RunStyle | undefined {
  if (ITALIC.has(name)) return { italic: true };
  if (BOLD.has(name)) return { bold: true };
  if (SUB.has(name)) return { sub: true };
  if (SUP.has(name)) return { sup: true };
  return undefined;
}

function walk(node: Node, out: RunWriter): void {
  if (typeof node === 'string') return out.write(node);
  const { name } = node;
  if (DROPPED.has(name)) return;
  if (name === 'tex-math') return out.write(texSource(node));
  if (name === 'alternatives') {
    // One rendering of the formula: its TeX source, else its MathML text, never a file name.
    const chosen = find(node, 'tex-math') ?? find(node, 'math');
    if (chosen) walk(chosen, out);
    return;
  }
  // JATS section titles and the headings of HTML abstracts (Wiley's `<h2>Abstract</h2>`).
  if (name === 'title' || name === 'label' || /^h[1-6]$/.test(name)) {
    const label = textContent(node);
    if (name === 'label' || ABSTRACT_LABEL.test(label)) return;
    out.breakParagraph();
    out.styled({ bold: true }, () => node.children.forEach((child) => walk(child, out)));
    out.breakParagraph();
    return;
  }
  const block = BLOCK.has(name);
  if (block) out.breakParagraph();
  const style = styleOf(name);
  if (style) out.styled(style, () => node.children.forEach((child) => walk(child, out)));
  else for (const child of node.children) walk(child, out);
  if (block) out.breakParagraph();
}

/** Folds white space inside each paragraph across its runs, and drops empty runs and paragraphs. */
function foldParagraph(runs: TextRun[]): TextRun[] {
  const folded: TextRun[] = [];
  let spaceBefore = false;
  for (const run of runs) {
    let text = foldWhiteSpace(run.text);
    if (spaceBefore && text.startsWith(' ')) text = text.slice(1);
    if (folded.length === 0) text = text.trimStart();
    if (text === '') continue;
    spaceBefore = text.endsWith(' ');
    folded.push({ ...run, text });
  }
  const last = folded[folded.length - 1];
  if (last) {
    last.text = last.text.trimEnd();
    if (last.text === '') folded.pop();
  }
  return folded;
}

/** Paragraphs of runs from an HTML, JATS or MathML fragment; white space folded in each. */
export function markupToParagraphs(raw: string): TextRun[][] {
  const out = new RunWriter();
  walk(parseTree(raw), out);
  out.breakParagraph();
  return out.paragraphs.map(foldParagraph).filter((paragraph) => paragraph.length > 0);
}

const KNOWN_TAG = new RegExp(
  String.raw`<\/?(?:[a-z]+:)?(?:p|i|b|u|s|em|strong|sub|sup|inf|a|span|div|br|li|ul|ol|h[1-6]|blockquote|code|pre|small|big|tt|scp|sc|italic|bold|title|sec|math|script|style|img|svg|iframe|object|embed|noscript|template|table|td|tr|form|input|button|mi|mo|mn|msub|msup|mrow|inline-formula|tex-math|alternatives|font)${ATTRIBUTES}>`,
  'i',
);

/**
 * True when a value meant as plain text is clearly markup anyway (a tag of a known HTML, JATS or
 * MathML element), as some generators leave it: "a < b" and `if (x<y)` stay text.
 */
export const looksLikeMarkup = (value: string) => KNOWN_TAG.test(value);
