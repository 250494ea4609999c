// Files other people published (test/fixtures/real/SOURCES.md), each item compared with the raw
// file itself: what a reader of that source would expect to see.
import { expect } from '@open-wc/testing';
import { loadFullEntityTable, parseFeed, type Feed, type Paper } from '../../src/index.js';
import { readFixture } from '../helpers/fixtures.js';

type Raw = Record<string, unknown> & { [key: string]: any }; // eslint-disable-line @typescript-eslint/no-explicit-any

const fold = (text: string) => text.replace(/\s+/g, ' ').trim();
const TAG = /<\/?[A-Za-z][\w:.-]*(?:\s[^<>]*)?\/?>/;
const REFERENCE = /&(?:[A-Za-z][A-Za-z0-9]*|#\d+|#x[0-9a-f]+);/i;

/** Every text a reader may see, and every link, of every paper. */
function textsOf(paper: Paper): string[] {
  return [
    paper.title,
    paper.summary ?? '',
    paper.venue ?? '',
    ...paper.authors.map((author) => author.name),
    ...paper.tags,
  ];
}

function linksOf(paper: Paper): string[] {
  const { code, ...links } = paper.links;
  return [paper.url, paper.thumbnail, code?.url, ...Object.values(links)].filter(
    (url): url is string => url !== undefined,
  );
}

/** No tag and no undecoded reference reaches a reader; every link is absolute http(s). */
function expectClean(feed: Feed): void {
  for (const paper of feed.papers) {
    for (const text of textsOf(paper)) {
      expect(text, paper.id).not.to.match(TAG);
      expect(text, paper.id).not.to.match(REFERENCE);
      expect(text).to.equal(text.normalize('NFC'));
    }
    for (const url of linksOf(paper)) expect(url).to.match(/^https?:\/\/[^/]/);
  }
}

let MAPPINGS: Record<string, string>;

before(async () => {
  await loadFullEntityTable();
  MAPPINGS = (await readFixture('real-mappings.json')) as Record<string, string>;
});

describe('real JSON Feeds, five generators', () => {
  it('Jekyll: object authors, offsets, content_html preferred to the run-together content_text', async () => {
    const raw = (await readFixture('real/json-feed-jekyll.json')) as Raw;
    const feed = parseFeed(raw);
    expect(feed.papers).to.have.length(raw.items.length);
    feed.papers.forEach((paper, i) => {
      const item = raw.items[i];
      expect(paper.title).to.equal(item.title);
      expect(paper.authors.map((a) => a.name)).to.deep.equal([item.author.name]);
      expect(paper.published).to.equal(item.date_published);
      expect(paper.url).to.equal(item.url);
    });
    // strip_html ran "CC0 1.0." into "The code"; content_html keeps them apart.
    expect(feed.papers[0]!.summary!.split('\n').slice(0, 2)).to.deep.equal([
      '"Toronto skyline." by Bernard Spragg is marked under CC0 1.0.',
      'The code for this page is:',
    ]);
    // An escaped tag in the post is text the reader should see, decoded once.
    expect(feed.papers[1]!.summary).to.contain('#include <iostream>');
    expect(feed.warnings).to.deep.equal([]);
  });

  it('a Python script: hard line breaks in titles folded, dates without offset read as UTC', async () => {
    const raw = (await readFixture('real/json-feed-python.json')) as Raw;
    const feed = parseFeed(raw);
    expectClean(feed);
    expect(feed.papers.map((p) => p.title)).to.deep.equal(
      raw.items.map((item: Raw) => fold(item.title)),
    );
    expect(feed.papers[0]!.title).to.equal(
      'Revisiting Reinforcement Learning for LLM Reasoning from A Cross-Domain Perspective',
    );
    expect(feed.papers.map((p) => p.published)).to.deep.equal(
      raw.items.map((item: Raw) => `${item.date_published}Z`),
    );
    // `"image": ""` is no image, not a warning; no author is given, none is invented.
    expect(feed.papers.every((p) => p.thumbnail === undefined && p.authors.length === 0)).to.equal(
      true,
    );
  });

  it('Hugo: relative links resolved against the feed, broken dates dropped with a warning', async () => {
    const raw = (await readFixture('real/json-feed-hugo.json')) as Raw;
    const feed = parseFeed(raw, { baseUrl: 'https://strad.example.org/feed.json' });
    expectClean(feed);
    expect(feed.papers.map((p) => p.title)).to.deep.equal(raw.items.map((item: Raw) => item.title));
    expect(feed.papers[2]!.title).to.equal('Présentation du projet');
    expect(feed.papers[0]!.url).to.equal('https://strad.example.org/conception-site/');
    expect(feed.papers[0]!.authors).to.deep.equal([
      { name: 'Antoine Fauchié', url: 'https://ecrinum.gitpages.huma-num.fr/demarreur/' },
    ]);
    expect(feed.papers.every((p) => p.published === undefined)).to.equal(true);
    expect(feed.warnings).to.deep.equal(
      raw.items.map(
        (_: unknown, i: number) =>
          `items[${i}] has an unreadable publication date ("23096-23-09T90:2323:00+00:00"); left out`,
      ),
    );
    // Paragraphs of content_html stay paragraphs; its links' text stays.
    expect(feed.papers[0]!.summary!.split('\n')).to.have.length(3);
    expect(feed.papers[0]!.summary).to.contain('générateur de site statique Hugo et');
  });

  it('Micro.blog: untitled posts are skipped, each named in the warnings', async () => {
    const raw = (await readFixture('real/json-feed-microblog.json')) as Raw;
    const feed = parseFeed(raw);
    expect(feed.papers).to.have.length(0);
    expect(feed.warnings).to.deep.equal(
      raw.items.map((_: unknown, i: number) => `items[${i}] has no title; skipped`),
    );
  });

  it('Next.js: only date_modified is given, and it is the date shown', async () => {
    const raw = (await readFixture('real/json-feed-nextjs.json')) as Raw;
    const feed = parseFeed(raw);
    expectClean(feed);
    feed.papers.forEach((paper, i) => {
      expect(paper.title).to.equal(raw.items[i].title);
      expect(paper.published).to.equal(raw.items[i].date_modified);
      expect(paper.authors.map((a) => a.name)).to.deep.equal([raw.items[i].author.name]);
      expect(paper.summary).to.equal(raw.items[i].summary);
      expect(paper.tags).to.deep.equal(raw.items[i].tags);
    });
  });
});

describe('real Hugging Face answers', () => {
  it('/api/daily_papers: every entry, titles folded, featured and published days, authors in order', async () => {
    const raw = (await readFixture('real/hf-daily-papers.json')) as Raw[];
    const feed = parseFeed(raw);
    expectClean(feed);
    expect(feed.papers).to.have.length(raw.length);
    feed.papers.forEach((paper, i) => {
      const entry = raw[i]!;
      expect(paper.title).to.equal(fold(entry.title));
      expect(paper.id).to.equal(entry.paper.id);
      expect(paper.url).to.equal(`https://huggingface.co/papers/${entry.paper.id}`);
      expect(paper.published).to.equal(entry.paper.publishedAt);
      expect(paper.featured).to.equal(entry.publishedAt);
      expect(paper.authors.map((a) => a.name)).to.deep.equal(
        entry.paper.authors.map((a: Raw) => a.name),
      );
      expect(paper.upvotes).to.equal(entry.paper.upvotes);
      expect(paper.summary).to.equal(fold(entry.paper.summary));
    });
  });
});

describe('real scholarly API answers, through the mapped format', () => {
  it('Crossref /works/{doi}: one work, names from given + family, JATS abstract, month precision', async () => {
    const raw = (await readFixture('real/crossref-work.json')) as Raw;
    const feed = parseFeed(raw, {
      format: 'mapped',
      mapping: MAPPINGS['crossref-work.json'],
    });
    expectClean(feed);
    const [paper] = feed.papers;
    const work = raw.message;
    expect(feed.papers).to.have.length(1);
    expect(paper!.title).to.equal(work.title[0]);
    expect(paper!.published).to.equal('2007-12');
    expect(paper!.venue).to.equal('Journal of Neurosurgery: Spine');
    expect(paper!.authors.map((a) => a.name)).to.deep.equal(
      work.author.map((a: Raw) => `${a.given} ${a.family}`),
    );
    expect(paper!.doi).to.equal('10.3171/spi-07/12/601');
    expect(paper!.links.doi).to.equal('https://doi.org/10.3171/spi-07/12/601');
    const paragraphs = paper!.summary!.split('\n');
    // Section titles are their own (bold) paragraphs; "p &lt; 0.001" is "p < 0.001".
    expect(paragraphs.filter((_, i) => i % 2 === 0)).to.deep.equal([
      'Object',
      'Methods',
      'Results',
      'Conclusions',
    ]);
    expect(paragraphs[5]).to.contain('(8:1 compared with 3:1, p < 0.001)');
    expect(paper!.summaryRuns![0]).to.deep.equal([{ text: 'Object', bold: true }]);
  });

  it('OpenAlex /works: the list, with a null DOI and a repository venue', async () => {
    const raw = (await readFixture('real/openalex-works.json')) as Raw;
    const feed = parseFeed(raw, {
      format: 'mapped',
      mapping: MAPPINGS['openalex-works.json'],
    });
    expectClean(feed);
    expect(feed.papers).to.have.length(raw.results.length);
    const [paper] = feed.papers;
    const work = raw.results[0];
    expect(paper).to.deep.include({
      title: work.display_name,
      published: work.publication_date,
      url: work.primary_location.landing_page_url,
      venue: work.primary_location.source.display_name,
    });
    expect(paper).not.to.have.property('doi');
    expect(paper!.authors.map((a) => a.name)).to.deep.equal(['Fernando Muro']);
  });

  it('Semantic Scholar author papers: a year where no date is given, DOIs from externalIds', async () => {
    const raw = (await readFixture('real/semantic-scholar-author-papers.json')) as Raw;
    const feed = parseFeed(raw, {
      format: 'mapped',
      mapping: MAPPINGS['semantic-scholar-author-papers.json'],
    });
    expectClean(feed);
    expect(feed.papers).to.have.length(raw.papers.length);
    feed.papers.forEach((paper, i) => {
      const source = raw.papers[i];
      expect(paper.title).to.equal(source.title);
      expect(paper.published).to.equal(source.publicationDate ?? String(source.year));
      expect(paper.authors.map((a) => a.name)).to.deep.equal(
        source.authors.map((a: Raw) => a.name),
      );
      expect(paper.doi).to.equal(source.externalIds.DOI);
      expect(paper.venue).to.equal(source.venue || undefined);
    });
    expect(feed.papers[0]!.summary).to.contain('artiﬁcial intelligence');
  });

  it('Zotero items: persons and institutions in one list, Zotero dates, skipped parts named', async () => {
    const raw = (await readFixture('real/zotero-items.json')) as Raw[];
    const feed = parseFeed(raw, {
      format: 'mapped',
      mapping: MAPPINGS['zotero-items.json'],
    });
    expectClean(feed);
    expect(feed.papers).to.have.length(raw.length);
    feed.papers.forEach((paper, i) => {
      const item = raw[i]!;
      expect(paper.title).to.equal(fold(item.data.title));
      expect(paper.authors.map((a) => a.name)).to.deep.equal(
        item.data.creators.map((c: Raw) => c.name ?? fold(`${c.firstName} ${c.lastName}`)),
      );
    });
    const byTitle = (start: string) => feed.papers.find((p) => p.title.startsWith(start))!;
    expect(byTitle('Sherlock Holmes in Babylon').published).to.equal('1980-05-01');
    expect(byTitle('Sherlock Holmes in Babylon').authors).to.deep.equal([
      { name: 'R. Creighton Buck' },
    ]);
    expect(byTitle('The Annotated Sherlock').published).to.equal('1992');
    expect(byTitle('Biscrolling Nanotube').authors[0]!.name).to.equal('Márcio D. Lima');
    expect(byTitle('Cell Activation and Apoptosis').authors.at(-1)!.name).to.equal(
      'International Symposium on Cellular Approaches to the Control of HIV Disease',
    );
    // "1993-00-08" says no month: the year is what is known.
    expect(byTitle('Cell recognition during').published).to.equal('1993');
  });

  it('CSL-JSON (a Pandoc bibliography): given + family names, date-parts at their precision', async () => {
    const raw = (await readFixture('real/csl-json-pandoc.json')) as Raw[];
    const feed = parseFeed(raw, {
      format: 'mapped',
      mapping: MAPPINGS['csl-json-pandoc.json'],
    });
    expectClean(feed);
    expect(feed.papers.map((p) => p.published)).to.deep.equal([
      undefined,
      '2011-04',
      '2014',
      '2015-09-25',
    ]);
    feed.papers.forEach((paper, i) => {
      expect(paper.title).to.equal(raw[i]!.title);
      expect(paper.authors.map((a) => a.name)).to.deep.equal(
        raw[i]!.author.map((a: Raw) => `${a.given} ${a.family}`),
      );
      expect(paper.doi).to.equal(raw[i]!.DOI);
    });
  });
});
