import { paper } from '../helpers/papers.js';
import { expect } from '@open-wc/testing';
import { mergeFeeds } from '../../src/data/merge.js';
import { parseFeed } from '../../src/index.js';
import { readFixture } from '../helpers/fixtures.js';

describe('mergeFeeds', () => {
  it('keeps a paper found in several sources once, matching DOI, then arXiv id, then URL', () => {
    const merged = mergeFeeds([
      {
        papers: [paper('a', { doi: '10.1/x' }), paper('b', { arxivId: '1607.06450' })],
        warnings: [],
      },
      {
        papers: [
          paper('a2', { doi: '10.1/X' }),
          paper('b2', { arxivId: '1607.06450' }),
          paper('c', { url: 'https://example.org/c' }),
        ],
        warnings: [],
      },
      { papers: [paper('c2', { url: 'https://example.org/c' })], warnings: ['w'] },
    ]);
    expect(merged.papers.map((p) => p.id)).to.deep.equal(['a', 'b', 'c']);
    expect(merged.warnings).to.deep.equal(['w']);
  });

  it('takes each field from the record that has it, the longer author list and every tag', () => {
    const [merged] = mergeFeeds([
      {
        papers: [
          paper('a', { doi: '10.1/x', upvotes: 3, tags: ['nlp'], authors: [{ name: 'Ada' }] }),
        ],
        warnings: [],
      },
      {
        papers: [
          paper('b', {
            doi: '10.1/x',
            summary: 'Abstract.',
            tags: ['NLP', 'vision'],
            authors: [{ name: 'Ada' }, { name: 'Alan' }],
            links: { pdf: 'https://example.org/a.pdf' },
          }),
        ],
        warnings: [],
      },
    ]).papers;
    expect(merged).to.deep.include({ id: 'a', upvotes: 3, summary: 'Abstract.' });
    expect(merged!.tags).to.deep.equal(['nlp', 'vision']);
    expect(merged!.authors).to.have.length(2);
    expect(merged!.links).to.deep.equal({ pdf: 'https://example.org/a.pdf' });
  });

  it("takes a title or abstract with its own italics, never one record's text with the other's", () => {
    const italic = (text: string) => [{ text, italic: true as const }];
    const plain = paper('a', { doi: '10.1/x', title: 'E. coli in soil', summary: 'Plain.' });
    const marked = paper('b', {
      doi: '10.1/x',
      title: 'E. coli in the soil',
      titleRuns: italic('E. coli in the soil'),
      summary: 'Marked.',
      summaryRuns: [italic('Marked.')],
    });
    const [merged] = mergeFeeds([
      { papers: [plain], warnings: [] },
      { papers: [marked], warnings: [] },
    ]).papers;
    expect(merged!.title).to.equal('E. coli in soil');
    expect(merged!.summary).to.equal('Plain.');
    expect(['titleRuns' in merged!, 'summaryRuns' in merged!]).to.deep.equal([false, false]);
    const withoutAbstract = { ...plain, summary: undefined };
    const [filled] = mergeFeeds([
      { papers: [withoutAbstract], warnings: [] },
      { papers: [marked], warnings: [] },
    ]).papers;
    expect([filled!.summary, filled!.summaryRuns]).to.deep.equal(['Marked.', [italic('Marked.')]]);
  });

  it('merges two real-shaped feeds, keeping ids unique', async () => {
    const lab = parseFeed(await readFixture('json-feed/lab-1.1.json'), {
      baseUrl: 'https://lab.example.org/papers.json',
    });
    const member = parseFeed(await readFixture('json-feed/member-feed.json'));
    const merged = mergeFeeds([lab, member]);
    expect(merged.title).to.equal('Example Lab publications');
    const layerNorm = merged.papers.find((p) => p.arxivId === '1607.06450')!;
    expect(layerNorm.upvotes).to.equal(14);
    expect(layerNorm.thumbnail).to.equal('https://lab.example.org/images/layer-norm.png');
    expect(layerNorm.tags).to.deep.equal(['normalization', 'deep learning', 'layers']);
    expect(merged.papers.filter((p) => p.title === 'Layer Normalization')).to.have.length(1);
    expect(new Set(merged.papers.map((p) => p.id)).size).to.equal(merged.papers.length);
    expect(merged.papers.at(-1)!.id).to.equal('https://lab.example.org/papers/layer-norm-2');
  });
});
