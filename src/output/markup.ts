const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Text or an attribute value for XML and HTML: the five special characters escaped. */
export const escapeMarkup = (text: string) =>
  text
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/[&<>"']/g, (char) => XML_ESCAPES[char] ?? char);

/** `<name>text</name>`, or nothing when there is no text. */
export const element = (name: string, text: string | undefined, indent = '') =>
  text === undefined || text === '' ? '' : `${indent}<${name}>${escapeMarkup(text)}</${name}>\n`;
