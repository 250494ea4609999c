// "Copy citation" checked by a real BibTeX parser (@retorquere/bibtex-parser, a dev dependency):
// what the card writes is what a reference manager reads.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse } from '@retorquere/bibtex-parser';
import { bibtexFor } from '../../dist/index.js';

const paper = (fields) => ({ id: 'p', authors: [], tags: [], links: {}, ...fields });

test('doi and url are written verbatim, as biblatex reads them', async () => {
  const entry = bibtexFor(
    paper({
      title: 'Chapter 13',
      published: '2019',
      venue: 'Lecture Notes',
      doi: '10.1007/978-3-030-12345-6_13',
      url: 'https://example.org/a_b%20c?x=1&y=2#frag',
    }),
  );
  const [parsed] = (await parse(entry)).entries;
  assert.equal(parsed.fields.doi, '10.1007/978-3-030-12345-6_13');
  assert.equal(parsed.fields.url, 'https://example.org/a_b%20c?x=1&y=2#frag');
});

test('names with particles, accents and organisations come back as written', async () => {
  const entry = bibtexFor(
    paper({
      title: 'Über Müller & Co: 100% of {braces} and x_1',
      published: '2024-05-07',
      authors: [
        { name: 'Ludwig van Beethoven' },
        { name: 'de la Fontaine, Jean' },
        { name: 'Lavínia Ďurianová' },
        { name: 'The ATLAS Collaboration' },
      ],
    }),
  );
  // The parser sentence-cases titles for Zotero by default; the characters are what is checked here.
  const [parsed] = (await parse(entry, { sentenceCase: false })).entries;
  assert.deepEqual(parsed.fields.author, [
    { firstName: 'Ludwig', prefix: 'van', lastName: 'Beethoven' },
    { lastName: 'Fontaine', firstName: 'Jean', prefix: 'de la' },
    { lastName: 'Ďurianová', firstName: 'Lavínia' },
    { name: 'The ATLAS Collaboration' },
  ]);
  assert.equal(parsed.fields.title, 'Über Müller & Co: 100% of {braces} and x_1');
  assert.equal(parsed.fields.year, '2024');
});
