/** The custom state of an element defined but not rendered yet: `:state(unrendered)`. */
const UNRENDERED = 'unrendered';

function markUnrendered(states: CustomStateSet | undefined, unrendered: boolean): void {
  try {
    if (unrendered) states?.add(UNRENDERED);
    else states?.delete(UNRENDERED);
  } catch {
    // Engines before 2024 take only `--dashed` states: there the element's room goes with
    // `:not(:defined)`, and comes back with its first render.
  }
}

/** A slot for each name the host's children take, in the order they first come. */
function slotsForChildren(host: Element): HTMLSlotElement[] {
  const names: string[] = [];
  for (const child of host.childNodes) {
    if (child instanceof Element ? child.localName === 'script' : !child.textContent?.trim()) {
      continue;
    }
    const name = child instanceof Element ? child.slot : '';
    if (!names.includes(name)) names.push(name);
  }
  return names.map((name) => Object.assign(document.createElement('slot'), { name }));
}

/**
 * Makes a new element look, until its first render, as it did before it was defined: slots show
 * its own children in their order (a hand-written card's title and abstract), and
 * `:state(unrendered)` lets paperfeed-reserve.css keep holding its room. Returns what ends it,
 * for the first render to call.
 */
export function showUnrendered(
  host: Element,
  root: ParentNode,
  states: CustomStateSet | undefined,
): () => void {
  const slots = slotsForChildren(host);
  root.append(...slots);
  markUnrendered(states, true);
  return () => {
    for (const slot of slots) slot.remove();
    markUnrendered(states, false);
  };
}
