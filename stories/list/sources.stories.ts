import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { STORY_REAL } from '../story-feeds.js';

// One story per source format, each reading a real file (test/fixtures/real/SOURCES.md) through
// `format="auto"`, as a site would point `src` at it.
const meta: Meta = {
  title: 'Sources/paperfeed-list',
  component: 'paperfeed-list',
};
export default meta;
type Story = StoryObj;

const source = (file: string, attributes = { 'group-by': 'year', sort: 'published' }) => ({
  render: () =>
    html`<paperfeed-list
      src=${STORY_REAL + file}
      group-by=${attributes['group-by']}
      sort=${attributes.sort}
      page-size="5"
    ></paperfeed-list>`,
});

/** A lab's `papers.bib` (al-folio): month macros, TeX accents, its own citations. */
export const BibTeX: Story = source('lab-papers.bib');

/** An al-folio file with `abbr`, `pdf`, `eprint` + `archivePrefix`. */
export const BibTeXAlFolio: Story = source('lab-papers-alfolio.bib');

/** OpenAlex `/works`: authorships, the abstract rebuilt from its index, topics. */
export const OpenAlex: Story = source('openalex-works.json');

/** Crossref `/works/{doi}`: a JATS abstract with its section titles. */
export const Crossref: Story = source('crossref-work.json');

/** Semantic Scholar author papers: years, DOIs from externalIds. */
export const SemanticScholar: Story = source('semantic-scholar-author-papers.json');

/** CSL-JSON from Zotero (Better BibTeX): rich text in titles. */
export const CslJson: Story = source('zotero-csljson.json');

/** The Zotero web API's JSON items: attachments and notes skipped. */
export const ZoteroApi: Story = source('zotero-items.json');

/** The arXiv API: primary category first, PDF links. */
export const ArxivApi: Story = source('arxiv-query.atom.xml', {
  'group-by': 'day',
  sort: 'published',
});

/** arXiv's listing RSS: every author out of one comma-separated creator. */
export const ArxivListingRss: Story = source('arxiv-listing.rss.xml', {
  'group-by': 'day',
  sort: 'published',
});

/** A journal's table of contents (Wiley, RSS 2.0 with PRISM): an abstract with italics. */
export const JournalRss: Story = source('rss-wiley.xml');

/** RSS 1.0 (Taylor & Francis): one dc:creator per author. */
export const JournalRss1: Story = source('rss-tandf.xml');

/** Atom (GitHub releases): relative links resolved. */
export const Atom: Story = source('atom-github-releases.xml', {
  'group-by': 'none',
  sort: 'published',
});
