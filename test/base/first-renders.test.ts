import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { Paper, PaperfeedList } from '../../src/index.js';
import { PaperfeedCard, PaperfeedSubscribe, parseFeedText } from '../../src/index.js';
import { warmIntl } from '../../src/base/warm-intl.js';
import { countIn, shadowQueryAll } from '../helpers/shadow.js';
import { restOfThisTask, withLooksTaking } from '../helpers/tasks.js';
import { waitUntil } from '../helpers/wait.js';
import { watchIntl } from '../helpers/watch-intl.js';

let papers: Paper[];
before(async () => {
  papers = (await parseFeedText(await (await fetch('/demo/feeds/daily-papers.json')).text()))
    .papers;
  await warmIntl('en');
});

/** Subscribe boxes added to the page at once; `rendered` lists them as they render first. */
function addBoxes(count: number) {
  const rendered: number[] = [];
  const boxes = Array.from({ length: count }, (_, index) => {
    const box = document.createElement('paperfeed-subscribe');
    box.setAttribute('action', '/api/subscribe');
    const own = box as unknown as { performUpdate(): void };
    const performUpdate = own.performUpdate;
    own.performUpdate = function () {
      if (!box.hasUpdated) rendered.push(index);
      performUpdate.call(this);
    };
    return box;
  });
  const page = document.createElement('div');
  page.append(...boxes);
  document.body.append(page);
  return { boxes, rendered, remove: () => page.remove() };
}

/** Makes `Intl`'s formatters record whether `during()` was true when each was made. */
function watchFormatters(during: () => boolean) {
  const made: Array<{ name: string; during: boolean }> = [];
  const restore = watchIntl(
    ['NumberFormat', 'PluralRules', 'ListFormat', 'DateTimeFormat'],
    (name) => made.push({ name, during: during() }),
  );
  return { made, restore };
}

describe('first renders', () => {
  it('renders every element in the task that added them while the task has time', async () => {
    await withLooksTaking(0, async () => {
      const { rendered, remove } = addBoxes(4);
      await restOfThisTask();
      expect(rendered).to.deep.equal([0, 1, 2, 3]);
      remove();
    });
  });

  it('renders the rest in later tasks, in the order they came, once a task has spent its time', async () => {
    await withLooksTaking(20, async () => {
      const { boxes, rendered, remove } = addBoxes(4);
      await restOfThisTask();
      expect(rendered).to.deep.equal([0]);
      expect(countIn(boxes[1]!, 'form')).to.equal(0);
      await waitUntil(() => rendered.length === 4, 'not every box rendered');
      expect(rendered).to.deep.equal([0, 1, 2, 3]);
      expect(boxes.every((box) => countIn(box, 'form') === 1)).to.equal(true);
      remove();
    });
  });

  it('renders the elements its definition upgrades in later tasks, not in the one that defined them', async () => {
    class LaterBox extends PaperfeedSubscribe {}
    const boxes = Array.from({ length: 3 }, () => {
      const box = document.createElement('later-box-test');
      box.setAttribute('action', '/api/subscribe');
      return box;
    });
    const page = await fixture<HTMLDivElement>(html`<div></div>`);
    page.append(...boxes);
    await withLooksTaking(0, async () => {
      LaterBox.define('later-box-test');
      await restOfThisTask();
      expect(boxes.map((box) => countIn(box, 'form'))).to.deep.equal([0, 0, 0]);
      expect(boxes.every((box) => box.matches(':state(unrendered)'))).to.equal(true);
    });
    await waitUntil(() => boxes.every((box) => countIn(box, 'form') === 1), 'a box never rendered');
    // Added once defined, an element renders in the task that added it, as before.
    const added = document.createElement('later-box-test');
    added.setAttribute('action', '/api/subscribe');
    await withLooksTaking(0, async () => {
      page.append(added);
      await restOfThisTask();
      expect(countIn(added, 'form')).to.equal(1);
    });
  });

  it("leaves a hand-written card's reading of its HTML to its first render, out of the task that defines it", async () => {
    class LaterCard extends PaperfeedCard {}
    const card = document.createElement('later-card-test') as PaperfeedCard;
    card.setAttribute('paper-title', 'A hand-written paper');
    card.setAttribute('authors', 'Ada Lovelace, Alan Turing');
    await fixture(html`<div lang="en">${card}</div>`);
    LaterCard.define('later-card-test');
    expect(card.shownPaper, 'read in the defining task').to.equal(undefined);
    await waitUntil(() => countIn(card, '[part~="title"]') === 1, 'the card never rendered');
    expect(card.shownPaper?.title).to.equal('A hand-written paper');
    expect(card.shownPaper?.authors.map((author) => author.name)).to.deep.equal([
      'Ada Lovelace',
      'Alan Turing',
    ]);
  });

  it("renders a list's cards with the list, whatever the task has spent", async () => {
    const list = document.createElement('paperfeed-list') as PaperfeedList;
    list.lang = 'en';
    // Compact cards come two a slice: the second asks for its first render once the first has
    // taken 20 ms, past what a task spends on first renders.
    list.cardVariant = 'compact';
    document.body.append(list);
    await list.updateComplete;
    await withLooksTaking(20, async () => {
      list.papers = papers.slice(0, 3);
      await restOfThisTask();
      const cards = shadowQueryAll(list, 'paperfeed-card');
      expect(cards.length).to.be.greaterThan(1);
      expect(cards.every((card) => countIn(card, '[part~="title"]') === 1)).to.equal(true);
    });
    list.remove();
  });

  it('keeps, while a box waits for its first render, the room paperfeed-reserve.css gives it', async () => {
    const reserve = Object.assign(document.createElement('link'), {
      rel: 'stylesheet',
      href: '/src/styles/reserve.css',
    });
    const loaded = new Promise((resolve) => reserve.addEventListener('load', resolve));
    document.head.append(reserve);
    await loaded;
    await withLooksTaking(20, async () => {
      const { boxes, rendered, remove } = addBoxes(2);
      await restOfThisTask();
      expect(rendered).to.deep.equal([0]);
      const [first, second] = boxes as unknown as [Element, Element];
      expect(second.matches(':state(unrendered)')).to.equal(true);
      const waiting = second.getBoundingClientRect().height;
      const shown = first.getBoundingClientRect().height;
      expect(Math.abs(waiting - shown), `${waiting} px waiting, ${shown} px rendered`).to.be.below(
        shown / 10,
      );
      await waitUntil(() => rendered.length === 2, 'the second box never rendered');
      expect(second.matches(':state(unrendered)')).to.equal(false);
      expect(Math.abs(second.getBoundingClientRect().height - shown)).to.be.below(1);
      remove();
    });
    reserve.remove();
  });

  it('shows a hand-written card as the page wrote it until its first render', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="fi"></div>`);
    // Written out of the page, then added: the card's first render waits for Finnish formatters.
    const card = document.createElement('paperfeed-card');
    card.innerHTML =
      '<a slot="title" href="https://example.org/paper">A hand-written paper</a> Its abstract.';
    wrapper.append(card);
    expect(card.shadowRoot!.querySelectorAll('slot').length).to.equal(2);
    expect(card.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(card.querySelector('a')!.getClientRects().length).to.equal(1);
    await waitUntil(() => countIn(card, '[part~="title"]') === 1, 'the card never rendered');
    expect(card.matches(':state(unrendered)')).to.equal(false);
    expect(card.shadowRoot!.querySelectorAll(':scope > slot').length).to.equal(0);
    expect(card.querySelector('a')!.getClientRects().length).to.equal(0);
  });

  it("makes its language's formatters before a first render that shows a paper, each in a task of its own, and renders in a later one", async () => {
    let rendering = false;
    // Whether the task that made the last formatter had ended when the card first rendered.
    let formatterTaskOver = true;
    let renderedAfterItsTask: boolean | undefined;
    const card = document.createElement('paperfeed-card') as PaperfeedCard;
    const own = card as unknown as { performUpdate(): void };
    const performUpdate = own.performUpdate;
    own.performUpdate = function () {
      rendering = !card.hasUpdated;
      if (rendering) renderedAfterItsTask = formatterTaskOver;
      performUpdate.call(this);
      rendering = false;
    };
    card.lang = 'sv';
    card.paper = papers[0];
    const intl = watchFormatters(() => {
      formatterTaskOver = false;
      void restOfThisTask().then(() => (formatterTaskOver = true));
      return rendering;
    });
    try {
      await fixture(html`<div>${card}</div>`);
      await card.updateComplete;
    } finally {
      intl.restore();
    }
    expect(countIn(card, '[part~="title"]')).to.equal(1);
    expect(intl.made.map(({ name }) => name)).to.include.members([
      'NumberFormat',
      'DateTimeFormat',
    ]);
    expect(intl.made.filter(({ during }) => during)).to.deep.equal([]);
    // The last formatter (the page's first of its kind: ~20 ms at a phone's CPU speed) and the
    // first render do not share a task.
    expect(renderedAfterItsTask).to.equal(true);
  });
});
