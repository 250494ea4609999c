import { expect } from '@open-wc/testing';
import { FeedError, parseFeed } from '../../src/index.js';
import { readFixture, thrownBy } from '../helpers/fixtures.js';

describe('parseFeed: Hugging Face papers API', () => {
  it('reads /api/daily_papers: featured day, paper date, links, counts and keywords', async () => {
    const feed = parseFeed(await readFixture('hugging-face/daily-papers.json'));
    expect(feed.papers).to.have.length(3);
    const [localizing] = feed.papers;
    expect(localizing).to.deep.equal({
      id: '2310.13730',
      title: 'Localizing and Editing Knowledge in Text-to-Image Generative Models',
      url: 'https://huggingface.co/papers/2310.13730',
      summary:
        'Text-to-Image Diffusion Models such as Stable-Diffusion and Imagen have achieved unprecedented quality of photorealism with state-of-the-art FID scores on MS-COCO and other generation benchmarks.',
      authors: [
        { name: 'Samyadeep Basu' },
        { name: 'Nanxuan Zhao', url: 'https://huggingface.co/nanxuanzhao' },
        { name: 'Vlad Morariu' },
        { name: 'Soheil Feizi' },
        { name: 'Varun Manjunatha' },
      ],
      authorCount: 5,
      published: '2023-10-20T17:31:12.000Z',
      featured: '2023-10-23T00:46:34.812Z',
      upvotes: 2,
      comments: 1,
      thumbnail: 'https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/2310.13730.png',
      tags: ['Causal Mediation Analysis', 'UNet', 'text-encoder', 'CLIP', 'model editing'],
      links: {
        pdf: 'https://arxiv.org/pdf/2310.13730',
        code: { url: 'https://github.com/samyadeepbasu/DiffQuickFix', stars: 41 },
        arxiv: 'https://arxiv.org/abs/2310.13730',
      },
      arxivId: '2310.13730',
    });
  });

  it('keeps a hidden author by name but never links their profile', async () => {
    const feed = parseFeed(await readFixture('hugging-face/daily-papers.json'));
    const hidden = feed.papers[0]!.authors.find((author) => author.name === 'Vlad Morariu');
    expect(hidden).to.deep.equal({ name: 'Vlad Morariu' });
  });

  it('leaves out an empty summary, zero-keyword lists and an unsafe thumbnail', async () => {
    const feed = parseFeed(await readFixture('hugging-face/daily-papers.json'));
    const [, hopfield, layerNorm] = feed.papers;
    expect(hopfield).not.to.have.property('summary');
    expect(hopfield!.tags).to.deep.equal([]);
    expect(hopfield!.upvotes).to.equal(0);
    expect(hopfield!.links.project).to.equal('https://ml-jku.github.io/hopfield-layers/');
    expect(hopfield!.featured).to.equal('2025-10-29T08:12:00.000Z');
    expect(layerNorm).not.to.have.property('thumbnail');
    expect(layerNorm).not.to.have.property('summary');
    expect(layerNorm!.comments).to.equal(3);
  });

  it('reads /api/papers/{id}, one flat paper', async () => {
    const feed = parseFeed(await readFixture('hugging-face/paper.json'));
    expect(feed.papers).to.have.length(1);
    const [paper] = feed.papers;
    expect(paper!.title).to.equal('Scaling MLPs: A Tale of Inductive Bias');
    expect(paper!.featured).to.equal('2023-06-26T01:12:09.155Z');
    expect(paper!.links.code).to.deep.equal({
      url: 'https://github.com/gregorbachmann/scaling_mlps',
      stars: 386,
    });
    expect(paper!.authorCount).to.equal(3);
  });

  it('reads /api/papers/search results, which have no upvotes and highlighted titles', async () => {
    const feed = parseFeed(await readFixture('hugging-face/search.json'));
    expect(feed.papers.map((paper) => paper.title)).to.deep.equal([
      'MetaFormer Is Actually What You Need for Vision',
      'Peri-LN: Revisiting Layer Normalization in the Transformer Architecture',
    ]);
    expect(feed.papers[0]).not.to.have.property('upvotes');
    expect(feed.papers[0]).not.to.have.property('featured');
    expect(feed.papers[1]!.comments).to.equal(2);
  });

  it('reads the old search shape, {id, title, thumbnailUrl}', async () => {
    const feed = parseFeed(await readFixture('hugging-face/search-old.json'));
    expect(feed.papers[1]).to.deep.equal({
      id: '2209.02535',
      title: 'Analyzing Transformers in Embedding Space',
      url: 'https://huggingface.co/papers/2209.02535',
      authors: [],
      thumbnail: 'https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/2209.02535.png',
      tags: [],
      links: { pdf: 'https://arxiv.org/pdf/2209.02535', arxiv: 'https://arxiv.org/abs/2209.02535' },
      arxivId: '2209.02535',
    });
  });

  it('reads a day without papers as an empty feed', () => {
    expect(parseFeed([])).to.deep.equal({ format: 'hugging-face', papers: [], warnings: [] });
  });

  it("passes on the API's own error message", () => {
    const error = thrownBy(() =>
      parseFeed({ error: 'Invalid date' }, { format: 'hugging-face' }),
    ) as FeedError;
    expect(error.message).to.equal('The Hugging Face API answered with an error: Invalid date');
  });
});
