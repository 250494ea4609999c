import { expect } from '@open-wc/testing';
import { formatPaperDate, parseFeed } from '../../src/index.js';
import { parseDailyPapersPage } from '../../scripts/daily-papers-page.mjs';

const PAGE = `new

Get trending papers in your email inbox!

Subscribe

Daily Papers

byAK and the research community

Oct 29

Skip a Layer or Loop it? Test-Time Depth Adaptation of Pretrained LLMs

Can a pretrained neural network adapt its architecture to different inputs without any finetuning?

  • 3 authors
·
Jul 10 14

Localizing and Editing Knowledge in Text-to-Image Generative Models

Text-to-Image Diffusion Models such as Stable-Diffusion and Imagen have achieved unprecedented quality.

  • 1 authors
·
Oct 20, 2023 2

Rethinking the shape convention of an MLP

Multi-layer perceptrons (MLPs) conventionally follow a narrow-wide-narrow design.

Configurable Foundation Models: Building LLMs from a Modular Perspective

Advancements in LLMs have recently unveiled challenges tied to computational efficiency.

openbmb OpenBMB
·
Aug 3
`;

describe('the Daily Papers page reader', () => {
  it('reads yearless dates in the page year and the number after them as upvotes', () => {
    const { items } = parseDailyPapersPage(PAGE, 2025);
    expect(items[0]).to.deep.include({
      title: 'Skip a Layer or Loop it? Test-Time Depth Adaptation of Pretrained LLMs',
      date_published: '2025-07-10',
    });
    expect(items[0]!._paperfeed).to.deep.equal({
      featured_at: '2025-10-29',
      author_count: 3,
      upvotes: 14,
    });
    expect(items[1]!.date_published).to.equal('2023-10-20');
    expect(items[1]!._paperfeed).to.deep.equal({
      featured_at: '2025-10-29',
      author_count: 1,
      upvotes: 2,
    });
  });

  it('invents nothing: no date, count or upvotes where the page shows none', () => {
    const { items } = parseDailyPapersPage(PAGE, 2025);
    expect(items[2]).not.to.have.property('date_published');
    expect(items[2]!._paperfeed).to.deep.equal({ featured_at: '2025-10-29' });
    // An organization shown in place of the author count is not an author count.
    expect(items[3]!.date_published).to.equal('2025-08-03');
    expect(items[3]!._paperfeed).to.deep.equal({ featured_at: '2025-10-29' });
  });
});

describe("the demo's default feed", () => {
  async function demoFeed() {
    const response = await fetch(new URL('../../demo/feeds/daily-papers.json', import.meta.url));
    return parseFeed(await response.json());
  }

  it('holds the 56 papers of the page, all featured on Oct 29, 2025', async () => {
    const feed = await demoFeed();
    expect(feed.title).to.equal('Daily Papers');
    expect(feed.description).to.equal('by AK and the research community');
    expect(feed.warnings).to.deep.equal([]);
    expect(feed.papers).to.have.length(56);
    expect(new Set(feed.papers.map((paper) => paper.featured))).to.deep.equal(
      new Set(['2025-10-29']),
    );
    expect(
      formatPaperDate(feed.papers[0]!.featured!, 'en-US', { month: 'short', day: 'numeric' }),
    ).to.equal('Oct 29');
  });

  it('carries what the page shows for each paper, and no names or links it does not', async () => {
    const feed = await demoFeed();
    const skip = feed.papers.find((paper) => paper.title.startsWith('Skip a Layer'));
    expect(skip).to.deep.include({
      published: '2025-07-10',
      upvotes: 14,
      authorCount: 3,
    });
    expect(skip!.summary).to.match(/^Can a pretrained neural network adapt its architecture/);
    const layerNorm = feed.papers.find((paper) => paper.title === 'Layer Normalization');
    expect(layerNorm).to.deep.include({ published: '2016-07-21', authorCount: 3 });
    expect(layerNorm).not.to.have.property('upvotes');
    for (const paper of feed.papers) {
      expect(paper.authors).to.deep.equal([]);
      expect(paper.links).to.deep.equal({});
      expect(paper).not.to.have.property('url');
    }
    expect(feed.papers.filter((paper) => paper.published === undefined)).to.have.length(5);
    expect(feed.papers.filter((paper) => paper.upvotes !== undefined)).to.have.length(12);
  });
});
