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
