// A small, forgiving XML reader for feeds (RSS, Atom, RDF). It is part of an on-demand chunk
// that the classic script loads from beside itself, so it imports nothing at run time.
//
// Why not a library: txml keeps CDATA and text alike (so escaped text cannot be told from
// literal), recurses once per level and matches close tags by substring; @rgrove/parse-xml
// rejects the whole feed at the first HTML entity (`&nbsp;`) that real feeds carry.

export interface XmlElement {
  /** The qualified name as written: `item`, `dc:creator`. */
  name: string;
  attributes: Record<string, string>;
  children: (XmlElement | string)[];
}

/** Deeper nesting than this is refused: no feed needs it, and it is how parsers are attacked. */
export const MAX_XML_DEPTH = 256;

const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * XML's own references (the five predefined names and numeric ones). Any other name is left as
 * written for the text pipeline, which knows HTML's; nothing a DTD declares is ever expanded.
 */
export function decodeXmlReferences(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[\da-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (whole, ref: string) => {
    if (ref[0] !== '#') return PREDEFINED[ref] ?? whole;
    const code =
      ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1));
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff)
      ? String.fromCodePoint(code)
      : whole;
  });
}

const NAME = /[A-Za-z_:][^\s/>=]*/y;
// HTML's empty elements, written unclosed inside feeds that embed HTML without escaping it.
const VOID = new Set(['br', 'hr', 'img', 'wbr']);
const ATTRIBUTE = /\s*([^\s/>=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/y;

export class XmlSyntaxError extends Error {
  override readonly name = 'XmlSyntaxError';
}

/**
 * The document's root element. Comments, processing instructions and the DOCTYPE (with any
 * internal subset) are skipped; a close tag that matches an open ancestor closes everything up to
 * it and a stray one is ignored, as feed readers do; text outside the root is ignored.
 */
export function parseXml(source: string): XmlElement {
  const document: XmlElement = { name: '#document', attributes: {}, children: [] };
  const open: XmlElement[] = [document];
  let position = 0;
  const text = (value: string) => {
    const parent = open[open.length - 1] as XmlElement;
    if (parent !== document && value !== '') parent.children.push(value);
  };
  const skipPast = (marker: string, what: string) => {
    const end = source.indexOf(marker, position);
    if (end < 0) throw new XmlSyntaxError(`The XML has an unclosed ${what}`);
    position = end + marker.length;
  };

  while (position < source.length) {
    const lt = source.indexOf('<', position);
    if (lt < 0) {
      text(decodeXmlReferences(source.slice(position)));
      break;
    }
    if (lt > position) text(decodeXmlReferences(source.slice(position, lt)));
    position = lt;
    if (source.startsWith('<!--', position)) {
      skipPast('-->', 'comment');
    } else if (source.startsWith('<![CDATA[', position)) {
      const end = source.indexOf(']]>', position);
      if (end < 0) throw new XmlSyntaxError('The XML has an unclosed CDATA section');
      text(source.slice(position + 9, end));
      position = end + 3;
    } else if (source.startsWith('<?', position)) {
      skipPast('?>', 'processing instruction');
    } else if (source.startsWith('<!', position)) {
      skipDeclaration();
    } else if (source[position + 1] === '/') {
      const end = source.indexOf('>', position);
      if (end < 0) throw new XmlSyntaxError('The XML ends inside a close tag');
      const name = source.slice(position + 2, end).trim();
      position = end + 1;
      const index = open.findLastIndex((element) => element.name === name);
      if (index > 0) open.length = index;
    } else {
      readStartTag();
    }
  }
  const root = document.children.find((child): child is XmlElement => typeof child !== 'string');
  if (!root) throw new XmlSyntaxError('The XML has no root element');
  return root;

  // `<!DOCTYPE …[ … ]>` and other declarations, skipped whole without reading what they declare.
  function skipDeclaration(): void {
    let depth = 0;
    for (let i = position + 2; i < source.length; i++) {
      const char = source[i];
      if (char === '[') depth++;
      else if (char === ']') depth--;
      else if (char === '>' && depth <= 0) {
        position = i + 1;
        return;
      }
    }
    throw new XmlSyntaxError('The XML has an unclosed declaration');
  }

  function readStartTag(): void {
    NAME.lastIndex = position + 1;
    const name = NAME.exec(source)?.[0];
    if (!name) {
      // A lone "<" in text, as damaged feeds have: kept as text.
      text('<');
      position++;
      return;
    }
    const element: XmlElement = { name, attributes: {}, children: [] };
    position = NAME.lastIndex;
    for (;;) {
      ATTRIBUTE.lastIndex = position;
      const match = ATTRIBUTE.exec(source);
      if (!match) break;
      const [, attribute = '', double, single, bare] = match;
      element.attributes[attribute] = decodeXmlReferences(double ?? single ?? bare ?? '');
      position = ATTRIBUTE.lastIndex;
    }
    const end = source.indexOf('>', position);
    if (end < 0) throw new XmlSyntaxError(`The XML ends inside the <${name}> tag`);
    const selfClosing = source[end - 1] === '/' || VOID.has(name.toLowerCase());
    position = end + 1;
    const parent = open[open.length - 1] as XmlElement;
    parent.children.push(element);
    if (selfClosing) return;
    if (open.length > MAX_XML_DEPTH) {
      throw new XmlSyntaxError(`The XML nests deeper than ${MAX_XML_DEPTH} elements`);
    }
    open.push(element);
  }
}

/** The child elements named `name`, as written (`dc:creator`; `link` is not `atom:link`). */
export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter(
    (child): child is XmlElement => typeof child !== 'string' && child.name === name,
  );
}

/** The first child element named `name`, as written. */
export const childNamed = (element: XmlElement, name: string) => childrenNamed(element, name)[0];

/**
 * The element's text as written (nested markup, as in `<title>H<sub>2</sub>O</title>`, kept). Text
 * alone reads as it is (an RSS description is HTML escaped once: that HTML); beside elements it
 * is their text, escaped again, so an XHTML `&lt;i&gt;` stays those characters.
 */
export function innerXml(element: XmlElement | undefined): string | undefined {
  if (!element) return undefined;
  const { children } = element;
  return children.some((child) => typeof child !== 'string')
    ? serialize(children)
    : children.join('');
}

function serialize(nodes: XmlElement['children']): string {
  return nodes
    .map((node) =>
      typeof node === 'string'
        ? node.replaceAll('&', '&amp;').replaceAll('<', '&lt;')
        : `<${node.name}>${serialize(node.children)}</${node.name}>`,
    )
    .join('');
}

/** The text of the first child named one of `names`, in order of preference. */
export function textOf(element: XmlElement, ...names: string[]): string | undefined {
  for (const name of names) {
    const value = innerXml(childNamed(element, name))?.trim();
    if (value) return value;
  }
  return undefined;
}
