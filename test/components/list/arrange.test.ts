import { paper } from '../../helpers/papers.js';
import { watchIntl } from '../../helpers/watch-intl.js';
import { expect } from '@open-wc/testing';
import { formatPaperDate, parseFeedText, type Paper } from '../../../src/index.js';
import {
  applyFixedFilter,
  filterPapers,
  groupKey,
  groupLabel,
  carriesTwoTags,
  groupPapers,
  sortPapers,
  tagCounts,
} from '../../../src/components/list/arrange.js';

const ids = (papers: Paper[]) => papers.map((p) => p.id);

describe('arranging papers', () => {
  const papers = [
    paper('a', { published: '2024-03-01', upvotes: 3, tags: ['nlp'], summary: 'Layer norm' }),
    paper('b', { published: '2023-01-05', upvotes: 10, tags: ['vision', 'nlp'] }),
    paper('c', { authors: [{ name: 'Bernhard Schäfl' }] }),
    paper('d', { published: '2024-12-30', featured: '2025-10-29', upvotes: 3 }),
  ];

  it('searches title, abstract, authors and tags, every word, ignoring case and accents', () => {
    expect(ids(filterPapers(papers, { terms: ['LAYER', 'norm'] }))).to.deep.equal(['a']);
    expect(ids(filterPapers(papers, { terms: ['schafl'] }))).to.deep.equal(['c']);
    expect(ids(filterPapers(papers, { terms: ['vision'] }))).to.deep.equal(['b']);
    expect(ids(filterPapers(papers, { terms: ['layer', 'vision'] }))).to.deep.equal([]);
  });

  it('narrows by every selected tag, and by year', () => {
    expect(ids(filterPapers(papers, { tags: new Set(['nlp']) }))).to.deep.equal(['a', 'b']);
    expect(ids(filterPapers(papers, { tags: new Set(['nlp', 'vision']) }))).to.deep.equal(['b']);
    expect(ids(filterPapers(papers, { year: '2024' }))).to.deep.equal(['a']);
    expect(ids(filterPapers(papers, { year: '2024', groupDate: 'published' }))).to.deep.equal([
      'a',
      'd',
    ]);
  });

  it('sorts by date or upvotes, missing values last, ties in feed order', () => {
    expect(ids(sortPapers(papers, 'published', 'desc'))).to.deep.equal(['d', 'a', 'b', 'c']);
    expect(ids(sortPapers(papers, 'published', 'asc'))).to.deep.equal(['b', 'a', 'd', 'c']);
    expect(ids(sortPapers(papers, 'upvotes', 'desc'))).to.deep.equal(['b', 'a', 'd', 'c']);
    expect(ids(sortPapers(papers, 'feed', 'asc'))).to.deep.equal(['a', 'b', 'c', 'd']);
  });

  it('groups by the featured date when there is one, newest first, undated last', () => {
    const groups = groupPapers(papers, 'year', 'desc');
    expect(groups.map((g) => [g.key, ids(g.papers)])).to.deep.equal([
      ['2025', ['d']],
      ['2024', ['a']],
      ['2023', ['b']],
      ['', ['c']],
    ]);
    expect(groupPapers(papers, 'year', 'desc', 'published').map((g) => g.key)).to.deep.equal([
      '2024',
      '2023',
      '',
    ]);
  });

  it('keys days, ISO weeks (from Monday) and months', () => {
    const p = paper('x', { published: '2025-10-29' }); // a Wednesday
    expect(groupKey(p, 'day')).to.equal('2025-10-29');
    expect(groupKey(p, 'week')).to.equal('2025-10-27');
    expect(groupKey(p, 'month')).to.equal('2025-10');
    expect(groupKey(paper('y', { published: '2025-11-02' }), 'week')).to.equal('2025-10-27');
  });

  it('labels groups in the reader’s language', () => {
    expect(groupLabel('2025-10-29', 'day', 'en', false)).to.equal('Oct 29');
    expect(groupLabel('2025-10-29', 'day', 'en', true)).to.equal('Oct 29, 2025');
    expect(groupLabel('2025-10', 'month', 'en', false)).to.equal('October 2025');
    expect(groupLabel('2025-10', 'month', 'fr', false)).to.equal('octobre 2025');
    expect(groupLabel('2024', 'year', 'en', false)).to.equal('2024');
  });

  it("labels a day with its year with the card's own date formatter, not one more", () => {
    formatPaperDate('2024-05-07', 'de');
    const made: unknown[] = [];
    const restore = watchIntl(['DateTimeFormat'], (_, args) => made.push(args[1]));
    try {
      expect(groupLabel('2025-10-29', 'day', 'de', true)).to.equal('29. Okt. 2025');
    } finally {
      restore();
    }
    expect(made).to.deep.equal([]);
  });

  it('counts tags, most used first', () => {
    expect(tagCounts(papers)).to.deep.equal([
      ['nlp', 2],
      ['vision', 1],
    ]);
  });

  it("orders tags used as often in the list's language, with a collator made only for such a tie", () => {
    const made: unknown[] = [];
    const restore = watchIntl(['Collator'], (_, args) => made.push(args[0]));
    try {
      expect(tagCounts(papers, 'nl')).to.deep.equal([
        ['nlp', 2],
        ['vision', 1],
      ]);
      expect(made).to.deep.equal([]);
      const tied = [paper('x', { tags: ['zebra', 'äpple', 'apple'] })];
      expect(tagCounts(tied, 'sv').map(([tag]) => tag)).to.deep.equal(['apple', 'zebra', 'äpple']);
      expect(tagCounts(tied, 'de').map(([tag]) => tag)).to.deep.equal(['apple', 'äpple', 'zebra']);
    } finally {
      restore();
    }
    expect(made).to.deep.equal(['sv', 'de']);
  });

  it('tells papers that carry two different tags', () => {
    expect(carriesTwoTags(papers)).to.equal(true);
    expect(carriesTwoTags([paper('x', { tags: ['nlp'] }), paper('y', { tags: ['nlp'] })])).to.equal(
      false,
    );
    expect(carriesTwoTags([paper('x'), paper('y', { tags: [] })])).to.equal(false);
  });
});

describe('fixed filters set in HTML', () => {
  const papers = [
    paper('a', { published: '2024-03-01', tags: ['NLP'], authors: [{ name: 'Ada Lovelace' }] }),
    paper('b', { published: '2023-01-05', tags: ['vision'], authors: [{ name: 'Alan Türing' }] }),
    paper('c', { featured: '2025-10-29' }),
    paper('d'),
  ];

  it('keeps papers with any of the tags or authors, ignoring case and accents', () => {
    expect(ids(applyFixedFilter(papers, { anyTags: ['nlp', 'robotics'] }))).to.deep.equal(['a']);
    expect(
      ids(applyFixedFilter(papers, { anyAuthors: ['alan turing', 'Grace Hopper'] })),
    ).to.deep.equal(['b']);
  });

  it("finds a name whatever space it was written with: BibTeX's `Donald~E. Knuth`", async () => {
    const feed = await parseFeedText(
      '@book{taocp, author = {Donald~E. Knuth}, title = {The Art of Computer Programming}, year = 1968}',
    );
    expect(feed.papers[0]!.authors[0]!.name).to.equal('Donald\u00a0E. Knuth');
    const kept = applyFixedFilter(feed.papers, { anyAuthors: ['Donald E. Knuth'] });
    expect(ids(kept)).to.deep.equal(['taocp']);
    expect(ids(filterPapers(feed.papers, { terms: ['donald e.'] }))).to.deep.equal(['taocp']);
  });

  it('keeps papers between since and until, inclusive; undated papers drop out', () => {
    expect(ids(applyFixedFilter(papers, { since: '2024-03-01' }))).to.deep.equal(['a', 'c']);
    expect(ids(applyFixedFilter(papers, { until: '2024-02-29' }))).to.deep.equal(['b']);
    expect(
      ids(applyFixedFilter(papers, { since: '2023-01-01', until: '2024-12-31' })),
    ).to.deep.equal(['a', 'b']);
  });
});

describe('arranging papers dated to different precisions', () => {
  const mixed = [
    paper('year', { published: '2024' }),
    paper('month', { published: '2024-05' }),
    paper('day', { published: '2024-05-01' }),
    paper('evening-in-la', { published: '2024-05-07T23:30:00-07:00' }),
    paper('none'),
  ];

  it('sorts a period at its start, the more precise first at the same start, undated last', () => {
    expect(ids(sortPapers(mixed, 'published', 'asc'))).to.deep.equal([
      'year',
      'day',
      'month',
      'evening-in-la',
      'none',
    ]);
    expect(ids(sortPapers(mixed, 'published', 'desc'))).to.deep.equal([
      'evening-in-la',
      'day',
      'month',
      'year',
      'none',
    ]);
  });

  it('groups by day only what has a day, each instant on its own day, the rest under one heading last', () => {
    const groups = groupPapers(mixed, 'day', 'desc', 'published');
    expect(groups.map((group) => [group.key, ids(group.papers)])).to.deep.equal([
      ['2024-05-07', ['evening-in-la']],
      ['2024-05-01', ['day']],
      ['', ['year', 'month', 'none']],
    ]);
    expect(groupPapers(mixed, 'year', 'desc', 'published').map((group) => group.key)).to.deep.equal(
      ['2024', ''],
    );
    expect(groupKey(mixed[1]!, 'month', 'published')).to.equal('2024-05');
    expect(groupKey(mixed[0]!, 'month', 'published')).to.equal('');
  });

  it('keeps a paper dated by year or month when its period overlaps since/until', () => {
    const kept = applyFixedFilter(mixed, { since: '2024-05-03', until: '2024-12-31' });
    expect(ids(kept)).to.deep.equal(['year', 'month', 'evening-in-la']);
  });
});
