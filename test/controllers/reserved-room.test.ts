import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { PaperfeedCard, PaperfeedList } from '../../src/index.js';
import { uniqueKey } from '../helpers/server.js';
import { shadowQuery } from '../helpers/shadow.js';
import { frames, waitUntil } from '../helpers/wait.js';

/** A two-paper feed without abstracts, sent `ms` after it is asked for. */
const slowFeed = (ms = 300) => `/http/slow?ms=${ms}&key=${uniqueKey()}`;

const top = (element: Element) => element.getBoundingClientRect().top;
const height = (element: Element) => element.getBoundingClientRect().height;

/** A page of text with `element` in it, the line after it to watch. */
async function onPage<T extends HTMLElement>(element: ReturnType<typeof html>) {
  const page = await fixture<HTMLElement>(
    html`<div>
      <p>Before the element.</p>
      ${element}
      <p class="after">After the element.</p>
    </div>`,
  );
  const host = page.children[1] as T;
  const after = page.querySelector('.after') as HTMLElement;
  return { page, host, after };
}

/** A list of `page-size="3"` on the two-paper feed, on a page of text. */
const listOnPage = () =>
  onPage<PaperfeedList>(
    html`<paperfeed-list lang="en" page-size="3" src=${slowFeed()}></paperfeed-list>`,
  );

/** Waits for the skeleton to be laid out, then for the content that replaces it. */
async function loaded(host: HTMLElement, after: HTMLElement, done: () => boolean) {
  await waitUntil(() => shadowQuery(host, '[part~="skeleton"]') !== null, 'no skeleton');
  await frames();
  const placeholder = { hostHeight: height(host), afterTop: top(after) };
  await waitUntil(done, 'the content never came');
  await frames();
  return placeholder;
}

/** `loaded` for a list: its content is its cards. */
const cardsLoaded = (list: HTMLElement, after: HTMLElement) =>
  loaded(list, after, () => shadowQuery(list, 'paperfeed-card') !== null);

describe('the room an element held for its placeholder', () => {
  it('stays when a list’s papers take less of it, so the text after it stays still', async () => {
    const { host: list, after } = await listOnPage();
    const placeholder = await cardsLoaded(list, after);
    // Two cards without abstracts, where the placeholder held three full ones.
    expect(height(shadowQuery(list, '[part="base"]')!)).to.be.below(placeholder.hostHeight - 100);
    expect(height(list)).to.be.closeTo(placeholder.hostHeight, 1);
    expect(top(after)).to.be.closeTo(placeholder.afterTop, 1);
    await expect(list).to.be.accessible();
  });

  it('stays when a failed load shows its message, and goes when the reader retries', async () => {
    const { host: list, after } = await onPage<PaperfeedList>(
      html`<paperfeed-list
        lang="en"
        page-size="2"
        src=${`/http/status/500?ms=300&key=${uniqueKey()}`}
      ></paperfeed-list>`,
    );
    const placeholder = await loaded(
      list,
      after,
      () => shadowQuery(list, '[part~="retry-button"]') !== null,
    );
    expect(top(after)).to.be.closeTo(placeholder.afterTop, 1);
    (shadowQuery(list, '[part~="retry-button"]') as HTMLButtonElement).click();
    expect(list.style.minHeight).to.equal('');
  });

  it('goes when the reader acts on the list: what they did moves it', async () => {
    const { host: list, after } = await onPage<PaperfeedList>(
      html`<paperfeed-list lang="en" page-size="3" searchable src=${slowFeed()}></paperfeed-list>`,
    );
    const placeholder = await cardsLoaded(list, after);
    const search = shadowQuery(list, '[part="search"]') as HTMLInputElement;
    search.value = 'layer';
    search.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await list.updateComplete;
    expect(height(list)).to.be.closeTo(height(shadowQuery(list, '[part="base"]')!), 1);
    expect(top(after)).to.be.below(placeholder.afterTop - 100);
  });

  it('goes once the list is below the viewport, where nothing the reader sees moves', async () => {
    const { page, host: list, after } = await listOnPage();
    await cardsLoaded(list, after);
    expect(list.style.minHeight).not.to.equal('');
    const spacer = document.createElement('div');
    spacer.style.height = `${2 * innerHeight}px`;
    page.prepend(spacer);
    await waitUntil(() => list.style.minHeight === '', 'the room was kept out of sight');
  });

  it('is let go at once by a list that loads out of sight', async () => {
    const { host: list, after } = await onPage<PaperfeedList>(
      html`<div style="height: ${2 * innerHeight}px"></div>
        <paperfeed-list lang="en" page-size="3" src=${slowFeed()}></paperfeed-list>`,
    );
    const below = list.nextElementSibling as PaperfeedList;
    await cardsLoaded(below, after);
    await waitUntil(() => below.style.minHeight === '', 'the room was kept out of sight');
  });

  it('goes once the list is above the viewport, where scroll anchoring keeps the view', async () => {
    const { page, host: list, after } = await listOnPage();
    const rest = document.createElement('div');
    rest.style.height = `${3 * innerHeight}px`;
    rest.textContent = 'The rest of the page.';
    page.append(rest);
    await cardsLoaded(list, after);
    const held = list.style.minHeight;
    expect(held).not.to.equal('');
    scrollTo(0, scrollY + list.getBoundingClientRect().bottom + 50);
    const restTop = top(rest);
    try {
      if (CSS.supports('overflow-anchor', 'auto')) {
        await waitUntil(() => list.style.minHeight === '', 'the room was kept above the viewport');
        await frames();
        // What is on screen did not move: the browser scrolled by the room let go.
        expect(top(rest)).to.be.closeTo(restTop, 1);
      } else {
        await frames(4);
        expect(list.style.minHeight).to.equal(held);
      }
    } finally {
      scrollTo(0, 0);
    }
  });

  it('goes one list a frame above the viewport, so that nothing counts as a layout shift', async () => {
    const page = await fixture<HTMLElement>(
      html`<div style="font-size: 10px">
        <paperfeed-list lang="en" page-size="1" src=${slowFeed()}></paperfeed-list>
        <paperfeed-list lang="en" page-size="1" src=${slowFeed()}></paperfeed-list>
        <p>After the lists.</p>
        <div style="height: ${3 * innerHeight}px">The rest of the page.</div>
      </div>`,
    );
    const lists = [...page.querySelectorAll('paperfeed-list')];
    const rest = page.lastElementChild as HTMLElement;
    await waitUntil(
      () => lists.every((list) => shadowQuery(list, 'paperfeed-card') !== null),
      'the papers never came',
    );
    await frames();
    // Both on screen, each holding the room of a card with an abstract.
    expect(lists.map((list) => list.style.minHeight)).not.to.include('');
    const shifts: number[] = [];
    const countsShifts = PerformanceObserver.supportedEntryTypes.includes('layout-shift');
    const observer = new PerformanceObserver((entries) => {
      for (const entry of entries.getEntries())
        shifts.push((entry as unknown as { value: number }).value);
    });
    if (countsShifts) observer.observe({ type: 'layout-shift' });
    const held: number[] = [];
    let watching = true;
    const watch = () => {
      held.push(lists.filter((list) => list.style.minHeight !== '').length);
      if (watching) requestAnimationFrame(watch);
    };
    requestAnimationFrame(watch);
    // Both lists above the viewport at once.
    scrollTo(0, scrollY + rest.getBoundingClientRect().top);
    const restTop = top(rest);
    try {
      if (CSS.supports('overflow-anchor', 'auto')) {
        await waitUntil(() => held.at(-1) === 0, 'the rooms were kept above the viewport');
        expect(held, 'frames holding each number of rooms').to.include(1);
        await frames();
        expect(top(rest)).to.be.closeTo(restTop, 1);
        expect(shifts, 'layout shifts counted').to.deep.equal([]);
      } else {
        await frames(4);
        expect(held.at(-1)).to.equal(2);
      }
    } finally {
      watching = false;
      observer.disconnect();
      scrollTo(0, 0);
    }
  });

  it('goes when one scroll takes the list from above the viewport to below it', async () => {
    const {
      page,
      host: list,
      after,
    } = await onPage<PaperfeedList>(
      html`<paperfeed-list lang="en" page-size="3" src=${slowFeed(600)}></paperfeed-list>`,
    );
    const before = document.createElement('div');
    before.style.height = `${2 * innerHeight}px`;
    page.prepend(before);
    const rest = document.createElement('div');
    rest.style.height = `${3 * innerHeight}px`;
    page.append(rest);
    scrollTo(0, scrollY + list.getBoundingClientRect().top);
    try {
      await cardsLoaded(list, after);
      expect(list.style.minHeight).not.to.equal('');
      scrollTo(0, scrollY + list.getBoundingClientRect().bottom + innerHeight);
      await frames();
      scrollTo(0, 0);
      await waitUntil(() => list.style.minHeight === '', 'the room was kept below the viewport');
    } finally {
      scrollTo(0, 0);
    }
  });

  it('gives back the page’s own inline min-height', async () => {
    const { host: list, after } = await onPage<PaperfeedList>(
      html`<paperfeed-list
        lang="en"
        page-size="3"
        style="min-height: 40px"
        src=${slowFeed()}
      ></paperfeed-list>`,
    );
    await cardsLoaded(list, after);
    expect(parseFloat(list.style.minHeight)).to.be.above(100);
    (shadowQuery(list, '[part="base"]') as HTMLElement).click();
    expect(list.getAttribute('style')).to.equal('min-height: 40px;');
  });

  it('stays when a `src` card’s paper is shorter than its placeholder', async () => {
    const { host: card, after } = await onPage<PaperfeedCard>(
      html`<paperfeed-card lang="en" src=${slowFeed()}></paperfeed-card>`,
    );
    const placeholder = await loaded(
      card,
      after,
      () => shadowQuery(card, '[part~="title"]') !== null,
    );
    expect(height(shadowQuery(card, '[part~="base"]')!)).to.be.below(placeholder.hostHeight - 50);
    expect(top(after)).to.be.closeTo(placeholder.afterTop, 1);
  });

  it('is never watched by a card given its paper', async () => {
    // In French its first render waits for the language's data: the host is laid out before it,
    // as a placeholder's room would be measured.
    const card = await fixture<PaperfeedCard>(
      html`<paperfeed-card
        lang="fr"
        paper-title="Donné"
        published="2024-03-05"
        style="display: block; height: 200px"
      ></paperfeed-card>`,
    );
    await waitUntil(() => shadowQuery(card, '[part~="title"]') !== null, 'the card never rendered');
    await frames();
    expect(card.style.minHeight).to.equal('');
  });
});
