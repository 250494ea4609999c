import { expect } from '@open-wc/testing';
import { FeedError, parseFeed } from '../../src/index.js';
import { readFixture, thrownBy } from '../helpers/fixtures.js';

describe('parseFeed: JSON Feed', () => {
  it('reads a JSON Feed 1.1 lab feed with the _paperfeed extension', async () => {
    const feed = parseFeed(await readFixture('json-feed/lab-1.1.json'), {
      baseUrl: 'https://lab.example.org/feeds/papers.json',
    });
    expect(feed.title).to.equal('Example Lab publications');
    expect(feed.description).to.equal('Papers from the Example Lab');
    expect(feed.homePageUrl).to.equal('https://lab.example.org/');
    expect(feed.nextUrl).to.equal('https://lab.example.org/feeds/papers-2.json');
    expect(feed.papers.map((paper) => paper.id)).to.deep.equal([
      'https://lab.example.org/papers/layer-norm',
      'reading-group-42',
      'reading-group-42-2',
    ]);

    const [layerNorm] = feed.papers;
    expect(layerNorm).to.deep.equal({
      id: 'https://lab.example.org/papers/layer-norm',
      title: 'Layer Normalization',
      url: 'https://lab.example.org/papers/layer-norm',
      summary:
        'Training state-of-the-art, deep neural networks is computationally expensive.\nWe transpose batch normalization into layer normalization & compute\u00a0the mean.',
      // <b> in content_html means something: the paragraphs keep it as a bold run.
      summaryRuns: [
        [{ text: 'Training state-of-the-art, deep neural networks is computationally expensive.' }],
        [
          { text: 'We transpose ' },
          { text: 'batch normalization', bold: true },
          { text: ' into layer normalization & compute\u00a0the mean.' },
        ],
      ],
      authors: [
        { name: 'Jimmy Lei Ba', url: 'mailto:jimmy@example.org' },
        { name: 'Jamie Ryan Kiros' },
        { name: 'Geoffrey E. Hinton' },
      ],
      authorCount: 3,
      published: '2016-07-21',
      featured: '2025-10-29',
      upvotes: 14,
      comments: 2,
      tags: ['normalization', 'deep learning'],
      venue: 'arXiv',
      links: {
        pdf: 'https://lab.example.org/pdf/layer-norm.pdf',
        code: { url: 'https://github.com/example/layernorm', stars: 120 },
        project: 'https://lab.example.org/feeds/projects/layernorm/',
        arxiv: 'https://arxiv.org/abs/1607.06450',
        doi: 'https://doi.org/10.48550/arXiv.1607.06450',
      },
      arxivId: '1607.06450',
      doi: '10.48550/arXiv.1607.06450',
      bibtex:
        '@article{ba2016layer, title={Layer Normalization}, author={Ba, Jimmy Lei and Kiros, Jamie Ryan and Hinton, Geoffrey E}, year={2016}}',
    });
  });

  it("inherits the feed's authors, takes counts it can trust and drops invalid dates", async () => {
    const feed = parseFeed(await readFixture('json-feed/lab-1.1.json'), {
      baseUrl: 'https://lab.example.org/papers.json',
    });
    const [, talk, reused] = feed.papers;
    expect(talk!.authors).to.deep.equal([{ name: 'Example Lab', url: 'https://lab.example.org/' }]);
    expect(talk!.authorCount).to.equal(7);
    expect(talk!.summary).to.equal("Inherits the feed's authors.");
    // The time keeps its own offset: its day is the day where it was written.
    expect(talk!.published).to.equal('2024-03-05T18:30:00+01:00');
    expect(talk!).not.to.have.property('upvotes');
    expect(talk!.comments).to.equal(4);
    expect(reused!).not.to.have.property('published');
  });

  it('says which items and links it left out, and why', async () => {
    const feed = parseFeed(await readFixture('json-feed/lab-1.1.json'));
    expect(feed.warnings).to.deep.equal([
      'the feed has a next page link that is a relative link and no feed URL to resolve it against ("papers-2.json"); left out',
      'items[0] has a PDF link that is a relative link and no feed URL to resolve it against ("/pdf/layer-norm.pdf"); left out',
      'items[0] has a project link that is a relative link and no feed URL to resolve it against ("projects/layernorm/"); left out',
      'items[0] has an author link that is not an http(s) or mailto link ("javascript:alert(1)"); left out',
      'items[2] has no title; skipped',
      'items[3] must be an object, got a string; skipped',
      'items[4] has an unreadable publication date ("2024-02-30"); left out',
    ]);
  });

  it('says a mailto author link was left out for its address, not its scheme', () => {
    const feed = parseFeed({
      version: 'https://jsonfeed.org/version/1.1',
      items: [
        {
          id: 'a',
          title: 'A',
          authors: [
            { name: 'No address', url: 'mailto:' },
            { name: 'Two at signs', url: 'mailto:ada@lab@example.org' },
            { name: 'Good', url: 'MAILTO:ada@example.org' },
          ],
        },
      ],
    });
    expect(feed.papers[0]!.authors.map((author) => author.url)).to.deep.equal([
      undefined,
      undefined,
      'mailto:ada@example.org',
    ]);
    expect(feed.warnings).to.deep.equal([
      'items[0] has an author link that is a mailto link without one valid address ("mailto:"); left out',
      'items[0] has an author link that is a mailto link without one valid address ("mailto:ada@lab@example.org"); left out',
    ]);
  });

  it("reads JSON Feed 1.0's singular author, per item and for the feed", async () => {
    const feed = parseFeed(await readFixture('json-feed/blog-1.0.json'));
    expect(feed.papers[0]!.authors).to.deep.equal([
      { name: 'Ada Lovelace', url: 'https://blog.example.net/about' },
    ]);
    expect(feed.papers[1]!.authors).to.deep.equal([{ name: 'Charles Babbage' }]);
    expect(feed.papers[0]!.summary).to.equal('A short summary that wins over the content.');
    expect(feed.papers[1]!.summary).to.equal('A program for the engine.');
  });

  it('links a paper known only by its arXiv id to its arXiv page and PDF', () => {
    const feed = parseFeed({
      version: 'https://jsonfeed.org/version/1.1',
      items: [
        { id: 'x', title: 'Attention Is All You Need', _paperfeed: { arxiv_id: '1706.03762v7' } },
      ],
    });
    const [paper] = feed.papers;
    expect(paper!.url).to.equal('https://arxiv.org/abs/1706.03762');
    expect(paper!.links).to.deep.equal({
      pdf: 'https://arxiv.org/pdf/1706.03762',
      arxiv: 'https://arxiv.org/abs/1706.03762',
    });
  });

  it('recognises an arXiv URL as the arXiv id, old-style ids included', () => {
    const feed = parseFeed({
      version: 'https://jsonfeed.org/version/1.1',
      items: [
        { id: 'a', title: 'A', url: 'https://arxiv.org/abs/hep-th/9901001v2' },
        { id: 'b', title: 'B', url: 'https://arxiv.org/pdf/2310.13730.pdf' },
        { id: 'c', title: 'C', _paperfeed: { doi: 'https://doi.org/10.48550/arXiv.math/0211159' } },
      ],
    });
    expect(feed.papers.map((paper) => paper.arxivId)).to.deep.equal([
      'hep-th/9901001',
      '2310.13730',
      'math/0211159',
    ]);
  });

  it('makes one tag of a label however it is spaced', () => {
    const feed = parseFeed({
      version: 'https://jsonfeed.org/version/1.1',
      items: [{ id: 'a', title: 'A', tags: ['deep learning', 'Deep\u00a0learning', 'NLP'] }],
    });
    expect(feed.papers[0]!.tags).to.deep.equal(['deep learning', 'NLP']);
  });

  it('synthesizes stable ids for items without one', () => {
    const json = {
      version: 'https://jsonfeed.org/version/1.1',
      items: [{ title: 'Untitled id' }, { title: 'Another', url: 'https://example.org/p' }],
    };
    const first = parseFeed(json).papers.map((paper) => paper.id);
    const second = parseFeed(structuredClone(json)).papers.map((paper) => paper.id);
    expect(first).to.deep.equal(second);
    expect(new Set(first).size).to.equal(2);
    expect(first[0]).to.match(/^paper-[0-9a-z]+$/);
  });

  it('names the field that is wrong', () => {
    const notArray = thrownBy(() =>
      parseFeed({ version: 'https://jsonfeed.org/version/1.1', items: 'papers' }),
    ) as FeedError;
    expect(notArray).to.be.instanceOf(FeedError);
    expect(notArray.kind).to.equal('format');
    expect(notArray.message).to.equal('items must be an array, got a string');

    const missing = thrownBy(() =>
      parseFeed({ version: 'https://jsonfeed.org/version/1.1' }, { format: 'json-feed' }),
    ) as FeedError;
    expect(missing.message).to.equal(
      'items is missing: a JSON Feed lists its papers in an "items" array',
    );
  });
});
