import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../src/define.js';
import {
  parseFeedText,
  type Paper,
  type PaperfeedCard,
  type PaperfeedList,
} from '../../../src/index.js';
import { nextTask } from '../../../src/base/next-task.js';
import { warmIntl } from '../../../src/base/warm-intl.js';
import { itIn } from '../../helpers/engines.js';
import { countIn, shadowQuery, shadowQueryAll } from '../../helpers/shadow.js';
import { restOfThisTask, withLooksTaking } from '../../helpers/tasks.js';
import { waitUntil } from '../../helpers/wait.js';

const DEMO_FEED = '/demo/feeds/daily-papers.json';

let papers: Paper[];
before(async () => {
  papers = (await parseFeedText(await (await fetch(DEMO_FEED)).text())).papers;
});

/** Why the tests that await the list's next task skip WebKit. */
const WEBKIT_RUNS_THE_LIST_FIRST =
  "WebKit may run the list's next task before the test's, queued earlier on another channel";

const screenFull = (list: PaperfeedList) =>
  shadowQueryAll(list, 'paperfeed-card').at(-1)!.getBoundingClientRect().bottom > innerHeight;

/** Items that fill the first screen, for cards `cardHeight` px tall (as the list guesses). */
const screenfulOf = (cardHeight: number) => Math.ceil(innerHeight / cardHeight) + 1;

/**
 * Sets the list's `src` with a clock that moves `slicesTake` at each of the list's looks and
 * `parseTakes` while the feed's JSON is parsed; returns, still in the parse's task, how many cards
 * that task rendered.
 */
async function cardsInTheParseTask(
  list: PaperfeedList,
  src: string,
  { slicesTake, parseTakes }: { slicesTake: number; parseTakes: number },
): Promise<number> {
  let cards = NaN;
  await withLooksTaking(slicesTake, async (advance) => {
    const parse = JSON.parse;
    try {
      await new Promise<void>((resolve) => {
        JSON.parse = (text: string, reviver?: Parameters<typeof parse>[1]) => {
          if (text.length > 10_000) {
            advance(parseTakes);
            resolve();
          }
          return parse(text, reviver) as unknown;
        };
        list.src = src;
      });
    } finally {
      JSON.parse = parse;
    }
    await restOfThisTask();
    cards = countIn(list, 'paperfeed-card');
  });
  return cards;
}

/** A list of every paper, all of them rendered. */
async function everyPaperRendered(): Promise<PaperfeedList> {
  const list = await fixture<PaperfeedList>(
    html`<paperfeed-list lang="en" page-size="all"></paperfeed-list>`,
  );
  list.papers = papers;
  await list.updateComplete;
  expect(countIn(list, 'paperfeed-card')).to.equal(papers.length);
  return list;
}

describe('<paperfeed-list> rendering a long page', () => {
  for (const [variant, cardHeight, perSlice] of [
    ['full', 240, 1],
    ['compact', 60, 2],
  ] as const) {
    it(`fills the first screen with ${variant} cards in the task that has the papers, no more, the rest holding their room meanwhile`, async () => {
      const list = await fixture<PaperfeedList>(
        html`<paperfeed-list lang="en" page-size="all" card-variant=${variant}></paperfeed-list>`,
      );
      await withLooksTaking(0, async () => {
        list.papers = papers;
        await restOfThisTask();
      });
      const first = countIn(list, 'paperfeed-card');
      const screenful = screenfulOf(cardHeight);
      expect(first).to.be.within(screenful, screenful + perSlice - 1);
      expect(screenFull(list), 'the first screen is not full').to.equal(true);
      const spacer = shadowQuery(list, '.pending')!.getBoundingClientRect().height;
      const heightFirst = list.getBoundingClientRect().height;

      await list.updateComplete;
      expect(countIn(list, 'paperfeed-card')).to.equal(papers.length);
      expect(countIn(list, '.pending')).to.equal(0);
      // The room held is what the cards take while skipped far below: their guess, and the gap.
      const last = shadowQueryAll(list, 'paperfeed-card').at(-1)!;
      const gap = parseFloat(getComputedStyle(last.parentElement!).rowGap);
      const skipped = last.getBoundingClientRect().height;
      expect(spacer).to.be.closeTo((papers.length - first) * (skipped + gap), 1);
      const height = list.getBoundingClientRect().height;
      expect(
        Math.abs(height - heightFirst),
        `${heightFirst} px with ${first} cards, ${height} px with all`,
        // The cards just below the screen are laid out at their own height, not the guess.
      ).to.be.below(height * 0.1);
    });
  }

  it("reads the viewport's height once, not at each slice: Chromium lays the page out to answer it", async () => {
    const list = await fixture<PaperfeedList>(
      html`<paperfeed-list lang="en" page-size="all"></paperfeed-list>`,
    );
    const own = Object.getOwnPropertyDescriptor(window, 'innerHeight');
    const { get } = own ?? Object.getOwnPropertyDescriptor(Window.prototype, 'innerHeight')!;
    // A resize, as far as the list can tell: it reads the height again.
    window.dispatchEvent(new Event('resize'));
    // Those of the code that slices the cards; a card's own looks come after a rect read, which
    // has laid the page out already.
    let reads = 0;
    Object.defineProperty(window, 'innerHeight', {
      configurable: true,
      get() {
        if (new Error().stack?.includes('/list/parts/papers.ts')) reads += 1;
        return get!.call(window) as number;
      },
    });
    try {
      list.papers = papers;
      await list.updateComplete;
    } finally {
      if (own) Object.defineProperty(window, 'innerHeight', own);
      else delete (window as { innerHeight?: number }).innerHeight;
    }
    expect(countIn(list, 'paperfeed-card')).to.equal(papers.length);
    expect(reads, 'reads of innerHeight while the list rendered its slices').to.equal(1);
  });

  for (const [variant, perSlice] of [
    ['full', 1],
    ['compact', 2],
  ] as const) {
    it(`renders one slice of ${variant} cards in a task when a slice takes most of a task`, async () => {
      const list = await fixture<PaperfeedList>(
        html`<paperfeed-list lang="en" page-size="all" card-variant=${variant}></paperfeed-list>`,
      );
      await withLooksTaking(30, async () => {
        list.papers = papers;
        await restOfThisTask();
        expect(countIn(list, 'paperfeed-card')).to.equal(perSlice);
        await list.updateComplete;
        expect(countIn(list, 'paperfeed-card')).to.equal(papers.length);
      });
    });
  }

  itIn(
    ['chromium', 'firefox'],
    WEBKIT_RUNS_THE_LIST_FIRST,
    'after the first screen, renders a task of cards in 10 ms, not 45',
    async () => {
      const list = await fixture<PaperfeedList>(
        html`<paperfeed-list lang="en" page-size="all"></paperfeed-list>`,
      );
      // Each card's slice looks at the clock twice: 2 ms a look is 4 ms a card.
      await withLooksTaking(2, async () => {
        list.papers = papers;
        await restOfThisTask();
        const first = countIn(list, 'paperfeed-card');
        expect(first).to.equal(screenfulOf(240));
        await nextTask();
        // Its first look, then 6 ms spent after a card, 10 after two, 14 after three: it stops
        // there (under the first screen's 35 ms, it went on to nine).
        expect(countIn(list, 'paperfeed-card') - first).to.equal(3);
      });
      await list.updateComplete;
      expect(countIn(list, 'paperfeed-card')).to.equal(papers.length);
    },
  );

  itIn(
    ['chromium', 'firefox'],
    WEBKIT_RUNS_THE_LIST_FIRST,
    'after a slow first card, completes the first screen in the next task and stops there',
    async () => {
      const list = await fixture<PaperfeedList>(
        html`<paperfeed-list lang="en" page-size="all"></paperfeed-list>`,
      );
      // The first card pays the page's first templates and formatters (its two looks at the
      // clock); the others are quick.
      await withLooksTaking(
        (look) => (look < 2 ? 30 : 0),
        async () => {
          list.papers = papers;
          await restOfThisTask();
          expect(countIn(list, 'paperfeed-card')).to.equal(1);
          await nextTask();
          expect(countIn(list, 'paperfeed-card')).to.equal(screenfulOf(240));
          expect(screenFull(list), 'the first screen is not full').to.equal(true);
        },
      );
      await list.updateComplete;
      expect(countIn(list, 'paperfeed-card')).to.equal(papers.length);
    },
  );

  /** A list given its papers before its first render, which makes its own templates too. */
  async function listWithPapersAtFirstRender(): Promise<PaperfeedList> {
    // Made first, whatever the tests before made: else its first render waits for them.
    await warmIntl('en');
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const list = document.createElement('paperfeed-list');
    list.lang = 'en';
    list.pageSize = 'all';
    list.papers = papers;
    host.append(list);
    await restOfThisTask();
    return list;
  }

  it('renders no card in the task of its own first render, however quick, their room held', async () => {
    let list!: PaperfeedList;
    // A clock that never moves: that render seems to take no time, and still leaves the cards.
    await withLooksTaking(0, async () => {
      list = await listWithPapersAtFirstRender();
      expect(countIn(list, 'paperfeed-card')).to.equal(0);
      const room = shadowQuery(list, '.pending')!.getBoundingClientRect().height;
      expect(room, 'the papers hold no room').to.be.above(innerHeight);
      await list.updateComplete;
    });
    expect(countIn(list, 'paperfeed-card')).to.equal(papers.length);
  });

  itIn(
    ['chromium', 'firefox'],
    WEBKIT_RUNS_THE_LIST_FIRST,
    'fills the first screen in the task after its own first render',
    async () => {
      await withLooksTaking(0, async () => {
        const list = await listWithPapersAtFirstRender();
        await nextTask();
        expect(countIn(list, 'paperfeed-card')).to.equal(screenfulOf(240));
        expect(screenFull(list), 'the first screen is not full').to.equal(true);
      });
    },
  );

  it('stops a task 15 ms short of a long task, for the work after its render that it does not time', async () => {
    const list = await fixture<PaperfeedList>(
      html`<paperfeed-list lang="en" page-size="all"></paperfeed-list>`,
    );
    // Every look at the clock 10 ms on, two a slice: after two slices the task has spent 30 ms, and
    // a third, guessed to take 10 more, would end at 40: within 45, not within 35.
    await withLooksTaking(10, async () => {
      list.papers = papers;
      await restOfThisTask();
      expect(countIn(list, 'paperfeed-card')).to.equal(2);
      await list.updateComplete;
    });
    expect(countIn(list, 'paperfeed-card')).to.equal(papers.length);
  });

  it('renders a feed that took over half a task to read and parse in a task of its own', async () => {
    const list = await fixture<PaperfeedList>(
      html`<paperfeed-list lang="en" page-size="all"></paperfeed-list>`,
    );
    const loaded = oneEvent(list, 'paperfeed-load');
    const cards = await cardsInTheParseTask(list, `${DEMO_FEED}?slow-parse`, {
      slicesTake: 0,
      parseTakes: 30,
    });
    expect(cards).to.equal(0);
    expect(shadowQuery(list, '[part~="skeleton"]'), 'the skeleton is gone').to.not.equal(null);
    await loaded;
    expect(countIn(list, 'paperfeed-card')).to.be.above(0);
  });

  it("counts a feed's read and parse in the budget of the task that renders it", async () => {
    const list = await fixture<PaperfeedList>(
      html`<paperfeed-list lang="en" page-size="all"></paperfeed-list>`,
    );
    // Under half the task's budget: the papers render in the parse's task, in fewer slices.
    const cards = await cardsInTheParseTask(list, `${DEMO_FEED}?parse-in-budget`, {
      slicesTake: 6,
      parseTakes: 10,
    });
    expect(cards).to.be.within(1, screenfulOf(240) - 1);
    await list.updateComplete;
    expect(countIn(list, 'paperfeed-card')).to.equal(papers.length);
  });

  it("renders another feed's papers in slices from the first screen, as it rendered the first", async () => {
    const list = await everyPaperRendered();
    const other = papers.map((paper) => ({ ...paper, id: `other-${paper.id}` }));
    await withLooksTaking(0, async () => {
      list.papers = other;
      await restOfThisTask();
      const cards = shadowQueryAll(list, 'paperfeed-card') as PaperfeedCard[];
      expect(cards.length).to.equal(screenfulOf(240));
      expect(cards.every((card) => card.paper!.id.startsWith('other-'))).to.equal(true);
      expect(screenFull(list), 'the first screen is not full').to.equal(true);
      await list.updateComplete;
    });
    expect(countIn(list, 'paperfeed-card')).to.equal(other.length);
  });

  it('renders a refreshed feed at once: the papers on screen stay, the new one joins them', async () => {
    const list = await everyPaperRendered();
    const newest = { ...papers[0]!, id: 'newest', title: 'The newest paper' };
    await withLooksTaking(0, async () => {
      list.papers = [newest, ...papers];
      await restOfThisTask();
      expect(countIn(list, 'paperfeed-card')).to.equal(papers.length + 1);
    });
  });

  it('adds the next page slice by slice after "Show more", the focus on its first paper', async () => {
    const list = await fixture<PaperfeedList>(
      html`<paperfeed-list lang="en" page-size="20"></paperfeed-list>`,
    );
    list.papers = papers;
    await list.updateComplete;
    expect(countIn(list, 'paperfeed-card')).to.equal(20);
    await withLooksTaking(30, async () => {
      (shadowQuery(list, '[part="more-button"]') as HTMLButtonElement).click();
      await restOfThisTask();
      expect(countIn(list, 'paperfeed-card')).to.equal(21);
      await list.updateComplete;
    });
    expect(countIn(list, 'paperfeed-card')).to.equal(40);
    const firstNew = shadowQueryAll(list, 'paperfeed-card')[20]!;
    expect(list.shadowRoot!.activeElement === firstNew, 'focus is not on paper 21').to.equal(true);
  });

  it('stops stepping once removed from the page, and goes on where it stopped when put back', async () => {
    await warmIntl('en');
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
    const list = document.createElement('paperfeed-list') as PaperfeedList;
    list.pageSize = 'all';
    list.papers = papers;
    // Removed before its first render, by a page that moves on (a view of a single-page app).
    wrapper.append(list);
    list.remove();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(countIn(list, 'paperfeed-card')).to.be.below(2);
    wrapper.append(list);
    await list.updateComplete;
    expect(countIn(list, 'paperfeed-card')).to.equal(papers.length);
  });

  it('stops stepping when a search leaves nothing to show', async () => {
    const list = await fixture<PaperfeedList>(
      html`<paperfeed-list lang="en" page-size="all" searchable></paperfeed-list>`,
    );
    list.papers = papers;
    await restOfThisTask();
    expect(countIn(list, '.pending')).to.equal(1);
    list.query = 'zqxjvw';
    await list.updateComplete;
    expect(countIn(list, 'paperfeed-card')).to.equal(0);
    expect(countIn(list, '.pending')).to.equal(0);
    list.query = '';
    await list.updateComplete;
    expect(countIn(list, 'paperfeed-card')).to.equal(papers.length);
  });

  for (const [groupBy, made, locale] of [
    ['day', true, 'en-AU'],
    ['none', false, 'en-NZ'],
  ] as const) {
    it(`${made ? 'makes' : 'does not make'} a day heading's date format while its feed is on its way, grouped by ${groupBy}`, async () => {
      const options: Intl.DateTimeFormatOptions[] = [];
      const { DateTimeFormat } = Intl;
      Intl.DateTimeFormat = function (...args: ConstructorParameters<typeof DateTimeFormat>) {
        if (args[0] === locale) options.push(args[1] ?? {});
        return new DateTimeFormat(...args);
      } as typeof DateTimeFormat;
      const isHeading = (each: Intl.DateTimeFormatOptions) =>
        each.day === 'numeric' && each.year === undefined;
      try {
        // The feed answers 500 ms after its request (counted from before it).
        const start = performance.now();
        const list = await fixture<PaperfeedList>(
          html`<paperfeed-list
            lang=${locale}
            group-by=${groupBy}
            src="/http/slow?ms=500"
          ></paperfeed-list>`,
        );
        // A card's own format (with its year) is made first, then the heading's.
        await waitUntil(
          () => options.some((each) => each.year === 'numeric'),
          'no date format made before the feed',
          { timeout: 400 },
        );
        if (made) {
          await waitUntil(() => options.some(isHeading), 'no heading format before the feed', {
            timeout: Math.max(0, 450 - (performance.now() - start)),
          });
        } else {
          // The heading's would come a task after the card's.
          await nextTask();
          await nextTask();
        }
        expect(countIn(list, 'paperfeed-card'), 'the feed came early').to.equal(0);
        expect(options.some(isHeading)).to.equal(made);
      } finally {
        Intl.DateTimeFormat = DateTimeFormat;
      }
    });
  }

  it('makes its formatters while its feed is on its way, before the feed arrives', async () => {
    const made: unknown[] = [];
    const { NumberFormat } = Intl;
    const intl = Intl as { NumberFormat: unknown };
    intl.NumberFormat = function (...args: ConstructorParameters<typeof NumberFormat>) {
      made.push(args[0]);
      return new NumberFormat(...args);
    };
    try {
      // The feed answers 500 ms after its request: a loaded machine may take more than a few
      // tasks' time to make the formatters, never that long (counted from before the request).
      const start = performance.now();
      const list = await fixture<PaperfeedList>(
        html`<paperfeed-list lang="en-GB" src="/http/slow?ms=500"></paperfeed-list>`,
      );
      await waitUntil(() => made.includes('en-GB'), 'no formatter made before the feed', {
        timeout: Math.max(0, 400 - (performance.now() - start)),
      });
      expect(countIn(list, 'paperfeed-card'), 'the feed came early').to.equal(0);
      expect(made).to.include('en-GB');
    } finally {
      intl.NumberFormat = NumberFormat;
    }
  });
});
