import { latexToHtml } from '../syntax/latex.js';

// Shared by the XML feeds (part of their chunk): imports nothing from the main bundle.

/**
 * The white space a name's writer did not choose: line breaks and runs of spaces. A no-break or
 * thin space (`Jean&#160;Dupont`) stays, as HTML keeps it (the main bundle's `foldWhiteSpace`).
 */
const FOLDABLE_WHITE_SPACE = /[\t\n\v\f\r \x85\u2028\u2029]+/g;

/** A name as feeds write it; TeX accents (`R\"as\"anen`), as arXiv listings carry, decoded. */
export const feedName = (name: string) => (name.includes('\\') ? latexToHtml(name) : name);

/**
 * The authors of one item from its creator fields: repeated, or all in one field separated by
 * commas, semicolons, "and" or ", and" (arXiv listings, Wiley). One "Last, First" stays one name:
 * a list is split only when every part is a whole name of two words or more.
 */
export function creatorNames(values: readonly string[]): string[] {
  const names: string[] = [];
  for (const value of values) {
    const text = value.replace(FOLDABLE_WHITE_SPACE, ' ').trim();
    const parts = text
      .split(/\s*[,;]\s*(?:and\s+)?|\s+and\s+/)
      .map((part) => part.trim())
      .filter((part) => part !== '');
    const aList = parts.length > 1 && parts.every((part) => /[\s.]/.test(part));
    names.push(...(aList ? parts : text ? [text] : []));
  }
  return names.map(feedName);
}
