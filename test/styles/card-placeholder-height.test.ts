import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { PaperfeedCard, PaperfeedList } from '../../src/index.js';
import { requestsSeen, uniqueKey } from '../helpers/server.js';
import { countIn, shadowQuery, shadowQueryAll } from '../helpers/shadow.js';
import { frames, waitUntil } from '../helpers/wait.js';

const DEMO_FEED = '/demo/feeds/daily-papers.json';
const height = (element: Element) => element.getBoundingClientRect().height;

/** A feed that stays on its way until `release` is called: the placeholder holds till then. */
function heldFeed(file: string) {
  const key = uniqueKey();
  return {
    src: `/http/held?file=${file}&chars=0&key=${key}`,
    /** Lets the rest go, once the request has reached the server. */
    async release() {
      while ((await requestsSeen(key)).length === 0) await frames(1);
      await fetch(`/http/release?key=${key}`);
    },
  };
}

describe('--paperfeed-card-placeholder-height', () => {
  for (const variant of ['full', 'compact']) {
    it(`gives each of a ${variant} list's placeholder cards that height, border included`, async () => {
      const list = await fixture<PaperfeedList>(html`
        <paperfeed-list
          lang="en"
          style="font-size: 16px; --paperfeed-card-placeholder-height: 25em"
          src=${`/http/slow?ms=5000&key=${uniqueKey()}`}
          page-size="3"
          card-variant=${variant}
        ></paperfeed-list>
      `);
      const cards = shadowQueryAll(list, '.skeleton-card');
      expect(cards).to.have.length(3);
      for (const card of cards) expect(height(card)).to.be.closeTo(400, 0.5);
    });
  }

  it('gives a card loading from src that height', async () => {
    const card = await fixture<PaperfeedCard>(html`
      <paperfeed-card
        lang="en"
        style="font-size: 16px; --paperfeed-card-placeholder-height: 30em"
        src=${`/http/slow?ms=5000&key=${uniqueKey()}`}
      ></paperfeed-card>
    `);
    expect(shadowQuery(card, '[part~="skeleton"]')).to.not.equal(null);
    expect(height(card)).to.be.closeTo(480, 0.5);
  });

  it('keeps what follows a list still when its real, taller cards replace the placeholder', async () => {
    const page = await fixture<HTMLElement>(
      html`<div style="width: 600px; font: 16px/1.4 serif">
        <paperfeed-list lang="en" group-by="year" sort="published" page-size="1"></paperfeed-list>
        <p>After the list.</p>
      </div>`,
    );
    const [list, after] = [...page.children] as [PaperfeedList, HTMLElement];
    // Zotero's items carry venues and long titles: their cards run taller than a default card.
    const feed = heldFeed('test/fixtures/real/zotero-items.json');
    list.src = feed.src;
    await list.updateComplete;
    const defaultCard = height(shadowQuery(list, '.skeleton-card')!);
    list.style.setProperty('--paperfeed-card-placeholder-height', '22em');
    const placeholderCard = height(shadowQuery(list, '.skeleton-card')!);
    const top = after.getBoundingClientRect().top;
    expect(top, 'what follows is in view').to.be.below(innerHeight);

    await feed.release();
    await waitUntil(() => countIn(list, 'paperfeed-card') === 1, 'the papers did not render');
    await frames(2);
    const cards = shadowQueryAll(list, 'paperfeed-card').map(height);
    expect(Math.min(...cards), `cards ${cards} against ${defaultCard} px`).to.be.above(defaultCard);
    expect(Math.max(...cards)).to.be.at.most(placeholderCard);
    expect(after.getBoundingClientRect().top).to.be.closeTo(top, 0.5);
  });

  it("holds a list's cards far off screen at that height until each is measured", async () => {
    const list = await fixture<PaperfeedList>(html`
      <paperfeed-list
        lang="en"
        style="font-size: 16px; --paperfeed-card-placeholder-height: 30em"
        src=${`${DEMO_FEED}?placeholder-height`}
        page-size="all"
      ></paperfeed-list>
    `);
    await waitUntil(() => countIn(list, 'paperfeed-card') === 56, 'the feed did not render');
    const last = shadowQueryAll(list, 'paperfeed-card').at(-1) as HTMLElement;
    expect(last.classList.contains('sized'), 'measured already').to.equal(false);
    expect(getComputedStyle(last).containIntrinsicHeight).to.equal('auto 480px');
  });
});
