const warned = new Set<string>();
let defining = false;

/**
 * Whether an element made now is one its definition upgrades: it was in the page before its
 * script, which the task defining it has just compiled and run.
 */
export const upgradedByDefinition = () => defining;

/**
 * Registers a custom element unless the tag is taken. A second copy of Paperfeed on one page (the
 * CDN bundle beside an npm build, say) then warns once and the first definition stays, where a
 * bare `customElements.define` would throw and break the page.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) {
    defining = true;
    try {
      customElements.define(tag, element);
    } finally {
      defining = false;
    }
    return;
  }
  if (existing !== element && !warned.has(tag)) {
    warned.add(tag);
    console.warn(
      `<${tag}> is already defined, probably by another copy of Paperfeed on this page; keeping the first definition.`,
    );
  }
}
