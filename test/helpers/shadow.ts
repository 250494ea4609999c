// Queries into an element's shadow root. Assertions compare counts and strings, never elements:
// chai's failure message for a custom element with a shadow root can hang the page.

export const shadowQuery = (host: Element, selector: string) =>
  host.shadowRoot!.querySelector(selector);

export const shadowQueryAll = (host: Element, selector: string) => [
  ...host.shadowRoot!.querySelectorAll(selector),
];

/** How many elements match `selector` in the shadow root. */
export const countIn = (host: Element, selector: string) =>
  host.shadowRoot!.querySelectorAll(selector).length;

/** The text of the first match, white space folded. */
export const textIn = (host: Element, selector: string) =>
  (host.shadowRoot!.querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();
