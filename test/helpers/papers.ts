import type { Paper } from '../../src/index.js';

/** A minimal normalized paper with `fields` on top, for tests that build feeds by hand. */
export const paper = (id: string, fields: Partial<Paper> = {}): Paper => ({
  id,
  title: id,
  authors: [],
  tags: [],
  links: {},
  ...fields,
});

/**
 * An abstract of 170 characters: by its length (90 a line) it fits two lines, so a card guesses
 * it needs no "Show more"; in a card 200 px wide or less it takes more, which only measuring finds.
 */
export const NARROW_ABSTRACT = 'Normalizing each layer makes training stable. '
  .repeat(4)
  .slice(0, 170);
