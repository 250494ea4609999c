// The sources labs keep, each read by its named format from files other people published
// (test/fixtures/real/SOURCES.md), item by item against the raw file. XML is checked against the
// browser's own XML parser, an oracle independent of Paperfeed's.
import { expect } from '@open-wc/testing';
import { loadFullEntityTable, parseFeed, parseFeedText, type Feed } from '../../src/index.js';
import { readFixture, readFixtureText } from '../helpers/fixtures.js';

type Raw = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const fold = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const names = (feed: Feed, index: number) => feed.papers[index]!.authors.map((a) => a.name);
const BASE = 'https://example.org/source';

before(() => loadFullEntityTable());

describe('format="auto" recognises every real source by its content', () => {
  const expected: [string, string][] = [
    ['json-feed-jekyll.json', 'json-feed'],
    ['hf-daily-papers.json', 'hugging-face'],
    ['openalex-works.json', 'openalex'],
    ['openalex-work.json', 'openalex'],
    ['crossref-work.json', 'crossref'],
    ['crossref-works-list.json', 'crossref'],
    ['semantic-scholar-author-papers.json', 'semantic-scholar'],
    ['semantic-scholar-papers.json', 'semantic-scholar'],
    ['semantic-scholar-batch.json', 'semantic-scholar'],
    ['csl-json-pandoc.json', 'csl-json'],
    ['zotero-csljson.json', 'csl-json'],
    ['zotero-items.json', 'csl-json'],
    ['zotero-item.json', 'csl-json'],
    ['papers-alfolio.bib', 'bibtex'],
    ['lab-papers.bib', 'bibtex'],
    ['lab-papers-alfolio.bib', 'bibtex'],
    ['crossref-entries.bib', 'bibtex'],
    ['arxiv-query.atom.xml', 'arxiv'],
    ['arxiv-listing.rss.xml', 'rss'],
    ['rss-wiley.xml', 'rss'],
    ['rss-tandf.xml', 'rss'],
    ['atom-github-releases.xml', 'atom'],
  ];
  for (const [file, format] of expected) {
    it(`${file} is ${format}`, async () => {
      const feed = await parseFeedText(await readFixtureText(`real/${file}`), { baseUrl: BASE });
      expect(feed.format).to.equal(format);
      expect(feed.papers.length).to.be.greaterThan(0);
    });
  }

  it('a CSL-JSON list is not read as Hugging Face papers, and no huggingface.co link is invented', async () => {
    const feed = parseFeed(await readFixture('real/csl-json-pandoc.json'));
    expect(feed.format).to.equal('csl-json');
    expect(feed.papers[0]!.authors.map((a) => a.name)).to.deep.equal([
      'Haiyang Jin',
      'M. Oxner',
      'P. Corballis',
      'W. G. Hayward',
    ]);
    expect(JSON.stringify(feed)).not.to.contain('huggingface.co');
  });

  it('JSON it cannot place is an error that names the keys it saw', async () => {
    const error = await parseFeedText('{"results": [{"name": "x"}], "meta": {}}').catch((e) => e);
    expect(error.kind).to.equal('format');
    expect(error.message).to.contain('"results", "meta"');
    expect(error.message).to.contain('no list of papers');
  });

  it('an HTML page is named as one, with a question for the site owner', async () => {
    const error = await parseFeedText(
      '<!DOCTYPE html><html><head><title>Lab</title></head></html>',
    ).catch((e) => e);
    expect(error.kind).to.equal('not-json');
    expect(error.message).to.contain('HTML page');
    expect(error.message).to.contain('is the URL right?');
  });

  it('XML that is not a feed says what its root was', async () => {
    const error = await parseFeedText(
      '<?xml version="1.0"?><OAI-PMH><ListRecords/></OAI-PMH>',
    ).catch((e) => e);
    expect(error.kind).to.equal('format');
    expect(error.message).to.contain('<OAI-PMH>');
  });

  it('a source that answers with no papers is an empty feed, not an error', async () => {
    expect((await parseFeedText('{"meta": {"count": 0}, "results": []}')).papers).to.deep.equal([]);
    expect(
      (await parseFeedText('<rss version="2.0"><channel><title>t</title></channel></rss>')).papers,
    ).to.deep.equal([]);
    expect((await parseFeedText('% nothing yet\n@comment{empty}')).papers).to.deep.equal([]);
  });

  it('a named format that does not fit the content says so', async () => {
    const xml = await readFixtureText('real/rss-wiley.xml');
    const error = await parseFeedText(xml, { format: 'atom' }).catch((e) => e);
    expect(error.message).to.contain('an RSS feed');
    const json = await parseFeedText(xml, { format: 'openalex' }).catch((e) => e);
    expect(json.kind).to.equal('not-json');
  });
});

describe('OpenAlex', () => {
  it('/works: authors in order, the abstract rebuilt word by word, topics, citations, arXiv from a location', async () => {
    const raw = (await readFixture('real/openalex-works.json')) as Raw;
    const feed = parseFeed(raw, { baseUrl: 'https://api.openalex.org/works?cursor=*' });
    const work = raw.results[0];
    const paper = feed.papers[0]!;
    expect(paper.title).to.equal(work.title);
    expect(names(feed, 0)).to.deep.equal(work.authorships.map((a: Raw) => a.author.display_name));
    expect(paper.authors[0]!.url).to.equal(work.authorships[0].author.orcid);
    expect(paper.published).to.equal(work.publication_date);
    expect(paper.venue).to.equal(work.primary_location.source.display_name);
    expect(paper.citations).to.equal(work.cited_by_count);
    expect(paper.tags).to.deep.equal(work.topics.map((t: Raw) => t.display_name));
    const positions = Object.values(
      work.abstract_inverted_index as Record<string, number[]>,
    ).flat();
    expect(paper.summary!.split(' ')).to.have.length(positions.length);
    expect(paper.summary!.startsWith('We endow categories of nonsymmetric operads')).to.equal(true);
    // Its CiteSeerX location names the arXiv PDF it came from.
    expect(paper.arxivId).to.equal('1304.6641');
    expect(feed.nextUrl).to.equal(undefined); // meta.next_cursor is null: the last page
  });

  it('one work (/works/doi:…): DOI from its URL form, entities in sources decoded, no invented arXiv id', async () => {
    const raw = (await readFixture('real/openalex-work.json')) as Raw;
    const paper = parseFeed(raw).papers[0]!;
    expect(paper.doi).to.equal('10.1016/j.matdes.2024.112730');
    expect(paper.links.doi).to.equal('https://doi.org/10.1016/j.matdes.2024.112730');
    expect(paper.authors).to.have.length(raw.authorships.length);
    expect(paper.arxivId).to.equal(undefined);
    expect(paper.summary).to.contain('°C.');
  });

  it('a next_cursor becomes the next page on the same query', () => {
    const feed = parseFeed(
      {
        meta: {
          count: 65,
          next_cursor: 'IlsxNjA5MzcyODAwMDAwLCAnaHR0cHM6Ly9vcGVuYWxleC5vcmcvVzI0ODg0OTkyNzUnXSI=',
        },
        results: [],
      },
      {
        baseUrl: 'https://api.openalex.org/works?filter=author.orcid:0000-0002-1825-0097&cursor=*',
      },
    );
    const next = new URL(feed.nextUrl!);
    expect(next.searchParams.get('filter')).to.equal('author.orcid:0000-0002-1825-0097');
    expect(next.searchParams.get('cursor')).to.equal(
      'IlsxNjA5MzcyODAwMDAwLCAnaHR0cHM6Ly9vcGVuYWxleC5vcmcvVzI0ODg0OTkyNzUnXSI=',
    );
  });

  it('basic paging (`page`, for keyless clients) goes on while `count` says more remain', () => {
    const base =
      'https://api.openalex.org/works?filter=author.orcid:0000-0002-1825-0097&page=1&per_page=25';
    const page = (n: number) =>
      parseFeed(
        { meta: { count: 60, page: n, per_page: 25, next_cursor: null }, results: [] },
        { baseUrl: base },
      );
    expect(new URL(page(1).nextUrl!).searchParams.get('page')).to.equal('2');
    expect(new URL(page(2).nextUrl!).searchParams.get('page')).to.equal('3');
    expect(page(3).nextUrl).to.equal(undefined);
  });
});

describe('Crossref', () => {
  it('/works/{doi}: given + family names, month precision, JATS sections, citations', async () => {
    const raw = (await readFixture('real/crossref-work.json')) as Raw;
    const feed = parseFeed(raw);
    const work = raw.message;
    expect(feed.papers[0]!.title).to.equal(work.title[0]);
    expect(names(feed, 0)).to.deep.equal(work.author.map((a: Raw) => `${a.given} ${a.family}`));
    expect(feed.papers[0]!.published).to.equal('2007-12');
    expect(feed.papers[0]!.venue).to.equal(work['container-title'][0]);
    expect(feed.papers[0]!.citations).to.equal(work['is-referenced-by-count']);
    expect(feed.papers[0]!.summary!.split('\n')[0]).to.equal('Object');
    expect(feed.papers[0]!.summary).not.to.contain('<jats');
  });

  it('/works lists: every item, year precision, no author invented for a video record', async () => {
    const raw = (await readFixture('real/crossref-works-list.json')) as Raw;
    const feed = parseFeed(raw);
    expect(feed.papers.map((p) => p.doi)).to.deep.equal(raw.message.items.map((i: Raw) => i.DOI));
    raw.message.items.forEach((item: Raw, i: number) => {
      expect(feed.papers[i]!.title).to.equal(item.title[0]);
      expect(names(feed, i)).to.deep.equal(
        (item.author ?? []).map((a: Raw) => a.name ?? `${a.given} ${a.family}`),
      );
    });
  });

  it('follows a title with its subtitle, which Crossref keeps apart', () => {
    const titleOf = (work: Raw) =>
      parseFeed({ 'message-type': 'work', message: work }).papers[0]!.title;
    const doi = '10.1145/2786451.2786465';
    expect(
      titleOf({
        DOI: doi,
        title: ['RoboCode-Ethicists'],
        subtitle: ['Privacy-friendly robots, an ethical responsibility of engineers?'],
      }),
    ).to.equal(
      'RoboCode-Ethicists: Privacy-friendly robots, an ethical responsibility of engineers?',
    );
    expect(titleOf({ DOI: doi, title: ['Is it ethical?'], subtitle: ['A survey'] })).to.equal(
      'Is it ethical? A survey',
    );
    expect(titleOf({ DOI: doi, title: ['RoboCode-Ethicists'], subtitle: [] })).to.equal(
      'RoboCode-Ethicists',
    );
    expect(titleOf({ DOI: doi, title: ['RoboCode-Ethicists'], subtitle: [' '] })).to.equal(
      'RoboCode-Ethicists',
    );
  });

  it('next-cursor pages on while a page has items', () => {
    const page = (items: unknown[]) => ({
      'message-type': 'work-list',
      message: { items, 'next-cursor': 'DnF1ZXJ5' },
    });
    const base = 'https://api.crossref.org/works?filter=orcid:0000-0002-1825-0097&cursor=*';
    const item = { DOI: '10.1/x', title: ['X'] };
    expect(
      new URL(parseFeed(page([item]), { baseUrl: base }).nextUrl!).searchParams.get('cursor'),
    ).to.equal('DnF1ZXJ5');
    expect(parseFeed(page([]), { baseUrl: base }).nextUrl).to.equal(undefined);
  });
});

describe('Semantic Scholar', () => {
  it('author papers: year when no date, DOI and arXiv from externalIds, citations', async () => {
    const raw = (await readFixture('real/semantic-scholar-author-papers.json')) as Raw;
    const feed = parseFeed(raw);
    expect(feed.papers).to.have.length(raw.papers.length);
    raw.papers.forEach((paper: Raw, i: number) => {
      expect(feed.papers[i]!.id).to.equal(paper.paperId);
      expect(feed.papers[i]!.title).to.equal(paper.title);
      expect(names(feed, i)).to.deep.equal(paper.authors.map((a: Raw) => a.name));
      expect(feed.papers[i]!.published).to.equal(
        paper.publicationDate ?? (paper.year ? String(paper.year) : undefined),
      );
      expect(feed.papers[i]!.doi).to.equal(paper.externalIds.DOI);
      expect(feed.papers[i]!.citations).to.equal(paper.citationCount);
    });
  });

  it('/references: papers unwrapped from citedPaper, `next` becomes the offset of the next page', async () => {
    const raw = (await readFixture('real/semantic-scholar-papers.json')) as Raw;
    const base =
      'https://api.semanticscholar.org/graph/v1/paper/DOI:10.1016/j.matdes.2024.112730/references?fields=title&limit=5&offset=0';
    const feed = parseFeed(raw, { baseUrl: base });
    expect(feed.papers.map((p) => p.title)).to.deep.equal(
      raw.data.map((d: Raw) => d.citedPaper.title),
    );
    expect(new URL(feed.nextUrl!).searchParams.get('offset')).to.equal('5');
    expect(new URL(feed.nextUrl!).searchParams.get('limit')).to.equal('5');
  });

  it('a batch: the null for an unknown id is skipped and named; an empty PDF URL is left out', async () => {
    const raw = (await readFixture('real/semantic-scholar-batch.json')) as Raw[];
    const feed = parseFeed(raw);
    expect(feed.papers).to.have.length(raw.filter(Boolean).length);
    expect(feed.warnings).to.deep.equal([
      'paper 6 is not a paper (the API gives null for an unknown id); skipped',
    ]);
    raw.filter(Boolean).forEach((paper, i) => {
      expect(feed.papers[i]!.venue).to.equal(paper.venue || undefined);
      expect(feed.papers[i]!.links.pdf).to.equal(paper.openAccessPdf?.url || undefined);
    });
  });
});

describe('CSL-JSON and Zotero', () => {
  it('a Better BibTeX export: CSL rich text kept as italics and bold, a date range read from its start', async () => {
    const raw = (await readFixture('real/zotero-csljson.json')) as Raw[];
    const feed = parseFeed(raw);
    expect(feed.papers[0]!.title).to.equal(
      'The physical volcanology of the 1600 eruption of Huaynaputina, southern Peru',
    );
    expect(feed.papers[0]!.titleRuns!.find((run) => run.bold)?.text).to.equal('Huaynaputina');
    expect(feed.papers[0]!.published).to.equal('2014-12-31');
    expect(feed.papers[1]!.titleRuns!.find((run) => run.italic)?.text).to.equal('Prouerbia');
    raw.forEach((item, i) => {
      const people = item.author ?? item.editor;
      expect(names(feed, i)).to.deep.equal(
        people.map((a: Raw) => [a.given, a.family].filter(Boolean).join(' ')),
      );
    });
  });

  it('the Zotero web API items: attachments and notes skipped and named, parsed dates, tags', async () => {
    const raw = (await readFixture('real/zotero-items.json')) as Raw[];
    const feed = parseFeed(raw);
    const papers = raw.filter(
      (item) => !['attachment', 'note', 'annotation'].includes(item.data.itemType),
    );
    expect(feed.papers.map((p) => p.id)).to.deep.equal(papers.map((item) => item.key));
    expect(feed.warnings).to.have.length(raw.length - papers.length);
    papers.forEach((item, i) => {
      expect(feed.papers[i]!.title).to.equal(fold(item.data.title));
      expect(feed.papers[i]!.tags).to.deep.equal(item.data.tags.map((t: Raw) => t.tag));
      // Zotero writes an unknown month or day as 00: "1993-00-08" is known to the year.
      const known = item.meta.parsedDate?.replace(/-00.*$/, '');
      if (known) expect(feed.papers[i]!.published).to.equal(known);
    });
  });
});

describe('arXiv, RSS and Atom (checked against the browser XML parser)', () => {
  const xml = async (file: string) => {
    const text = await readFixtureText(`real/${file}`);
    return { text, doc: new DOMParser().parseFromString(text, 'application/xml') };
  };
  const NS = { dc: 'http://purl.org/dc/elements/1.1/', atom: 'http://www.w3.org/2005/Atom' };

  it('the arXiv API: authors, primary category first, the listed version PDF, opensearch paging', async () => {
    const { text, doc } = await xml('arxiv-query.atom.xml');
    const base = 'https://export.arxiv.org/api/query?search_query=all:BIPV&start=0&max_results=3';
    const feed = await parseFeedText(text, { baseUrl: base });
    const entries = [...doc.getElementsByTagNameNS(NS.atom, 'entry')];
    expect(feed.papers).to.have.length(entries.length);
    entries.forEach((entry, i) => {
      const paper = feed.papers[i]!;
      expect(paper.title).to.equal(
        fold(entry.getElementsByTagNameNS(NS.atom, 'title')[0]!.textContent),
      );
      expect(paper.authors.map((a) => a.name)).to.deep.equal(
        [...entry.getElementsByTagNameNS(NS.atom, 'name')].map((n) => n.textContent),
      );
      const id = entry.getElementsByTagNameNS(NS.atom, 'id')[0]!.textContent!;
      expect(paper.arxivId).to.equal(id.replace('http://arxiv.org/abs/', '').replace(/v\d+$/, ''));
      expect(paper.links.pdf).to.equal(
        entry.querySelector('link[type="application/pdf"]')!.getAttribute('href'),
      );
      expect(paper.tags[0]).to.equal(
        entry.getElementsByTagName('arxiv:primary_category')[0]!.getAttribute('term'),
      );
    });
    // 9 results, 3 a page: the next page starts at 3.
    expect(new URL(feed.nextUrl!).searchParams.get('start')).to.equal('3');
    const last = await parseFeedText(
      text.replace('<opensearch:startIndex>0', '<opensearch:startIndex>6'),
      { baseUrl: base },
    );
    expect(last.nextUrl).to.equal(undefined);
  });

  it("arXiv's listing RSS: every author out of one comma-separated dc:creator, the announcement prefix dropped", async () => {
    const { text, doc } = await xml('arxiv-listing.rss.xml');
    const feed = await parseFeedText(text);
    const items = [...doc.getElementsByTagName('item')];
    items.forEach((item, i) => {
      const creators = item
        .getElementsByTagNameNS(NS.dc, 'creator')[0]!
        .textContent!.split(',')
        .map((n) => n.trim());
      expect(feed.papers[i]!.authors.map((a) => a.name)).to.deep.equal(creators);
      expect(feed.papers[i]!.summary!.startsWith('arXiv:')).to.equal(false);
      expect(feed.papers[i]!.arxivId).to.match(/^\d{4}\.\d{5}$/);
    });
    expect(feed.papers[1]!.authors).to.have.length(18);
  });

  it('RSS: "A, B, and C" in one creator field is three authors', async () => {
    const rss = `<rss version="2.0" xmlns:dc="${NS.dc}"><channel><title>t</title><item>
      <title>A paper</title><link>https://example.org/p</link>
      <dc:creator>Alice Smith, Bob Jones, and Carol Lee</dc:creator></item></channel></rss>`;
    const [paper] = (await parseFeedText(rss)).papers;
    expect(paper!.authors.map((a) => a.name)).to.deep.equal([
      'Alice Smith',
      'Bob Jones',
      'Carol Lee',
    ]);
  });

  it('RSS: a no-break space inside a creator name stays, and still makes a whole name', async () => {
    const rss = `<rss version="2.0" xmlns:dc="${NS.dc}"><channel><title>t</title><item>
      <title>A paper</title><link>https://example.org/p</link>
      <dc:creator>Jean&#160;Dupont,
        Ada   Lovelace</dc:creator></item></channel></rss>`;
    const [paper] = (await parseFeedText(rss)).papers;
    expect(paper!.authors.map((a) => a.name)).to.deep.equal(['Jean\u00a0Dupont', 'Ada Lovelace']);
  });

  it('Atom: escaped text inside XHTML content stays those characters', async () => {
    const atom = `<feed xmlns="${NS.atom}"><title>t</title><entry><id>urn:x</id><title>A paper</title>
      <link href="https://example.org/p"/><updated>2024-05-07T10:00:00Z</updated>
      <summary type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>We write &lt;i&gt; for
      the index, as <em>AT&amp;amp;T</em> does.</p></div></summary></entry></feed>`;
    const [paper] = (await parseFeedText(atom)).papers;
    expect(paper!.summary).to.equal('We write <i> for the index, as AT&amp;T does.');
    expect(paper!.summaryRuns!.flat().filter((run) => run.italic)).to.deep.equal([
      { text: 'AT&amp;T', italic: true },
    ]);
  });

  it("arXiv's listing RSS: an abstract is plain text, so its TeX inequalities stay whole", async () => {
    const { text } = await xml('arxiv-listing.rss.xml');
    const tex = 'For all $n&lt;m$ the bound holds whenever $k&gt;2$. ';
    const feed = await parseFeedText(text.replace('Abstract: ', `Abstract: ${tex}`));
    expect(feed.papers[0]!.summary).to.match(
      /^For all \$n<m\$ the bound holds whenever \$k>2\$\. Although language models/,
    );
  });

  it('Wiley RSS 2.0: one newline-separated dc:creator, the abstract with its italics and no "Abstract" label, PRISM DOI', async () => {
    const { text, doc } = await xml('rss-wiley.xml');
    const paper = (await parseFeedText(text)).papers[0]!;
    const item = doc.getElementsByTagName('item')[0]!;
    expect(paper.authors.map((a) => a.name)).to.deep.equal(
      item
        .getElementsByTagNameNS(NS.dc, 'creator')[0]!
        .textContent!.split(',')
        .map((n) => n.trim()),
    );
    expect(paper.doi).to.equal('10.1002/tax.12650');
    expect(paper.venue).to.equal('TAXON');
    expect(paper.summary!.startsWith('Leptospermum is an ecologically')).to.equal(true);
    expect(paper.summaryRuns!.flat().find((run) => run.italic)?.text).to.equal('Leptospermum');
  });

  it('Taylor & Francis RSS 1.0: items beside the channel, the journal from dc:source (not the title PRISM repeats)', async () => {
    const { text, doc } = await xml('rss-tandf.xml');
    const feed = await parseFeedText(text);
    const items = [...doc.getElementsByTagName('item')];
    expect(feed.papers).to.have.length(items.length);
    items.forEach((item, i) => {
      expect(feed.papers[i]!.title).to.equal(item.getElementsByTagName('title')[0]!.textContent);
      expect(feed.papers[i]!.authors.map((a) => a.name)).to.deep.equal(
        [...item.getElementsByTagNameNS(NS.dc, 'creator')].map((c) => c.textContent),
      );
      expect(feed.papers[i]!.doi).to.equal(
        item.getElementsByTagNameNS(NS.dc, 'identifier')[0]!.textContent,
      );
      expect(feed.papers[i]!.venue).to.equal('Zoology in the Middle East');
    });
  });

  it('GitHub Atom: relative entry links resolved against the feed, HTML content read as markup', async () => {
    const { text, doc } = await xml('atom-github-releases.xml');
    const feed = await parseFeedText(text, {
      baseUrl: 'https://github.com/gulpjs/gulp/releases.atom',
    });
    const entries = [...doc.getElementsByTagNameNS(NS.atom, 'entry')];
    entries.forEach((entry, i) => {
      const href = entry.getElementsByTagNameNS(NS.atom, 'link')[0]!.getAttribute('href')!;
      expect(feed.papers[i]!.url).to.equal(
        new URL(href, 'https://github.com/gulpjs/gulp/releases.atom').href,
      );
      expect(feed.papers[i]!.summary).not.to.contain('<p>');
    });
    expect(feed.homePageUrl).to.equal('https://github.com/gulpjs/gulp/releases');
  });

  it('Atom with xml:base: links resolve against the bases around them, the feed URL outermost', async () => {
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom" xml:base="/lab/">
      <title>Lab</title><link href="./"/><link rel="next" xml:base="/feeds/" href="lab?page=2"/>
      <entry xml:base="papers/2024/">
        <id>a</id><title>A</title><link href="norms.html"/>
        <link rel="related" type="application/pdf" xml:base="/pdf/" href="norms.pdf"/>
        <author><name>Ada</name><uri>../../people/ada</uri></author>
      </entry>
      <entry xml:base="https://other.example.net/x/">
        <id>b</id><title>B</title><link href="b"/>
      </entry>
      <entry><id>c</id><title>C</title><link href="javascript:alert(1)"/></entry>
      <entry xml:base="javascript:alert(1)//"><id>d</id><title>D</title><link href="d"/></entry>
    </feed>`;
    const feed = await parseFeedText(atom, { baseUrl: 'https://site.example.org/feeds/atom.xml' });
    expect(feed.homePageUrl).to.equal('https://site.example.org/lab/');
    expect(feed.nextUrl).to.equal('https://site.example.org/feeds/lab?page=2');
    const [a, b, c, d] = feed.papers;
    expect(a!.url).to.equal('https://site.example.org/lab/papers/2024/norms.html');
    expect(a!.links.pdf).to.equal('https://site.example.org/pdf/norms.pdf');
    expect(a!.authors).to.deep.equal([
      { name: 'Ada', url: 'https://site.example.org/lab/people/ada' },
    ]);
    expect(b!.url).to.equal('https://other.example.net/x/b');
    expect(c!.url).to.equal(undefined);
    // A base that is no web address is passed over: the one around it holds.
    expect(d!.url).to.equal('https://site.example.org/lab/d');
  });
});

describe('BibTeX, as labs keep it', () => {
  it('an al-folio file: front matter skipped, al-folio links, eprint as arXiv, its own citation without display fields', async () => {
    const feed = await parseFeedText(await readFixtureText('real/lab-papers-alfolio.bib'), {
      baseUrl: 'https://lab.example.org/assets/papers.bib',
    });
    expect(feed.warnings).to.deep.equal([]);
    expect(feed.papers).to.have.length(12);
    const blend = feed.papers.find((paper) => paper.id === 'blend25')!;
    expect(blend.arxivId).to.equal('2506.23630');
    expect(blend.authors.map((a) => a.name)).to.include('Rafael Peñaloza');
    expect(blend.bibtex).to.contain('eprint = {2506.23630}');
    expect(blend.bibtex).not.to.match(/\b(?:abbr|selected|preview|pdf|abstract)\s*=/);
    // A Google Scholar-style `journal = {arXiv preprint arXiv:…}` names the arXiv id too.
    expect(feed.papers.some((paper) => paper.arxivId === '2407.14280')).to.equal(true);
    // So does the DOI arXiv registers for it: 10.48550/arXiv.<id>.
    const plato = feed.papers.find((paper) => paper.doi === '10.48550/arXiv.2503.05283')!;
    expect(plato.arxivId).to.equal('2503.05283');
    expect(plato.links.arxiv).to.equal('https://arxiv.org/abs/2503.05283');
    for (const paper of feed.papers) {
      expect(paper.title).not.to.match(/[{}\\]/);
      for (const author of paper.authors) expect(author.name).not.to.match(/[{}\\]/);
    }
  });

  it("a lab's 75 entries: month macros to month precision, accents decoded, every entry kept", async () => {
    const text = await readFixtureText('real/lab-papers.bib');
    const feed = await parseFeedText(text);
    // One entry is in the file twice, word for word: kept once, as BibTeX does, and named.
    expect(feed.papers).to.have.length(text.match(/^\s*@\w+\s*\{/gm)!.length - 1);
    expect(feed.warnings).to.deep.equal([
      'entry lutgen-etal-2025-neural appears again; the later one is left out',
    ]);
    expect(feed.papers[0]!.published).to.equal('2025-04');
    const all = feed.papers.flatMap((p) => p.authors.map((a) => a.name));
    expect(all).to.include.members(['Çağrı Çöltekin']);
    expect(all.some((name) => name.includes('Samardžić'))).to.equal(true);
  });

  it('crossref: children inherit the book they point to, even when it comes later', async () => {
    const feed = await parseFeedText(await readFixtureText('real/crossref-entries.bib'));
    const [inbook, book, incollection] = feed.papers;
    expect(inbook!.published).to.equal('2004');
    expect(incollection!.published).to.equal('2004');
    expect(incollection!.venue).to.equal(book!.title);
  });
});
