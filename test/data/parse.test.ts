import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { FeedError, parseFeed, type Feed, type FeedFormat } from '../../src/index.js';
import { readFixture, thrownBy } from '../helpers/fixtures.js';

const XSS_PAYLOADS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  "javascript:alert('x')",
  'JaVaScRiPt:alert(1)',
  ' \t\njavascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  '\u0001javascript:alert(1)',
  '&#106;avascript:alert(1)',
  '&#x6A;avascript:alert(1)',
  'vbscript:msgbox(1)',
  'VBSCRIPT:msgbox(1)',
  'data:text/html,<script>alert(1)</script>',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  '  data:image/svg+xml,<svg onload=alert(1)>',
  'file:///etc/passwd',
  '//evil.example/x.js',
  '{{constructor.constructor("alert(1)")()}}',
  '${alert(1)}',
];

function everyUrl(feed: Feed): string[] {
  const urls = [feed.homePageUrl, feed.nextUrl];
  for (const paper of feed.papers) {
    urls.push(paper.url, paper.thumbnail, ...paper.authors.map((author) => author.url));
    const { pdf, code, project, arxiv, doi } = paper.links;
    urls.push(pdf, code?.url, project, arxiv, doi);
  }
  return urls.filter((url): url is string => url !== undefined);
}

function isSafe(url: string): boolean {
  return /^(https?:\/\/[^\s]+|mailto:[^\s]*)$/.test(url) && url === new URL(url).href;
}

/** Every field of both formats, each holding `value`. */
function feedsHolding(value: string): unknown[] {
  const paper = {
    id: value,
    title: value,
    summary: value,
    publishedAt: value,
    upvotes: value,
    githubRepo: value,
    projectPage: value,
    ai_keywords: [value],
    authors: [{ name: value, user: { user: value } }],
  };
  return [
    {
      version: 'https://jsonfeed.org/version/1.1',
      title: value,
      description: value,
      home_page_url: value,
      next_url: value,
      authors: [{ name: value, url: value }],
      items: [
        {
          id: value,
          url: value,
          external_url: value,
          title: value,
          summary: value,
          content_html: value,
          image: value,
          date_published: value,
          tags: [value],
          authors: [{ name: value, url: value }],
          attachments: [{ url: value, mime_type: 'application/pdf' }],
          _paperfeed: {
            pdf_url: value,
            code_url: value,
            project_url: value,
            arxiv_id: value,
            doi: value,
            venue: value,
            bibtex: value,
            featured_at: value,
          },
        },
      ],
    },
    [{ paper, title: value, summary: value, thumbnail: value, publishedAt: value }],
    paper,
  ];
}

describe('parseFeed', () => {
  it('detects each format by itself', async () => {
    const lab = parseFeed(await readFixture('json-feed/lab-1.1.json'));
    const daily = parseFeed(await readFixture('hugging-face/daily-papers.json'));
    const one = parseFeed(await readFixture('hugging-face/paper.json'));
    const old = parseFeed(await readFixture('hugging-face/search-old.json'));
    expect(lab.title).to.equal('Example Lab publications');
    expect(daily.papers[0]!.url).to.equal('https://huggingface.co/papers/2310.13730');
    expect(one.papers[0]!.id).to.equal('2306.13575');
    expect(old.papers).to.have.length(2);
  });

  it('says plainly when it cannot tell the format', () => {
    const error = thrownBy(() => parseFeed({ results: [], count: 0 })) as FeedError;
    expect(error).to.be.instanceOf(FeedError);
    expect(error.kind).to.equal('format');
    expect(error.message).to.contain('Could not tell which feed format this is');
    expect(error.message).to.contain(
      'got JSON with keys "results", "count", but no list of papers',
    );

    const list = thrownBy(() => parseFeed([{ name: 'x' }])) as FeedError;
    expect(list.message).to.contain('a JSON list whose first entry is an object with keys "name"');

    expect((thrownBy(() => parseFeed(42)) as FeedError).message).to.contain(
      'got JSON holding a number',
    );
    expect((thrownBy(() => parseFeed('papers')) as FeedError).message).to.contain(
      'use parseFeedText',
    );
  });

  it('rejects an unknown format and a relative baseUrl with a clear message', () => {
    const format = thrownBy(() => parseFeed([], { format: 'yaml' as FeedFormat })) as FeedError;
    expect(format.message).to.equal(
      'Unknown feed format "yaml": use auto, json-feed, hugging-face, openalex, crossref, semantic-scholar, csl-json, bibtex, rss, atom, arxiv, mapped',
    );
    const text = thrownBy(() => parseFeed('<rss/>', { format: 'rss' })) as FeedError;
    expect(text.message).to.equal(
      'parseFeed reads parsed JSON; for the rss format use parseFeedText',
    );
    const base = thrownBy(() => parseFeed([], { baseUrl: 'feeds/' })) as FeedError;
    expect(base.message).to.equal('baseUrl must be an absolute URL, got "feeds/"');
  });

  it('throws nothing but FeedError on arbitrary JSON, in every format', () => {
    const formats: FeedFormat[] = ['auto', 'json-feed', 'hugging-face'];
    const jsonFeedish = fc.record({
      version: fc.constant('https://jsonfeed.org/version/1.1'),
      items: fc.array(
        fc.dictionary(
          fc.constantFrom(
            'id',
            'title',
            'url',
            'authors',
            'author',
            'tags',
            'date_published',
            'content_html',
            '_paperfeed',
            'attachments',
          ),
          fc.jsonValue(),
        ),
      ),
    });
    fc.assert(
      fc.property(
        fc.oneof(fc.jsonValue(), jsonFeedish),
        fc.constantFrom(...formats),
        (json, format) => {
          try {
            const feed = parseFeed(json, { format, baseUrl: 'https://feeds.example.org/a/' });
            expect(feed.papers).to.be.an('array');
          } catch (error) {
            if (!(error instanceof FeedError)) throw error;
            expect(error.message).to.be.a('string').and.not.equal('');
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('lets only http(s) URLs (and mailto for authors) through, whatever the input', () => {
    const urlish = fc.oneof(
      fc.constantFrom(...XSS_PAYLOADS),
      fc.webUrl(),
      fc.string(),
      fc
        .tuple(
          fc.constantFrom('javascript', 'data', 'vbscript', 'JAVASCRIPT', 'http', 'mailto'),
          fc.string(),
        )
        .map(([scheme, rest]) => `${scheme}:${rest}`),
    );
    fc.assert(
      fc.property(urlish, (value) => {
        for (const json of feedsHolding(value)) {
          const feed = parseFeed(json, { baseUrl: 'https://feeds.example.org/a/' });
          for (const url of everyUrl(feed)) expect(isSafe(url), url).to.equal(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('keeps XSS payloads in every text field as inert text', () => {
    for (const payload of XSS_PAYLOADS) {
      for (const json of feedsHolding(payload)) {
        const feed = parseFeed(json);
        for (const url of everyUrl(feed)) {
          expect(isSafe(url), `${payload} gave ${url}`).to.equal(true);
          expect(url).not.to.match(/(java|vb)script:|data:/i);
        }
        const [paper] = feed.papers;
        if (!paper) continue;
        // Text reaches the card as text: markup removed, references decoded once, spaces folded.
        expect(paper.title).not.to.match(/<[a-z]/i);
        if (!/[<&]/.test(payload)) {
          expect(paper.title).to.equal(payload.replace('\u0001', '').replace(/\s+/g, ' ').trim());
        }
      }
    }
  });

  it('reduces content_html to text without running or keeping any markup', () => {
    const feed = parseFeed({
      version: 'https://jsonfeed.org/version/1.1',
      items: [
        {
          id: '1',
          title: 'T',
          content_html:
            '<p onclick="x()">Safe &lt;b&gt; text</p><script>document.title="owned"</script><style>p{}</style><!-- <img src=x onerror=alert(1)> --><iframe src="javascript:alert(1)"></iframe>',
        },
      ],
    });
    expect(feed.papers[0]!.summary).to.equal('Safe <b> text');
  });
});
