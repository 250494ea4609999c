// The first papers of a JSON feed still on its way: what a list shows before the rest arrives.

/** The characters that shape JSON; everything between them is skipped at once. */
const STRUCTURAL = /["{}[\]:]/g;

/** The index of the quote closing a string whose text starts at `from`, or -1 if not here yet. */
function stringEnd(text: string, from: number): number {
  for (let quote = text.indexOf('"', from); quote >= 0; quote = text.indexOf('"', quote + 1)) {
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === 0x5c) backslashes++;
    if (backslashes % 2 === 0) return quote;
  }
  return -1;
}

export interface ItemsPrefix {
  /** The text as far as the cut, closed: a root array, or a root object ending with its `items`. */
  json: unknown;
  /** Complete items it holds. */
  items: number;
  /** Where in the text it was cut. */
  end: number;
}

/**
 * The complete items at the start of a JSON feed's text, which may stop anywhere: the text cut
 * after its `wanted`-th item (or its last complete one, if fewer), closed and parsed. The items
 * are those of a root array (Hugging Face) or of a root object's `items` (JSON Feed), whose other
 * fields count only when written before `items`. Undefined while not one item is complete, once
 * the whole list is there (the feed itself is then about to be), or for any other shape.
 */
export function itemsPrefix(text: string, wanted: number): ItemsPrefix | undefined {
  const start = text.search(/\S/);
  const root = text[start];
  if (root !== '[' && root !== '{') return undefined;
  // Depth 1 is inside the root; the items are the values at `listDepth`.
  let listDepth = root === '[' ? 1 : -1;
  let depth = 0;
  let lastString = '';
  let key = '';
  let items = 0;
  let cut = -1;
  STRUCTURAL.lastIndex = start;
  for (let match = STRUCTURAL.exec(text); match; match = STRUCTURAL.exec(text)) {
    const at = match.index;
    switch (text[at]) {
      case '"': {
        const end = stringEnd(text, at + 1);
        if (end < 0) break;
        if (depth === 1) lastString = text.slice(at + 1, end);
        STRUCTURAL.lastIndex = end + 1;
        continue;
      }
      case ':':
        if (depth === 1) key = lastString;
        continue;
      case '{':
      case '[':
        depth++;
        if (depth === 2 && listDepth < 0 && key === 'items' && text[at] === '[') listDepth = 2;
        continue;
      default:
        depth--;
        if (depth < listDepth) return undefined;
        if (depth === listDepth) {
          items++;
          cut = at + 1;
          if (items < wanted) continue;
        } else continue;
    }
    break;
  }
  if (items === 0) return undefined;
  try {
    return {
      json: JSON.parse(`${text.slice(start, cut)}]${root === '{' ? '}' : ''}`),
      items,
      end: cut,
    };
  } catch {
    return undefined;
  }
}
