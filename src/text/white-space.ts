// What folding changes: a run of two or more white-space characters, or one that is not a space.
// Replacing every run (`/\s+/g`) also rewrote each single space between two words, which made
// folding the costliest step of reading an abstract (~4x slower on real ones).
const FOLDABLE_WHITE_SPACE = /\s{2,}|[^\S ]/g;

/** `text` with each run of white space, line breaks included, made one space. */
export const foldWhiteSpace = (text: string): string => text.replace(FOLDABLE_WHITE_SPACE, ' ');
