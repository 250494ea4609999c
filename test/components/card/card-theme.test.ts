import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { engine, itIn } from '../../helpers/engines.js';
import '../../../src/define.js';
import type { Paper, PaperfeedCard } from '../../../src/index.js';

const paper: Paper = {
  id: 'ln',
  title: 'Layer Normalization',
  url: 'https://arxiv.org/abs/1607.06450',
  summary: 'Training state-of-the-art, deep neural networks is computationally expensive.',
  authors: [{ name: 'Jimmy Lei Ba' }, { name: 'Jamie Ryan Kiros' }],
  published: '2016-07-21',
  upvotes: 14,
  tags: ['normalization'],
  links: { pdf: 'https://arxiv.org/pdf/1607.06450' },
};

const LIGHT_SURFACE = 'rgb(255, 255, 255)';
const DARK_SURFACE = 'rgb(21, 27, 35)';

async function cardIn(pageStyle: string, attributes = ''): Promise<PaperfeedCard> {
  const wrapper = await fixture<HTMLDivElement>(
    `<div style="${pageStyle}"><paperfeed-card ${attributes}></paperfeed-card></div>`,
  );
  const card = wrapper.querySelector('paperfeed-card')!;
  card.paper = paper;
  await card.updateComplete;
  return card;
}

const surfaceOf = (card: PaperfeedCard) =>
  getComputedStyle(card.shadowRoot!.querySelector('[part="base"]')!).backgroundColor;

describe('<paperfeed-card> themes', () => {
  it('stays light on a page that sets no color-scheme', async () => {
    const card = await cardIn('');
    expect(surfaceOf(card)).to.equal(LIGHT_SURFACE);
    await expect(card).to.be.accessible();
  });

  it("follows the page's color-scheme: dark", async () => {
    const card = await cardIn('color-scheme: dark; background: #000');
    expect(surfaceOf(card)).to.equal(DARK_SURFACE);
    await expect(card).to.be.accessible();
  });

  it('forces dark with theme="dark" and light with theme="light"', async () => {
    const dark = await cardIn('', 'theme="dark"');
    expect(surfaceOf(dark)).to.equal(DARK_SURFACE);
    await expect(dark).to.be.accessible();
    const light = await cardIn('color-scheme: dark', 'theme="light"');
    expect(surfaceOf(light)).to.equal(LIGHT_SURFACE);
  });

  it('takes its colors from --paperfeed-card-* first, then the global --paperfeed-* tokens', async () => {
    const global = await cardIn(
      '--paperfeed-surface: rgb(1, 2, 3); --paperfeed-accent: rgb(200, 0, 0)',
    );
    expect(surfaceOf(global)).to.equal('rgb(1, 2, 3)');
    const link = global.shadowRoot!.querySelector('[part="link"]')!;
    expect(getComputedStyle(link).color).to.equal('rgb(200, 0, 0)');
    const own = await cardIn(
      '--paperfeed-surface: rgb(1, 2, 3); --paperfeed-card-surface: rgb(4, 5, 6)',
    );
    expect(surfaceOf(own)).to.equal('rgb(4, 5, 6)');
  });

  it("inherits the host page's font and lets the page style its parts", async () => {
    const style = document.createElement('style');
    style.textContent = 'paperfeed-card.styled::part(title) { text-transform: uppercase; }';
    document.head.append(style);
    try {
      const card = await cardIn('font-family: Georgia, serif', 'class="styled"');
      const title = card.shadowRoot!.querySelector('[part="title"]')!;
      expect(getComputedStyle(title).fontFamily).to.equal('Georgia, serif');
      expect(getComputedStyle(title).textTransform).to.equal('uppercase');
    } finally {
      style.remove();
    }
  });

  it("is not restyled by the host page's own element rules", async () => {
    const style = document.createElement('style');
    style.textContent = 'h3, a, p { color: rgb(255, 0, 0) !important; display: none !important; }';
    document.head.append(style);
    try {
      const card = await cardIn('');
      const title = card.shadowRoot!.querySelector('h3')!;
      expect(getComputedStyle(title).display).to.equal('block');
    } finally {
      style.remove();
    }
  });

  it('lays out mirrored on a right-to-left page', async () => {
    const card = await cardIn('direction: rtl; width: 400px', 'dir="rtl"');
    const base = card.shadowRoot!.querySelector('[part="base"]')!.getBoundingClientRect();
    const title = card.shadowRoot!.querySelector('[part="title"] a')!.getBoundingClientRect();
    const pdf = card.shadowRoot!.querySelector('[part="link"]')!.getBoundingClientRect();
    // Text and the links row start at the right edge.
    expect(base.right - title.right).to.be.lessThan(base.width / 4);
    expect(base.right - pdf.right).to.be.lessThan(base.width / 4);
    expect(pdf.left - base.left).to.be.greaterThan(base.width / 2);
  });
});

describe('<paperfeed-card> motion', () => {
  afterEach(async () => {
    if (engine === 'chromium') await emulateMedia({ reducedMotion: 'no-preference' });
  });

  itIn(
    ['chromium'],
    'emulating the reader’s motion setting needs the DevTools protocol',
    'stills the loading skeleton for readers who prefer reduced motion',
    async () => {
      const card = await fixture<PaperfeedCard>(
        html`<paperfeed-card src=${'/http/slow?ms=300&key=motion'}></paperfeed-card>`,
      );
      const bar = card.shadowRoot!.querySelector('.bar')!;
      expect(getComputedStyle(bar).animationName).to.equal('pulse');
      await emulateMedia({ reducedMotion: 'reduce' });
      expect(getComputedStyle(bar).animationName).to.equal('none');
    },
  );
});
