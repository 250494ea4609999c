const warned = new Set<string>();

/**
 * Registers a custom element unless the tag is taken. A second copy of Paperfeed on one page (the
 * CDN bundle beside an npm build, say) then warns once and the first definition stays, where a
 * bare `customElements.define` would throw and break the page.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) {
    customElements.define(tag, element);
    return;
  }
  if (existing !== element && !warned.has(tag)) {
    warned.add(tag);
    console.warn(
      `<${tag}> is already defined, probably by another copy of Paperfeed on this page; keeping the first definition.`,
    );
  }
}
