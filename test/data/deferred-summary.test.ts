import { expect } from '@open-wc/testing';
import { parseFeed, type Paper } from '../../src/index.js';
import { readBlock } from '../../src/text/plain.js';
import { readFixture } from '../helpers/fixtures.js';

interface HuggingFaceEntry {
  paper: { summary: string };
}

/** The real Hugging Face answer: three papers whose abstracts are long plain text with line breaks. */
async function huggingFace(): Promise<{ papers: Paper[]; sources: string[] }> {
  const json = (await readFixture('real/hf-daily-papers.json')) as HuggingFaceEntry[];
  return {
    papers: parseFeed(structuredClone(json)).papers,
    sources: json.map((entry) => entry.paper.summary),
  };
}

const isDeferred = (paper: Paper) =>
  typeof Object.getOwnPropertyDescriptor(paper, 'summary')?.get === 'function';

function jsonFeedWith(summary: string): Paper {
  const [paper] = parseFeed({
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Lab',
    items: [{ id: 'a', title: 'A paper', content_text: summary }],
  }).papers;
  return paper!;
}

describe('parseFeed: long plain abstracts read on first access', () => {
  it('gives each the text it would have read at once, then keeps it', async () => {
    const { papers, sources } = await huggingFace();
    expect(papers.every(isDeferred)).to.equal(true);
    papers.forEach((paper, index) => {
      const text = paper.summary;
      expect(text).to.equal(readBlock(sources[index])?.text);
      expect(text).to.not.include('\n');
      expect(paper.summary).to.equal(text);
    });
  });

  it('shows the text to JSON, spreading, structured cloning and key listing', async () => {
    const { papers, sources } = await huggingFace();
    const expected = readBlock(sources[0])?.text;
    const [first, second, third] = papers as [Paper, Paper, Paper];
    expect(JSON.parse(JSON.stringify(first)).summary).to.equal(expected);
    expect({ ...second }.summary).to.equal(readBlock(sources[1])?.text);
    expect(structuredClone(third).summary).to.equal(readBlock(sources[2])?.text);
    expect(Object.keys(papers[0]!)).to.include('summary');
    expect(Object.getOwnPropertySymbols(JSON.parse(JSON.stringify(first)))).to.deep.equal([]);
  });

  it('lets a page replace the abstract, and reads a frozen paper', async () => {
    const { papers, sources } = await huggingFace();
    const [edited, frozen] = papers as [Paper, Paper];
    edited.summary = 'Shortened.';
    expect(edited.summary).to.equal('Shortened.');
    expect(JSON.parse(JSON.stringify(edited)).summary).to.equal('Shortened.');
    Object.freeze(frozen);
    expect(frozen.summary).to.equal(readBlock(sources[1])?.text);
    expect(frozen.summary).to.equal(readBlock(sources[1])?.text);
  });

  it('reads at once what may hold markup, a reference, or too little text to be worth it', () => {
    const long = 'Word and word. '.repeat(40);
    expect(isDeferred(jsonFeedWith(long))).to.equal(true);
    for (const summary of [
      'A short abstract.',
      `${long}Fish &amp; chips.`,
      `${long}<b>bold</b>`,
      // No letter or digit: it may read as nothing, and then the paper has no summary at all.
      ' \u0001 '.repeat(200),
    ]) {
      const paper = jsonFeedWith(summary);
      expect(isDeferred(paper), summary.slice(-20)).to.equal(false);
    }
    expect(jsonFeedWith(`${long}Fish &amp; chips.`).summary).to.match(/Fish & chips\.$/);
    expect('summary' in jsonFeedWith(' \u0001 '.repeat(200))).to.equal(false);
  });
});
