function isLocale(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length > 0;
  } catch {
    return false;
  }
}

/** The `lang` of the nearest element that has a valid one, through shadow roots to their hosts. */
function nearestLang(element: Element): string | undefined {
  const value = element.getAttribute('lang');
  if (value && isLocale(value)) return value;
  const parent = element.parentElement;
  if (parent) return nearestLang(parent);
  // On a server (Lit SSR) there is no tree to walk up: the element's own lang is all there is.
  const root = element.getRootNode?.();
  return typeof ShadowRoot !== 'undefined' && root instanceof ShadowRoot
    ? nearestLang(root.host)
    : undefined;
}

/**
 * The language `element` shows its text in: the nearest valid `lang`, looking through shadow
 * roots to their hosts, else the browser's, else English.
 */
export const elementLocale = (element: Element): string =>
  nearestLang(element) ?? globalThis.navigator?.language ?? 'en';
