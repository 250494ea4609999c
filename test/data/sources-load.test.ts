// Text sources over HTTP, and each API's paging followed against the local test server, which
// serves real answers page by page (test/server/source-server.mjs).
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import {
  clearFeedCache,
  loadFeed,
  type Feed,
  type PaperfeedCard,
  type PaperfeedList,
} from '../../src/index.js';
import { readFixture } from '../helpers/fixtures.js';
import { countIn, shadowQuery, shadowQueryAll } from '../helpers/shadow.js';
import { waitUntil } from '../helpers/wait.js';

/** Every page of a source, following `nextUrl` as "Show more" does. */
async function allPages(url: string): Promise<Feed[]> {
  const pages: Feed[] = [];
  for (
    let next: string | undefined = url;
    next && pages.length < 20;
    next = pages.at(-1)!.nextUrl
  ) {
    pages.push(await loadFeed(next));
  }
  return pages;
}

const ids = (pages: Feed[]) => pages.flatMap((page) => page.papers.map((paper) => paper.id));

afterEach(() => clearFeedCache());

describe('loadFeed reads XML and BibTeX by content type and by content', () => {
  const cases: [string, string][] = [
    ['/api/file/lab-papers.bib', 'bibtex'],
    ['/api/file/lab-papers.bib?type=text/plain', 'bibtex'],
    ['/api/file/papers-alfolio.bib?type=application/octet-stream', 'bibtex'],
    ['/api/file/rss-wiley.xml?type=application/rss%2Bxml', 'rss'],
    ['/api/file/rss-tandf.xml?type=text/plain', 'rss'],
    ['/api/file/arxiv-query.atom.xml?type=application/atom%2Bxml', 'arxiv'],
    ['/api/file/atom-github-releases.xml?type=text/xml', 'atom'],
    ['/api/file/openalex-work.json?type=text/plain', 'openalex'],
  ];
  for (const [url, format] of cases) {
    it(`${url} is read as ${format}`, async () => {
      const feed = await loadFeed(url);
      expect(feed.format).to.equal(format);
      expect(feed.papers.length).to.be.greaterThan(0);
    });
  }

  it('RSS served as text/html is still read as RSS: the content decides', async () => {
    expect((await loadFeed('/api/file/rss-wiley.xml?type=text/html')).format).to.equal('rss');
  });

  it('the same URL asked for in two formats is read for each', async () => {
    const url = '/api/file/papers-alfolio.bib?type=text/plain';
    const wrong = await loadFeed(url, { format: 'openalex' }).catch((e) => e);
    expect(wrong.kind).to.equal('not-json');
    expect((await loadFeed(url)).format).to.equal('bibtex');
  });

  it('a BibTeX file set as format="rss" is an error that says so', async () => {
    const error = await loadFeed('/api/file/lab-papers.bib', { format: 'rss' }).catch((e) => e);
    expect(error.kind).to.equal('format');
    expect(error.message).to.contain('XML');
    expect(error.url).to.contain('/api/file/lab-papers.bib');
  });
});

describe("each API's paging, followed to the end", () => {
  it('OpenAlex: meta.next_cursor, until it is null', async () => {
    const pages = await allPages('/api/openalex?filter=author.orcid:0000-0001-8457-9889&cursor=*');
    expect(ids(pages)).to.deep.equal([
      'https://openalex.org/W3122893125',
      'https://openalex.org/W4391529587',
    ]);
    expect(new URL(pages[0]!.nextUrl!).searchParams.get('filter')).to.equal(
      'author.orcid:0000-0001-8457-9889',
    );
  });

  it('OpenAlex and Crossref lists are asked for a cursor on the first request', async () => {
    const asked: string[] = [];
    // The hosts are the real APIs'; the answers come from the local server.
    const local: typeof fetch = (input, init) => {
      const url = new URL(String(input));
      asked.push(url.href);
      const api = url.hostname === 'api.openalex.org' ? 'openalex' : 'crossref';
      return fetch(`/api/${api}${url.search}`, init);
    };
    await loadFeed('https://api.openalex.org/works?filter=author.orcid:0000-0001-8457-9889', {
      fetch: local,
    });
    await loadFeed('https://api.crossref.org/works?filter=orcid:0000-0002-1825-0097', {
      fetch: local,
    });
    await loadFeed('https://api.crossref.org/works?query=glacier&offset=20', { fetch: local });
    expect(asked.map((href) => new URL(href).searchParams.get('cursor'))).to.deep.equal([
      '*',
      '*',
      null,
    ]);
  });

  it('Crossref: next-cursor, until a page comes back empty', async () => {
    const raw = (await readFixture('real/crossref-works-list.json')) as {
      message: { items: { DOI: string }[] };
    };
    const pages = await allPages('/api/crossref?query=glacier&cursor=*');
    expect(ids(pages)).to.deep.equal(raw.message.items.map((item) => item.DOI));
    expect(pages.at(-1)!.papers).to.deep.equal([]);
  });

  it('Semantic Scholar: `next` as the next offset, until there is none', async () => {
    const raw = (await readFixture('real/semantic-scholar-author-papers.json')) as {
      papers: { paperId: string }[];
    };
    const pages = await allPages('/api/semantic-scholar?fields=title,authors&offset=0&limit=2');
    expect(pages).to.have.length(3);
    expect(ids(pages)).to.deep.equal(raw.papers.map((paper) => paper.paperId));
  });

  it('arXiv: opensearch start and itemsPerPage, until totalResults', async () => {
    const pages = await allPages('/api/arxiv?search_query=all:BIPV&start=0&max_results=1');
    expect(pages).to.have.length(3);
    expect(pages.map((page) => page.papers[0]!.arxivId)).to.deep.equal([
      '2511.18882',
      '2510.00797',
      pages[2]!.papers[0]!.arxivId,
    ]);
    expect(new Set(ids(pages)).size).to.equal(3);
  });

  it('Zotero: the Link header\'s rel="next"', async () => {
    const raw = (await readFixture('real/zotero-items.json')) as {
      key: string;
      data: { itemType: string };
    }[];
    const pages = await allPages('/api/zotero?start=0&limit=10');
    expect(pages).to.have.length(2);
    const papers = raw.filter((item) => !['attachment', 'note'].includes(item.data.itemType));
    expect(ids(pages)).to.deep.equal(papers.map((item) => item.key));
  });
});

describe('<paperfeed-list> on a lab source', () => {
  it('"Show more" walks an OpenAlex list page by page', async () => {
    const list = await fixture<PaperfeedList>(
      html`<paperfeed-list page-size="1" src="/api/openalex?cursor=*"></paperfeed-list>`,
    );
    const titles = () =>
      (shadowQueryAll(list, 'paperfeed-card') as PaperfeedCard[]).map((card) => card.paper!.title);
    await waitUntil(() => titles().length === 1, 'the first page never showed');
    (shadowQuery(list, '[part="more-button"]') as HTMLButtonElement).click();
    await waitUntil(() => titles().length === 2, 'the second page never came');
    expect(titles()[1]).to.equal(
      'Ion irradiation and examination of Additive friction stir deposited 316 stainless steel',
    );
    await list.updateComplete;
    expect(countIn(list, '[part="more-button"]')).to.equal(0);
  });

  it("tells the site owner, once per source, what a source's entries lacked", async () => {
    const warned: string[] = [];
    const original = console.warn;
    console.warn = (message: string) => warned.push(message);
    try {
      for (let i = 0; i < 2; i++) {
        const list = await fixture<PaperfeedList>(
          html`<paperfeed-list src="/api/file/semantic-scholar-batch.json"></paperfeed-list>`,
        );
        await waitUntil(() => countIn(list, 'paperfeed-card') > 0, 'no paper showed');
      }
    } finally {
      console.warn = original;
    }
    const mine = warned.filter((message) => message.includes('semantic-scholar-batch.json'));
    expect(mine).to.have.length(1);
    expect(mine[0]).to.contain('paper 6 is not a paper');
  });

  it('an OpenAlex work shows its citation count, said in words to screen readers', async () => {
    const list = await fixture<PaperfeedList>(
      html`<paperfeed-list src="/api/file/openalex-works.json"></paperfeed-list>`,
    );
    await waitUntil(() => countIn(list, 'paperfeed-card') > 0, 'no paper showed');
    const card = shadowQuery(list, 'paperfeed-card') as PaperfeedCard;
    await card.updateComplete;
    const stat = card.shadowRoot!.querySelector('[part="stats"] .stat')!;
    expect(stat.querySelector('.visually-hidden')!.textContent).to.equal('cited by 53');
    expect(stat.querySelector('[aria-hidden="true"]:not(svg)')!.textContent).to.equal('53');
    await expect(list).to.be.accessible();
  });

  it('sort="citations" puts the most cited first', async () => {
    const list = await fixture<PaperfeedList>(
      html`<paperfeed-list
        src="/api/file/semantic-scholar-author-papers.json"
        sort="citations"
      ></paperfeed-list>`,
    );
    await waitUntil(() => countIn(list, 'paperfeed-card') > 0, 'no paper showed');
    await list.updateComplete;
    const counts = (shadowQueryAll(list, 'paperfeed-card') as PaperfeedCard[]).map(
      (card) => card.paper!.citations!,
    );
    expect(counts).to.deep.equal([...counts].sort((a, b) => b - a));
    expect(counts[0]).to.be.greaterThan(counts.at(-1)!);
  });

  it('two lists by year on one page pass axe: year groups are groups, not repeated landmarks', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div>
        <paperfeed-list src="/api/file/lab-papers-alfolio.bib" group-by="year"></paperfeed-list>
        <paperfeed-list src="/api/file/lab-papers-alfolio.bib" group-by="year"></paperfeed-list>
      </div>`,
    );
    const lists = [...page.querySelectorAll('paperfeed-list')];
    await waitUntil(
      () => lists.every((list) => countIn(list, 'paperfeed-card') > 0),
      'no paper showed',
    );
    const group = lists[0]!.shadowRoot!.querySelector('.group')!;
    expect(group.getAttribute('role')).to.equal('group');
    expect(group.getAttribute('aria-label')).to.equal('2026');
    await expect(page).to.be.accessible();
  });

  it('a .bib grouped by year, as a lab writes it', async () => {
    const list = await fixture<PaperfeedList>(
      html`<paperfeed-list
        src="/api/file/lab-papers-alfolio.bib"
        group-by="year"
        page-size="all"
      ></paperfeed-list>`,
    );
    await waitUntil(() => countIn(list, 'paperfeed-card') > 0, 'no paper showed');
    // The first screen comes first; the rest follows in later tasks.
    await list.updateComplete;
    const headings = [...list.shadowRoot!.querySelectorAll('[part~="group-heading"]')].map((h) =>
      h.textContent!.trim(),
    );
    expect(headings.slice(0, 2)).to.deep.equal(['2026', '2025']);
    expect(countIn(list, 'paperfeed-card')).to.equal(12);
  });
});
