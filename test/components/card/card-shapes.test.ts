import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../src/define.js';
import { countIn, shadowQueryAll, textIn } from '../../helpers/shadow.js';
import { parseFeed, type PaperfeedCard } from '../../../src/index.js';
import { readFixture } from '../../helpers/fixtures.js';
import { waitUntil } from '../../helpers/wait.js';

const textOf = textIn;

const linkTexts = (card: PaperfeedCard) =>
  shadowQueryAll(card, '[part="link"]').map((link) =>
    link.textContent!.replace(/\s+/g, ' ').trim(),
  );

async function cardFrom(fixturePath: string, index = 0): Promise<PaperfeedCard> {
  const paper = parseFeed(await readFixture(fixturePath), {
    baseUrl: 'https://lab.example.org/papers.json',
  }).papers[index]!;
  const card = await fixture<PaperfeedCard>(
    html`<paperfeed-card lang="en" .paper=${paper}></paperfeed-card>`,
  );
  await card.updateComplete;
  return card;
}

describe('<paperfeed-card> renders every feed shape', () => {
  it('a Hugging Face search result, which has no upvotes', async () => {
    const card = await cardFrom('hugging-face/search.json');
    expect(textOf(card, 'h3')).to.equal('MetaFormer Is Actually What You Need for Vision');
    expect(textOf(card, '[part="authors"]')).to.equal('Weihao Yu, Mi Luo');
    expect(textOf(card, 'time')).to.equal('Nov 22, 2021');
    // Search results carry no upvotes; the comment count (0) is the API's own.
    expect(textIn(card, '[part="stats"]')).not.to.contain('upvote');
  });

  it('an old Hugging Face search result, {id, title, thumbnailUrl}', async () => {
    const card = await cardFrom('hugging-face/search-old.json', 1);
    expect(textOf(card, 'h3')).to.equal('Analyzing Transformers in Embedding Space');
    expect(linkTexts(card)).to.deep.equal(['PDF', 'arXiv']);
    expect(countIn(card, '[part~="meta"]')).to.equal(0);
  });

  it('a JSON Feed item with the _paperfeed extension', async () => {
    const card = await cardFrom('json-feed/lab-1.1.json');
    expect(textOf(card, 'h3')).to.equal('Layer Normalization');
    expect(textOf(card, '[part="venue"]')).to.equal('arXiv');
    expect(linkTexts(card)).to.deep.equal([
      'PDF',
      'arXiv',
      'Code ★ 120, 120 stars',
      'Project page',
      'DOI',
    ]);
    expect(textOf(card, '[part="copy-button"]')).to.equal('Copy citation');
    expect(textOf(card, '[part="abstract"]')).to.match(/^Training state-of-the-art/);
  });

  it('a Hugging Face /api/papers/{id} response fetched by src', async () => {
    const card = await fixture<PaperfeedCard>(
      html`<paperfeed-card src="/test/fixtures/hugging-face/paper.json"></paperfeed-card>`,
    );
    await oneEvent(card, 'paperfeed-load');
    await card.updateComplete;
    expect(textOf(card, 'h3')).to.equal('Scaling MLPs: A Tale of Inductive Bias');
    expect(textOf(card, '[part="links"]')).to.contain('Code ★ 386');
  });
});

describe('<paperfeed-card> passes axe in every state, light and dark', () => {
  const states: [string, () => ReturnType<typeof html>][] = [
    [
      'loaded',
      () => html`<paperfeed-card src="/test/fixtures/hugging-face/paper.json"></paperfeed-card>`,
    ],
    ['loading', () => html`<paperfeed-card src=${'/http/slow?ms=2000&key=axe'}></paperfeed-card>`],
    ['error', () => html`<paperfeed-card src="/http/status/404"></paperfeed-card>`],
    [
      'hand-written',
      () =>
        html`<paperfeed-card paper-title="Layer Normalization" published="2016-07-21" upvotes="3"
          >Abstract.</paperfeed-card
        >`,
    ],
    [
      'compact',
      () =>
        html`<paperfeed-card
          variant="compact"
          paper-title="Layer Normalization"
          authors="A, B"
          published="2016-07-21"
        ></paperfeed-card>`,
    ],
  ];
  for (const theme of ['light', 'dark']) {
    for (const [state, template] of states) {
      it(`${state}, ${theme}`, async () => {
        const wrapper = await fixture<HTMLDivElement>(
          html`<div class="page" data-theme=${theme}>${template()}</div>`,
        );
        wrapper.style.colorScheme = theme;
        wrapper.style.background = theme === 'dark' ? '#000' : '#fff';
        const card = wrapper.querySelector('paperfeed-card')!;
        // The feed may already be in the page cache, so wait for what shows, not for the event.
        const settled = { loaded: '[part="title"]', error: '[part~="error"]' }[state];
        if (settled) await waitUntil(() => countIn(card, settled) > 0, `no ${state} state`);
        expect(countIn(card, '[part~="base"]'), state).to.equal(1);
        await expect(wrapper).to.be.accessible();
      });
    }
  }
});
