import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/define.js';
import { parseFeedText, type Paper, type PaperfeedList } from '../../../src/index.js';
import { nextTask } from '../../../src/base/next-task.js';
import { countIn, shadowQuery, shadowQueryAll } from '../../helpers/shadow.js';

const DEMO_FEED = '/demo/feeds/daily-papers.json';

let papers: Paper[];
before(async () => {
  papers = (await parseFeedText(await (await fetch(DEMO_FEED)).text())).papers;
});

/** A task queued now runs after the list's render of what was just set, before its next step. */
const afterFirstRender = nextTask;

describe('<paperfeed-list> rendering a long page', () => {
  for (const variant of ['full', 'compact']) {
    it(`renders a screenful of ${variant} cards first and the rest in later tasks, which hold their room meanwhile`, async () => {
      const list = await fixture<PaperfeedList>(
        html`<paperfeed-list lang="en" page-size="all" card-variant=${variant}></paperfeed-list>`,
      );
      list.papers = papers;
      await afterFirstRender();
      const first = countIn(list, 'paperfeed-card');
      expect(first).to.be.within(2, papers.length - 1);
      const cards = shadowQueryAll(list, 'paperfeed-card');
      expect(
        cards.at(-1)!.getBoundingClientRect().bottom,
        'the first screen is not full',
      ).to.be.above(innerHeight);
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

  it('adds the next page step by step after "Show more", the focus on its first paper', async () => {
    const list = await fixture<PaperfeedList>(
      html`<paperfeed-list lang="en" page-size="20"></paperfeed-list>`,
    );
    list.papers = papers;
    await list.updateComplete;
    expect(countIn(list, 'paperfeed-card')).to.equal(20);
    (shadowQuery(list, '[part="more-button"]') as HTMLButtonElement).click();
    await afterFirstRender();
    expect(countIn(list, 'paperfeed-card')).to.be.within(21, 39);
    await list.updateComplete;
    expect(countIn(list, 'paperfeed-card')).to.equal(40);
    const firstNew = shadowQueryAll(list, 'paperfeed-card')[20]!;
    expect(list.shadowRoot!.activeElement === firstNew, 'focus is not on paper 21').to.equal(true);
  });

  it('stops stepping when a search leaves nothing to show', async () => {
    const list = await fixture<PaperfeedList>(
      html`<paperfeed-list lang="en" page-size="all" searchable></paperfeed-list>`,
    );
    list.papers = papers;
    await afterFirstRender();
    expect(countIn(list, '.pending')).to.equal(1);
    list.query = 'zqxjvw';
    await list.updateComplete;
    expect(countIn(list, 'paperfeed-card')).to.equal(0);
    expect(countIn(list, '.pending')).to.equal(0);
    list.query = '';
    await list.updateComplete;
    expect(countIn(list, 'paperfeed-card')).to.equal(papers.length);
  });

  it('makes its formatters while its feed is on its way, before the feed arrives', async () => {
    const made: unknown[] = [];
    const { NumberFormat } = Intl;
    const intl = Intl as { NumberFormat: unknown };
    intl.NumberFormat = function (...args: ConstructorParameters<typeof NumberFormat>) {
      made.push(args[0]);
      return new NumberFormat(...args);
    };
    try {
      const list = await fixture<PaperfeedList>(
        html`<paperfeed-list lang="en-GB" src="/http/slow?ms=500"></paperfeed-list>`,
      );
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(countIn(list, 'paperfeed-card'), 'the feed came early').to.equal(0);
      expect(made).to.include('en-GB');
    } finally {
      intl.NumberFormat = NumberFormat;
    }
  });
});
