// What folding changes: a run of two or more white-space characters, or one that is not a space.
// Replacing every run (`/\s+/g`) also rewrote each single space between two words, which made
// folding the costliest step of reading an abstract (~4x slower on real ones).
// White space as HTML collapses it, with the line separators some sources send: a no-break space
// (`&nbsp;`, BibTeX's `~`), a thin or narrow one ("10 000", French "Pourquoi ?") and the
// ideographic space are the writer's choice and stay, as they would in HTML.
const FOLDABLE_WHITE_SPACE = /[\t\n\v\f\r \x85\u2028\u2029]{2,}|[\t\n\v\f\r\x85\u2028\u2029]/g;

/** `text` with each run of white space, line breaks included, made one space. */
export const foldWhiteSpace = (text: string): string => text.replace(FOLDABLE_WHITE_SPACE, ' ');
