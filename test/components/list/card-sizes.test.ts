import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/define.js';
import type { PaperfeedList } from '../../../src/index.js';
import { itIn } from '../../helpers/engines.js';
import { NARROW_ABSTRACT, paper } from '../../helpers/papers.js';
import { countIn, shadowQueryAll } from '../../helpers/shadow.js';
import { waitUntil } from '../../helpers/wait.js';

const DEMO_FEED = '/demo/feeds/daily-papers.json';

interface LayoutShiftSources {
  sources: Array<{ node?: Node; currentRect: DOMRectReadOnly }>;
}

const frame = () =>
  new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

/** Scrolls the page from top to bottom half a viewport at a time; its smallest and largest height. */
async function heightsWhileScrolling(): Promise<[number, number]> {
  const heights: number[] = [];
  scrollTo(0, 0);
  await frame();
  for (let y = 0; y <= document.documentElement.scrollHeight; y += innerHeight / 2) {
    scrollTo(0, y);
    await frame();
    heights.push(document.documentElement.scrollHeight);
  }
  scrollTo(0, 0);
  return [Math.min(...heights), Math.max(...heights)];
}

describe('<paperfeed-list> cards off screen', () => {
  for (const variant of ['full', 'compact']) {
    it(`skip layout off screen at the height each ${variant} card has, so the page keeps its height as a reader scrolls`, async () => {
      const list = await fixture<PaperfeedList>(
        html`<paperfeed-list
          lang="en"
          src=${`${DEMO_FEED}?sizes-${variant}`}
          page-size="all"
          card-variant=${variant}
        ></paperfeed-list>`,
      );
      await waitUntil(() => countIn(list, 'paperfeed-card') === 56, 'the feed did not render');
      const cards = shadowQueryAll(list, 'paperfeed-card') as HTMLElement[];
      const skippable = (card: HTMLElement) =>
        getComputedStyle(card).getPropertyValue('content-visibility') === 'auto';
      // While the page is idle, every card is laid out once to learn its height.
      await waitUntil(() => cards.every((card) => card.classList.contains('sized')), 'not sized');
      // Those of the first screen are laid out as they are added, and never skipped.
      const firstScreen = cards.filter((card) => card.hasAttribute('data-first-screen'));
      expect(firstScreen.length).to.be.within(1, 20);
      expect(cards.slice(0, firstScreen.length)).to.deep.equal(firstScreen);
      expect(firstScreen.some(skippable)).to.equal(false);
      expect(cards.slice(firstScreen.length).every(skippable)).to.equal(true);
      const [low, high] = await heightsWhileScrolling();
      expect(high - low, `the page's height went from ${low} to ${high} px`).to.be.at.most(4);
      expect(low).to.be.above(innerHeight * 2);
    });
  }

  it('hold the height a card on screen has with its "Show more", though the reader scrolls away at once', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <paperfeed-list
          lang="en"
          src=${`${DEMO_FEED}?sizes-away`}
          page-size="4"
          abstract-lines="2"
        ></paperfeed-list>
        <div style="height: 5000px"></div>
      </div>`,
    );
    const list = wrapper.querySelector('paperfeed-list')!;
    await waitUntil(() => countIn(list, 'paperfeed-card') === 4, 'the feed did not render');
    scrollTo(0, 4000);
    const cards = shadowQueryAll(list, 'paperfeed-card') as HTMLElement[];
    await waitUntil(() => cards.every((card) => card.classList.contains('sized')), 'not sized');
    const held = cards.map((card) =>
      Math.round(parseFloat(card.style.containIntrinsicHeight.split(' ')[1]!)),
    );
    scrollTo(0, 0);
    await frame();
    const toggles = cards.filter((card) =>
      card.shadowRoot!.querySelector('[part="abstract-toggle"]'),
    );
    expect(toggles.length, 'no card shows "Show more"').to.be.above(0);
    expect(held).to.deep.equal(
      cards.map((card) => Math.round(card.getBoundingClientRect().height)),
    );
  });

  itIn(
    ['chromium'],
    'only Chromium reports layout shifts',
    'learn their heights without moving anything on screen',
    async () => {
      let shift = 0;
      const observer = new PerformanceObserver((entries) => {
        for (const entry of entries.getEntries())
          shift += (entry as PerformanceEntry & { value: number }).value;
      });
      const list = await fixture<PaperfeedList>(
        html`<paperfeed-list
          lang="en"
          src=${`${DEMO_FEED}?sizes-shift`}
          page-size="all"
        ></paperfeed-list>`,
      );
      await waitUntil(() => countIn(list, 'paperfeed-card') === 56, 'the feed did not render');
      await frame();
      observer.observe({ type: 'layout-shift' });
      const cards = shadowQueryAll(list, 'paperfeed-card') as HTMLElement[];
      await waitUntil(() => cards.every((card) => card.classList.contains('sized')), 'not sized');
      await frame();
      observer.disconnect();
      expect(shift).to.equal(0);
    },
  );

  itIn(
    ['chromium'],
    'only Chromium reports layout shifts',
    "lay the first screen's cards out at their own height as they are added: what follows the list moves once, to its place",
    async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <paperfeed-list lang="en" page-size="3"></paperfeed-list>
          <p>What the page says after the list.</p>
        </div>`,
      );
      const list = wrapper.querySelector('paperfeed-list')!;
      const after = wrapper.querySelector('p')!;
      await frame();
      const places: number[] = [];
      const observer = new PerformanceObserver((entries) => {
        for (const entry of entries.getEntries() as Array<PerformanceEntry & LayoutShiftSources>)
          for (const source of entry.sources)
            if (source.node === after) places.push(Math.round(source.currentRect.y));
      });
      observer.observe({ type: 'layout-shift' });
      // Cards without abstracts: far shorter than the height a skipped card holds.
      list.papers = ['a', 'b', 'c'].map((id) => paper(id, { title: `Paper ${id}` }));
      await waitUntil(() => countIn(list, 'paperfeed-card') === 3, 'the papers did not render');
      await frame();
      observer.disconnect();
      const final = Math.round(after.getBoundingClientRect().y);
      expect(places.length, 'the paragraph never moved').to.be.above(0);
      expect(places, `the paragraph ends at ${final}`).to.deep.equal(places.map(() => final));
    },
  );

  it('measure each abstract once it is laid out: every card gets its "Show more", the last as the reader reaches it, and no ResizeObserver loop is reported', async () => {
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    const papers = Array.from({ length: 40 }, (_, index) =>
      paper(`p${index}`, { title: `Paper ${index}`, summary: NARROW_ABSTRACT }),
    );
    const list = await fixture<PaperfeedList>(
      html`<paperfeed-list
        lang="en"
        style="width: 200px"
        page-size="all"
        abstract-lines="2"
        .papers=${papers}
      ></paperfeed-list>`,
    );
    try {
      await waitUntil(() => countIn(list, 'paperfeed-card') === 40, 'the papers did not render');
      const cards = shadowQueryAll(list, 'paperfeed-card') as HTMLElement[];
      const toggled = (card: HTMLElement) =>
        card.shadowRoot!.querySelector('[part="abstract-toggle"]') !== null;
      await waitUntil(() => toggled(cards[0]!), 'the first card has no Show more');
      // Cards the browser lays out off screen (Chromium does up to 1.5 screens below) are
      // measured too, without a scroll: every card has it once the list has learnt their heights.
      await waitUntil(() => cards.every((card) => card.classList.contains('sized')), 'not sized');
      const without = cards.flatMap((card, index) => (toggled(card) ? [] : [index]));
      expect(without, 'cards without Show more').to.deep.equal([]);
      cards.at(-1)!.scrollIntoView();
      await waitUntil(() => toggled(cards.at(-1)!), 'the last card has no Show more on screen');
      await frame();
      expect(errors.filter((message) => /ResizeObserver/.test(message))).to.deep.equal([]);
    } finally {
      window.removeEventListener('error', onError);
      scrollTo(0, 0);
    }
  });
});
