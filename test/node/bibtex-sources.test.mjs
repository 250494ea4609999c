// Real lab .bib files read by Paperfeed's light reader (the BibTeX chunk) and by
// @retorquere/bibtex-parser, the thorough one (a dev dependency): entry by entry, the same keys,
// titles, names and years.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parse } from '@retorquere/bibtex-parser';
import { parseFeedText } from '../../dist/index.js';

const FILES = [
  'lab-papers.bib',
  'lab-papers-alfolio.bib',
  'papers-alfolio.bib',
  'crossref-entries.bib',
];

// The oracle keeps markup from \emph (as <i>); it also prints a text-mode ">" as "¿", as TeX's
// OT1 fonts would, where the author meant ">".
const plain = (text) =>
  text
    .replace(/¿/g, '>')
    .replace(/¡/g, '<')
    .replace(/<\/?[a-z]+[^>]*>/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .normalize('NFC');
const name = (person) =>
  person.name ??
  [person.firstName, person.prefix, person.lastName, person.suffix && `, ${person.suffix}`]
    .filter(Boolean)
    .join(' ')
    .replace(' , ', ', ')
    .normalize('NFC');

for (const file of FILES) {
  test(`${file}: every entry as the thorough parser reads it`, async () => {
    const text = readFileSync(new URL(`../fixtures/real/${file}`, import.meta.url), 'utf8');
    const oracle = await parse(text, { sentenceCase: false });
    const feed = await parseFeedText(text);
    // Entries without a title are papers to neither reader; a repeated key is kept once.
    const keys = new Set();
    const entries = oracle.entries.filter(
      (entry) => entry.fields.title && !keys.has(entry.key) && keys.add(entry.key),
    );
    assert.equal(feed.papers.length, entries.length);
    entries.forEach((entry, i) => {
      const paper = feed.papers[i];
      assert.equal(paper.id.replace(/-\d+$/, ''), entry.key);
      assert.equal(paper.title, plain(entry.fields.title), entry.key);
      const people = entry.fields.author ?? entry.fields.editor ?? [];
      assert.deepEqual(
        paper.authors.map((author) => author.name),
        people.filter((person) => name(person) !== 'others').map(name),
        entry.key,
      );
      assert.equal(paper.published?.slice(0, 4), entry.fields.year, entry.key);
    });
  });
}
