import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { FeedError, parseFeed, parseMapping } from '../../src/index.js';
import { readFixture, thrownBy } from '../helpers/fixtures.js';

describe('parseFeed: the mapped format, for any JSON API', () => {
  it('reads a Semantic Scholar search response', async () => {
    const feed = parseFeed(await readFixture('mapped/semantic-scholar-search.json'), {
      format: 'mapped',
      mapping:
        'items: data; id: paperId; title: title; url: url; summary: abstract; authors: authors.*.name; published: publicationDate; venue: venue; pdf: openAccessPdf.url; arxivId: externalIds.ArXiv; doi: externalIds.DOI',
    });
    const [layerNorm, scaling] = feed.papers;
    expect(layerNorm).to.deep.include({
      id: '97efafdb4a3942ab3efba53ded7413199f79c054',
      title: 'Layer Normalization',
      published: '2016-07-21',
      venue: 'arXiv.org',
      arxivId: '1607.06450',
      authorCount: 3,
    });
    expect(layerNorm!.authors.map((a) => a.name)).to.deep.equal([
      'Jimmy Ba',
      'J. Kiros',
      'Geoffrey E. Hinton',
    ]);
    expect(layerNorm!.links.pdf).to.equal('https://arxiv.org/pdf/1607.06450');
    expect(scaling).not.to.have.property('summary');
    expect(scaling!.doi).to.equal('10.48550/arXiv.2306.13575');
  });

  it('reads an OpenAlex works response, numeric indexes and nested objects included', async () => {
    const feed = parseFeed(await readFixture('mapped/openalex-works.json'), {
      format: 'mapped',
      mapping: parseMapping(
        'items: results; id: id; title: display_name; url: primary_location.landing_page_url; authors: authorships.*.author.display_name; published: publication_date; venue: primary_location.source.display_name; pdf: primary_location.pdf_url; doi: doi; tags: concepts.*.display_name',
      ),
    }).papers;
    expect(feed[0]).to.deep.include({
      title: 'Layer Normalization',
      url: 'https://arxiv.org/abs/1607.06450',
      doi: '10.48550/arxiv.1607.06450',
      venue: 'arXiv (Cornell University)',
    });
    expect(feed[0]!.tags).to.deep.equal(['Normalization (sociology)', 'Artificial neural network']);
    expect(feed[1]!.authors).to.deep.equal([{ name: 'Hubert Ramsauer' }]);
    expect(feed[1]).not.to.have.property('venue');
  });

  it('reads a Crossref works response: titles in lists, dates as date-parts', async () => {
    const feed = parseFeed(await readFixture('mapped/crossref-works.json'), {
      format: 'mapped',
      mapping:
        'items: message.items; id: DOI; title: title.0; url: URL; authors: author.*.family; published: published.date-parts.0; venue: container-title.0; doi: DOI; upvotes: is-referenced-by-count',
    });
    expect(feed.papers[0]).to.deep.include({
      title: 'A paper with its title in a list',
      published: '2020-11-08',
      venue: 'Proceedings of the Example Conference',
      doi: '10.1145/3368089.3409749',
      upvotes: 12,
    });
    // [[1950]] is a year: no month or day is invented.
    expect(feed.papers[1]!.published).to.equal('1950');
  });

  it('names the path that does not resolve', async () => {
    const json = await readFixture('mapped/semantic-scholar-search.json');
    const items = thrownBy(() =>
      parseFeed(json, { format: 'mapped', mapping: 'items: data.results; title: title' }),
    ) as FeedError;
    expect(items).to.be.instanceOf(FeedError);
    expect(items.message).to.equal(
      `The mapping's items path "data.results" does not resolve in this JSON`,
    );
    const field = thrownBy(() =>
      parseFeed(json, {
        format: 'mapped',
        mapping: 'items: data; title: title; url: links.0.href',
      }),
    ) as FeedError;
    expect(field.message).to.equal(
      `The mapping's url path "links.0.href" does not resolve in any of the 2 items`,
    );
  });

  it('refuses a mapping it cannot read, in words', () => {
    expect((thrownBy(() => parseMapping('title name')) as FeedError).message).to.equal(
      'Mapping entry "title name" must read "field: path"',
    );
    expect((thrownBy(() => parseMapping('headline: name')) as FeedError).message).to.match(
      /^Unknown mapping field "headline": use items, id, title/,
    );
    expect((thrownBy(() => parseMapping('url: link')) as FeedError).message).to.equal(
      'A mapping needs a "title" path',
    );
    expect((thrownBy(() => parseFeed([], { format: 'mapped' })) as FeedError).message).to.equal(
      'The "mapped" format needs a mapping of fields to paths',
    );
  });

  it('vets mapped URLs like any other: a script URL never gets through', () => {
    const feed = parseFeed([{ name: 'T', link: 'javascript:alert(1)', pdf: 'data:text/html,x' }], {
      format: 'mapped',
      mapping: 'title: name; url: link; pdf: pdf',
    });
    expect(feed.papers[0]).not.to.have.property('url');
    expect(feed.papers[0]!.links).to.deep.equal({});
  });
});

describe('parseFeed: mapped names in parts, alternatives and single answers', () => {
  // Shaped as Crossref sends a list that mixes a consortium and persons.
  const works = {
    message: {
      items: [
        {
          title: ['A'],
          author: [
            { name: 'The ATLAS Collaboration' },
            { given: 'Ada', family: 'Lovelace' },
            { family: 'Turing' },
            { given: 'Grace' },
          ],
          'is-referenced-by-count': '12',
          'publication-year': 2021,
        },
      ],
    },
  };

  it('joins parts with +, falls back with |, for each author on its own; + binds tighter', () => {
    const [paper] = parseFeed(works, {
      format: 'mapped',
      mapping:
        'items: message.items; title: title.0; authors: author.*.name | author.*.given + author.*.family; upvotes: is-referenced-by-count; published: published | publication-year',
    }).papers;
    expect(paper!.authors.map((a) => a.name)).to.deep.equal([
      'The ATLAS Collaboration',
      'Ada Lovelace',
      'Turing',
      'Grace',
    ]);
    // Strings where numbers are expected, and numbers where strings are, are read.
    expect(paper!.upvotes).to.equal(12);
    expect(paper!.published).to.equal('2021');
  });

  it('reads a single-work answer with the mapping written for the list', () => {
    const single = { message: works.message.items[0] };
    const feed = parseFeed(single, {
      format: 'mapped',
      mapping: 'items: message.items; title: title.0; authors: author.*.given + author.*.family',
    });
    expect(feed.papers.map((p) => p.title)).to.deep.equal(['A']);
    expect(feed.papers[0]!.authors.map((a) => a.name)).to.deep.equal([
      'Ada Lovelace',
      'Turing',
      'Grace',
    ]);
    const root = parseFeed(
      { id: 'W1', display_name: 'One work' },
      {
        format: 'mapped',
        mapping: 'items: results; id: id; title: display_name',
      },
    );
    expect(root.papers.map((p) => p.title)).to.deep.equal(['One work']);
  });
});

describe('parseFeed: the mapped format on arbitrary JSON', () => {
  it('throws nothing but FeedError, and lets only safe URLs through', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (json) => {
        try {
          const feed = parseFeed(json, {
            format: 'mapped',
            mapping: 'items: results; title: a.b; url: c.*.d; authors: e.*; published: f.0',
          });
          for (const paper of feed.papers) {
            if (paper.url) expect(paper.url).to.match(/^https?:\/\//);
          }
        } catch (error) {
          if (!(error instanceof FeedError)) throw error;
        }
      }),
      { numRuns: 300 },
    );
  });
});
