import { paper as basePaper } from '../../helpers/papers.js';
import { expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { itIn, typeText } from '../../helpers/engines.js';
import '../../../src/define.js';
import {
  clearFeedCache,
  PaperfeedErrorEvent,
  PaperfeedLoadEvent,
  parseFeedText,
  type Paper,
  type PaperfeedCard,
  type PaperfeedList,
} from '../../../src/index.js';
import { keepPageUrl, requestsSeen, storeStaleCopy, uniqueKey } from '../../helpers/server.js';
import { countIn, shadowQuery, shadowQueryAll, textIn } from '../../helpers/shadow.js';
import { waitUntil } from '../../helpers/wait.js';
import { whenIdle } from '../../../src/base/when-idle.js';

const DEMO_FEED = '/demo/feeds/daily-papers.json';

const cards = (list: PaperfeedList) => shadowQueryAll(list, 'paperfeed-card') as PaperfeedCard[];
const titles = (list: PaperfeedList) => cards(list).map((card) => card.paper!.title);
const status = (list: PaperfeedList) => textIn(list, '[role="status"]');
const showMore = (list: PaperfeedList) =>
  (shadowQuery(list, '[part="more-button"]') as HTMLButtonElement).click();
const chipNamed = (list: PaperfeedList, name: string) =>
  (shadowQueryAll(list, '[part="chip"]') as HTMLButtonElement[]).find(
    (chip) => chip.textContent!.trim() === name,
  );

async function loadedList(template: ReturnType<typeof html>): Promise<PaperfeedList> {
  const list = await fixture<PaperfeedList>(template);
  // The feed may come from the page cache before a listener could attach: wait for what shows.
  await waitUntil(() => countIn(list, 'paperfeed-card, [part="status"]') > 0, 'nothing rendered');
  await list.updateComplete;
  return list;
}

const paper = (id: string, fields: Partial<Paper> = {}): Paper =>
  basePaper(id, { title: `Paper ${id}`, ...fields });

const manyPapers = (count: number) =>
  Array.from({ length: count }, (_, i) =>
    paper(String(i + 1), { published: `2024-01-${String((i % 28) + 1).padStart(2, '0')}` }),
  );

describe('<paperfeed-list> loading a feed', () => {
  it('shows the Daily Papers feed under its day heading, as a list a screen reader can count', async () => {
    const list = await fixture<PaperfeedList>(
      html`<paperfeed-list
        lang="en"
        src=${`${DEMO_FEED}?first`}
        group-by="day"
        show-header
      ></paperfeed-list>`,
    );
    const event = (await oneEvent(list, 'paperfeed-load')) as PaperfeedLoadEvent;
    expect(event).to.be.instanceOf(PaperfeedLoadEvent);
    expect(event.feed.papers).to.have.length(56);
    await list.updateComplete;
    expect(textIn(list, '.feed-title')).to.equal('Daily Papers');
    expect(textIn(list, '.feed-description')).to.equal('by AK and the research community');
    expect(textIn(list, '[part="group-heading"]')).to.equal('Oct 29');
    expect(shadowQuery(list, '[part="group-heading"]')!.localName).to.equal('h3');
    expect(cards(list)).to.have.length(20);
    expect(shadowQuery(list, '[role="list"]')!.children).to.have.length(20);
    expect(cards(list).every((card) => card.getAttribute('role') === 'listitem')).to.equal(true);
    const firstCard = cards(list)[0]!;
    expect(firstCard.getAttribute('heading-level')).to.equal('4');
    expect(status(list)).to.equal('56 papers');
    await expect(list).to.be.accessible();
  });

  it('fires paperfeed-load once, and nothing for papers set from JavaScript', async () => {
    const events: string[] = [];
    const list = await fixture<PaperfeedList>(html`<paperfeed-list></paperfeed-list>`);
    list.addEventListener('paperfeed-load', (e) => events.push(e.type));
    list.papers = manyPapers(3);
    await list.updateComplete;
    expect(titles(list)).to.deep.equal(['Paper 1', 'Paper 2', 'Paper 3']);
    list.src = `${DEMO_FEED}?once`;
    list.papers = undefined;
    await waitUntil(() => events.length > 0);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(events).to.deep.equal(['paperfeed-load']);
  });

  it('shows a whole feed set from JavaScript, with its header', async () => {
    const list = await fixture<PaperfeedList>(html`<paperfeed-list show-header></paperfeed-list>`);
    list.feed = { title: 'Reading group', papers: manyPapers(2), warnings: [] };
    await list.updateComplete;
    expect(textIn(list, '.feed-title')).to.equal('Reading group');
    expect(cards(list)).to.have.length(2);
  });

  it('lets the header slot replace the built-in header', async () => {
    const list = await fixture<PaperfeedList>(
      html`<paperfeed-list show-header><h2 slot="header">Our papers</h2></paperfeed-list>`,
    );
    list.feed = { title: 'Ignored', papers: manyPapers(1), warnings: [] };
    await list.updateComplete;
    const slot = shadowQuery(list, 'slot[name="header"]') as HTMLSlotElement;
    expect(slot.assignedElements().map((e) => e.textContent)).to.deep.equal(['Our papers']);
  });

  it('shares one request between several lists of one feed on a page', async () => {
    const key = uniqueKey();
    const src = `/http/counted?key=${key}&ms=100`;
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <paperfeed-list src=${src}></paperfeed-list>
        <paperfeed-list src=${src} card-variant="compact"></paperfeed-list>
        <paperfeed-list src=${src} limit="1"></paperfeed-list>
      </div>`,
    );
    const lists = [...wrapper.querySelectorAll('paperfeed-list')];
    await Promise.all(lists.map((list) => waitUntil(() => cards(list).length > 0)));
    expect((await requestsSeen(key)).length).to.equal(1);
    expect(cards(lists[2]!)).to.have.length(1);
  });

  it('waits with loading="lazy" until it nears the viewport, keeping the room of its first page', async () => {
    const key = uniqueKey();
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <paperfeed-list
          page-size="3"
          src=${`/http/slow?ms=2000&key=${uniqueKey()}`}
        ></paperfeed-list>
        <div style="height: 3000px"></div>
        <paperfeed-list
          loading="lazy"
          page-size="3"
          src=${`/http/counted?key=${key}`}
        ></paperfeed-list>
      </div>`,
    );
    const [loadingList, list] = [...wrapper.querySelectorAll('paperfeed-list')] as [
      PaperfeedList,
      PaperfeedList,
    ];
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect((await requestsSeen(key)).length).to.equal(0);
    // The placeholder a list shows while loading, but not busy: nothing is loading yet.
    expect(countIn(list, '.skeleton-card')).to.equal(3);
    expect(list.getBoundingClientRect().height).to.equal(
      loadingList.getBoundingClientRect().height,
    );
    expect(shadowQuery(list, '[part="base"]')!.getAttribute('aria-busy')).to.equal('false');
    expect(status(list)).to.equal('');
    await expect(list).to.be.accessible();
    list.scrollIntoView();
    await waitUntil(() => cards(list).length > 0, 'never loaded');
    expect((await requestsSeen(key)).length).to.equal(1);
    window.scrollTo(0, 0);
  });

  it('shows no placeholder for a lazy list with nothing to fetch, and its papers at once', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <div style="height: 3000px"></div>
        <paperfeed-list loading="lazy" src="  "></paperfeed-list>
        <paperfeed-list loading="lazy" src="/never-fetched.json" .papers=${[paper('a')]}>
        </paperfeed-list>
      </div>`,
    );
    const [blank, given] = [...wrapper.querySelectorAll('paperfeed-list')] as [
      PaperfeedList,
      PaperfeedList,
    ];
    await waitUntil(() => cards(given).length > 0 && blank.hasUpdated, 'never rendered');
    expect(countIn(blank, '.skeleton-card')).to.equal(0);
    expect(countIn(given, '.skeleton-card')).to.equal(0);
    expect(titles(given)).to.deep.equal(['Paper a']);
  });
});

describe('<paperfeed-list> moved or made lazy once loaded', () => {
  it('keeps its papers, neither loading again nor firing paperfeed-load twice', async () => {
    const key = uniqueKey();
    let loads = 0;
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <paperfeed-list
          searchable
          src=${`/http/counted?key=${key}`}
          @paperfeed-load=${() => loads++}
        ></paperfeed-list>
        <section></section>
      </div>`,
    );
    const list = wrapper.querySelector('paperfeed-list') as PaperfeedList;
    await waitUntil(() => loads === 1 && cards(list).length > 0, 'never loaded');
    list.loading = 'lazy';
    wrapper.querySelector('section')!.append(list);
    list.query = 'layer';
    await new Promise((resolve) => setTimeout(resolve, 200));
    await list.updateComplete;
    expect(titles(list)).to.deep.equal(['Layer Normalization']);
    expect((await requestsSeen(key)).length).to.equal(1);
    expect(loads).to.equal(1);
  });
});

describe('<paperfeed-list> moved by its own paperfeed-load listener', () => {
  it('loads once and keeps what it loaded, even moved at every load', async () => {
    const key = uniqueKey();
    let loads = 0;
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <section></section>
        <section></section>
      </div>`,
    );
    const [first, second] = wrapper.querySelectorAll('section');
    const list = document.createElement('paperfeed-list') as PaperfeedList;
    list.src = `/http/counted?key=${key}`;
    // A page that moves the list once it has papers (into a tab, a dialog, a layout of its own).
    list.addEventListener('paperfeed-load', () => {
      loads++;
      (list.parentElement === first ? second! : first!).append(list);
    });
    first!.append(list);
    await waitUntil(() => loads > 0 && cards(list).length > 0, 'never loaded');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(loads).to.equal(1);
    expect((await requestsSeen(key)).length).to.equal(1);
    expect(titles(list)).to.deep.equal(['Layer Normalization', 'A paper with a relative link']);
  });
});

describe('<paperfeed-list> states', () => {
  it('shows a skeleton the size of the first page while loading, busy for screen readers', async () => {
    const list = await fixture<PaperfeedList>(
      html`<paperfeed-list
        page-size="5"
        src=${`/http/slow?ms=500&key=${uniqueKey()}`}
      ></paperfeed-list>`,
    );
    expect(shadowQuery(list, '[part="base"]')!.getAttribute('aria-busy')).to.equal('true');
    expect(countIn(list, '.skeleton-card')).to.equal(5);
    expect(status(list)).to.equal('Loading papers…');
    await expect(list).to.be.accessible();
    await oneEvent(list, 'paperfeed-load');
    await list.updateComplete;
    expect(shadowQuery(list, '[part="base"]')!.getAttribute('aria-busy')).to.equal('false');
  });

  it('explains an error, fires paperfeed-error, and retries', async () => {
    const list = await fixture<PaperfeedList>(
      html`<paperfeed-list src=${`/http/flaky?key=${uniqueKey()}`}></paperfeed-list>`,
    );
    const failure = (await oneEvent(list, 'paperfeed-error')) as PaperfeedErrorEvent;
    expect(failure.error.status).to.equal(503);
    await list.updateComplete;
    expect(shadowQuery(list, '[part="status"]')!.getAttribute('role')).to.equal('alert');
    // Plain words for the reader; the reason is the site owner's, in the event (and console).
    expect(textIn(list, '[part="status"]')).to.equal('Could not load the papers. Retry');
    expect(failure.error.message).to.contain('The server answered 503');
    await expect(list).to.be.accessible();
    const retry = shadowQuery(list, '[part="retry-button"]') as HTMLButtonElement;
    retry.focus();
    retry.click();
    await oneEvent(list, 'paperfeed-load');
    await list.updateComplete;
    expect(titles(list)).to.deep.equal(['Layer Normalization', 'A paper with a relative link']);
    // The reader's place is kept: the focus is on the first paper, not back on the page's body.
    await waitUntil(
      () => list.shadowRoot!.activeElement === shadowQuery(list, 'paperfeed-card'),
      'the focus was lost',
    );
    // On its title link, as a Tab would put it, not on the card made focusable for the purpose.
    const card = shadowQuery(list, 'paperfeed-card') as PaperfeedCard;
    expect(card.shadowRoot!.activeElement?.getAttribute('part')).to.equal('title-link');
    expect(card.hasAttribute('tabindex')).to.equal(false);
  });

  it('says "No papers yet" for an empty feed', async () => {
    const list = await loadedList(
      html`<paperfeed-list src="/test/fixtures/json-feed/empty.json"></paperfeed-list>`,
    );
    expect(textIn(list, '[part="status"]')).to.equal('No papers yet.');
    await expect(list).to.be.accessible();
  });

  it('tells the site owner what is wrong with a feed of the wrong shape', async () => {
    const list = await fixture<PaperfeedList>(
      html`<paperfeed-list src="/test/fixtures/json-feed/wrong-types.json"></paperfeed-list>`,
    );
    const failure = (await oneEvent(list, 'paperfeed-error')) as PaperfeedErrorEvent;
    expect(failure.error.message).to.contain('items must be an array, got a string');
    await list.updateComplete;
    expect(textIn(list, '[part="status"]')).not.to.contain('items');
  });

  it('refuses a 10 MB feed with a clear message for the site owner', async () => {
    const list = await fixture<PaperfeedList>(
      html`<paperfeed-list
        src=${`/http/large?bytes=10500000&key=${uniqueKey()}`}
      ></paperfeed-list>`,
    );
    const failure = (await oneEvent(list, 'paperfeed-error')) as PaperfeedErrorEvent;
    expect(failure.error.message).to.contain('larger than the 5.0 MB limit');
  });

  it('keeps a hostile feed inert: markup removed, never run, no script URL in any href', async () => {
    const list = await loadedList(
      html`<paperfeed-list
        show-header
        src="/test/fixtures/json-feed/hostile.json"
      ></paperfeed-list>`,
    );
    expect(textIn(list, '.feed-title')).to.equal('Hostile feed');
    expect(titles(list)).to.deep.equal(['A title with markup']);
    const card = cards(list)[0]!;
    await card.updateComplete;
    expect(countIn(card, 'img, script, svg:not([aria-hidden]), marquee, i, b')).to.equal(0);
    for (const anchor of shadowQueryAll(card, '[href]')) {
      expect(anchor.getAttribute('href')).to.match(/^(https?|mailto):/);
    }
    expect((window as unknown as { pwned?: number }).pwned).to.equal(undefined);
  });
});

describe('<paperfeed-list> shaping', () => {
  const papers = [
    paper('a', { published: '2024-03-01', upvotes: 3, tags: ['nlp'] }),
    paper('b', { published: '2023-01-05', upvotes: 10, tags: ['vision', 'nlp'] }),
    paper('c', { published: '2024-11-20', upvotes: 1, tags: ['vision'] }),
  ];

  async function listOf(attributes: string): Promise<PaperfeedList> {
    const list = await fixture<PaperfeedList>(
      `<paperfeed-list lang="en" ${attributes}></paperfeed-list>`,
    );
    list.papers = papers;
    await list.updateComplete;
    return list;
  }

  it('sorts by upvotes or date, in either order, and limits the total', async () => {
    expect(titles(await listOf('sort="upvotes"'))).to.deep.equal(['Paper b', 'Paper a', 'Paper c']);
    expect(titles(await listOf('sort="published" order="asc"'))).to.deep.equal([
      'Paper b',
      'Paper a',
      'Paper c',
    ]);
    expect(titles(await listOf('sort="published" limit="2"'))).to.deep.equal([
      'Paper c',
      'Paper a',
    ]);
  });

  it('groups by year, month and week with headings in the reader’s language', async () => {
    const byYear = await listOf('group-by="year" sort="published"');
    expect(
      shadowQueryAll(byYear, '[part="group-heading"]').map((h) => h.textContent),
    ).to.deep.equal(['2024', '2023']);
    const byMonth = await listOf('group-by="month"');
    expect(
      shadowQueryAll(byMonth, '[part="group-heading"]').map((h) => h.textContent),
    ).to.deep.equal(['November 2024', 'March 2024', 'January 2023']);
    const byWeek = await listOf('group-by="week"');
    expect(textIn(byWeek, '[part="group-heading"]')).to.equal('Week of Nov 18, 2024');
    await expect(byYear).to.be.accessible();
  });

  it('groups by day only what has a day: the rest under "No exact date", after the days', async () => {
    const list = await fixture<PaperfeedList>(
      html`<paperfeed-list group-by="day"></paperfeed-list>`,
    );
    list.papers = [
      paper('y', { published: '2024' }),
      paper('d', { published: '2024-05-01' }),
      paper('m', { published: '2024-05' }),
    ];
    await list.updateComplete;
    expect(shadowQueryAll(list, '[part="group-heading"]').map((h) => h.textContent)).to.deep.equal([
      'May 1',
      'No exact date',
    ]);
    const dates = cards(list).map((card) => shadowQuery(card, 'time')!.textContent);
    expect(dates).to.deep.equal(['May 1, 2024', '2024', 'May 2024']);
  });

  itIn(
    ['chromium', 'firefox'],
    'WebKitGTK’s collator has no Swedish order',
    'orders tag chips that tie in the list’s language, whatever the browser’s',
    async () => {
      const chipsIn = async (lang: string) => {
        const list = await fixture<PaperfeedList>(
          html`<paperfeed-list lang=${lang} filterable></paperfeed-list>`,
        );
        list.papers = [paper('z', { tags: ['Zebra'] }), paper('a', { tags: ['Äpple'] })];
        // German is shipped: the chips come with its words.
        await waitUntil(() => shadowQueryAll(list, '[part="chip"]').length > 0, 'no chips');
        return shadowQueryAll(list, '[part="chip"]').map((chip) => chip.textContent!.trim());
      };
      expect(await chipsIn('sv')).to.deep.equal(['Zebra', 'Äpple']);
      expect(await chipsIn('de')).to.deep.equal(['Äpple', 'Zebra']);
    },
  );

  it('passes card options down to every card', async () => {
    const list = await listOf(
      'card-variant="compact" abstract-lines="5" max-authors="1" show-thumbnail theme="dark"',
    );
    const card = cards(list)[0]!;
    expect(card.variant).to.equal('compact');
    expect(card.abstractLines).to.equal(5);
    expect(card.maxAuthors).to.equal(1);
    expect(card.showThumbnail).to.equal(true);
    expect(card.theme).to.equal('dark');
  });

  it("lets the page style the cards' parts through the list", async () => {
    const style = document.createElement('style');
    style.textContent = 'paperfeed-list.styled::part(card-title) { text-transform: uppercase; }';
    document.head.append(style);
    try {
      const list = await listOf('class="styled"');
      const card = cards(list)[0]!;
      await card.updateComplete;
      const title = shadowQuery(card, '[part="title"]')!;
      expect(getComputedStyle(title).textTransform).to.equal('uppercase');
    } finally {
      style.remove();
    }
  });

  it('narrows by tag and year chips, pressed state announced', async () => {
    const list = await listOf('filterable group-by="year" group-date="published"');
    const chips = shadowQueryAll(list, '[part="chip"]') as HTMLButtonElement[];
    expect(chips.map((chip) => chip.textContent!.trim())).to.deep.equal([
      '2024',
      '2023',
      'nlp',
      'vision',
    ]);
    chips[3]!.click();
    await list.updateComplete;
    expect(chips[3]!.getAttribute('aria-pressed')).to.equal('true');
    expect(titles(list)).to.deep.equal(['Paper c', 'Paper b']);
    expect(status(list)).to.equal('2 papers');
    chips[0]!.click();
    await list.updateComplete;
    expect(titles(list)).to.deep.equal(['Paper c']);
    await expect(list).to.be.accessible();
  });

  it('keeps offering a pressed chip no paper shown has any more, so it can be released', async () => {
    const list = await listOf('filterable');
    const chip = (name: string) => chipNamed(list, name);
    chip('vision')!.click();
    await list.updateComplete;
    // Other papers (another day, a refresh): none has the tag.
    list.papers = papers.map((each) => ({ ...each, tags: ['nlp'] }));
    await list.updateComplete;
    expect(titles(list)).to.deep.equal([]);
    expect(chip('vision')?.getAttribute('aria-pressed')).to.equal('true');
    chip('vision')!.click();
    await list.updateComplete;
    expect(titles(list)).to.have.length(3);
    expect(chip('vision'), 'a released chip no paper has stays offered').to.equal(undefined);
  });

  it('blames the chips only when releasing them would bring papers', async () => {
    const list = await listOf('filterable group-by="year" group-date="published"');
    const chip = (name: string) => chipNamed(list, name);
    chip('2023')!.click();
    await list.updateComplete;
    expect(titles(list)).to.deep.equal(['Paper b']);
    // A year chip lapses under another grouping, which offers none to release it.
    list.groupBy = 'none';
    await list.updateComplete;
    expect(titles(list)).to.have.length(3);
    list.groupBy = 'year';
    await list.updateComplete;
    expect(titles(list)).to.deep.equal(['Paper b']);
    list.papers = [];
    await list.updateComplete;
    expect(textIn(list, '[part="status"] p')).to.equal('No papers yet.');
    expect(countIn(list, '[part="clear-button"]')).to.equal(0);
  });

  it('says when the pressed chips leave no paper and offers to release them', async () => {
    const list = await listOf('filterable');
    const chip = (name: string) => chipNamed(list, name);
    chip('vision')!.click();
    await list.updateComplete;
    list.papers = papers.map((each) => ({ ...each, tags: ['nlp'] }));
    await list.updateComplete;
    expect(textIn(list, '[part="status"] p')).to.equal('No papers match the chosen filters.');
    const clear = shadowQuery(list, '[part="clear-button"]') as HTMLButtonElement;
    expect(clear.textContent!.trim()).to.equal('Clear filters');
    await expect(list).to.be.accessible();
    clear.focus();
    await sendKeys({ press: 'Enter' });
    await list.updateComplete;
    expect(titles(list)).to.have.length(3);
    expect(chip('vision'), 'released, and no paper has it').to.equal(undefined);
    expect(status(list)).to.equal('3 papers');
    // The button is gone: the focus goes to the first paper it brought back.
    const first = cards(list)[0]!;
    await waitUntil(() => list.shadowRoot!.activeElement === first, 'focus lost');
  });
});

describe('<paperfeed-list> search', () => {
  it('filters as one types, highlights matches, announces the count and reflects the query', async () => {
    const list = await loadedList(
      html`<paperfeed-list lang="en" searchable src=${DEMO_FEED}></paperfeed-list>`,
    );
    const input = shadowQuery(list, '[part="search"]') as HTMLInputElement;
    expect(input.labels![0]!.textContent!.trim()).to.equal('Search papers');
    input.focus();
    await typeText('hopfield');
    await list.updateComplete;
    expect(list.getAttribute('query')).to.equal('hopfield');
    expect(titles(list)).to.deep.equal(['Hopfield Networks is All You Need']);
    expect(status(list)).to.equal('1 paper matches “hopfield”');
    const card = cards(list)[0]!;
    await card.updateComplete;
    expect(shadowQueryAll(card, 'mark').map((m) => m.textContent)[0]).to.equal('Hopfield');
    await expect(list).to.be.accessible();
  });

  it("makes the papers' search text while the reader is at the box, not as they type", async () => {
    const { papers } = await parseFeedText(await (await fetch(DEMO_FEED)).text());
    const list = await fixture<PaperfeedList>(
      html`<paperfeed-list lang="en" searchable .papers=${papers}></paperfeed-list>`,
    );
    await list.updateComplete;
    // A paper's search text is its title, abstract, names and tags, joined and folded.
    const heads = papers.map((each) => `${each.title}\n`);
    const made: string[] = [];
    const strings = String.prototype as { normalize(form?: string): string };
    const { normalize } = strings;
    strings.normalize = function (this: string, form?: string) {
      if (heads.some((head) => this.startsWith(head))) made.push(this);
      return normalize.call(this, form);
    };
    try {
      for (let wait = 0; wait < 3; wait++) await new Promise((resolve) => whenIdle(resolve));
      expect(made, 'before the reader came to the box').to.deep.equal([]);
      (shadowQuery(list, '[part="search"]') as HTMLInputElement).focus();
      await waitUntil(() => made.length >= papers.length, 'the search text was not made');
      made.length = 0;
      await typeText('hopfield');
      await list.updateComplete;
      expect(titles(list)).to.deep.equal(['Hopfield Networks is All You Need']);
      expect(made, 'as the reader typed').to.deep.equal([]);
    } finally {
      strings.normalize = normalize;
    }
  });

  it('says when nothing matches and offers to clear the search', async () => {
    const list = await loadedList(
      html`<paperfeed-list searchable query="zzzz" src=${DEMO_FEED}></paperfeed-list>`,
    );
    expect(textIn(list, '[part="status"] p')).to.equal('No papers match “zzzz”.');
    await expect(list).to.be.accessible();
    (shadowQuery(list, '[part="clear-button"]') as HTMLButtonElement).click();
    await list.updateComplete;
    expect(cards(list)).to.have.length(20);
    await waitUntil(() => list.shadowRoot!.activeElement === shadowQuery(list, '[part="search"]'));
  });
});

describe('<paperfeed-list> pages', () => {
  it('shows page-size papers, then "Show more" moves focus to the first new paper', async () => {
    const list = await fixture<PaperfeedList>(
      html`<paperfeed-list page-size="5"></paperfeed-list>`,
    );
    list.papers = manyPapers(12);
    await list.updateComplete;
    expect(cards(list)).to.have.length(5);
    showMore(list);
    await list.updateComplete;
    expect(cards(list)).to.have.length(10);
    const sixth = cards(list)[5]!;
    await waitUntil(() => list.shadowRoot!.activeElement === sixth, 'focus did not move');
    showMore(list);
    await list.updateComplete;
    expect(cards(list)).to.have.length(12);
    expect(countIn(list, '[part="more-button"]')).to.equal(0);
  });

  it('goes back to the first page, and says the count, when the page changes a filter', async () => {
    const list = await fixture<PaperfeedList>(
      html`<paperfeed-list lang="en" page-size="5"></paperfeed-list>`,
    );
    list.papers = manyPapers(12);
    await list.updateComplete;
    showMore(list);
    await list.updateComplete;
    expect(cards(list)).to.have.length(10);
    list.since = '2024-01-03';
    await list.updateComplete;
    expect(titles(list)).to.deep.equal(['Paper 3', 'Paper 4', 'Paper 5', 'Paper 6', 'Paper 7']);
    expect(status(list)).to.equal('10 papers');
    showMore(list);
    await list.updateComplete;
    list.groupBy = 'month';
    await list.updateComplete;
    expect(cards(list)).to.have.length(5);
  });

  it('loads more as the reader nears the end with more="scroll"', async () => {
    const list = await fixture<PaperfeedList>(
      html`<paperfeed-list page-size="3" more="scroll"></paperfeed-list>`,
    );
    list.papers = manyPapers(7);
    await list.updateComplete;
    await waitUntil(() => cards(list).length === 7, `stopped at ${cards(list).length}`);
    expect(countIn(list, '[part="more-button"]')).to.equal(0);
  });

  it('leaves the focus where the reader has it when scrolling adds papers', async () => {
    const list = await fixture<PaperfeedList>(
      html`<paperfeed-list page-size="3" more="scroll" searchable></paperfeed-list>`,
    );
    list.papers = manyPapers(7);
    await list.updateComplete;
    const search = shadowQuery(list, '[part="search"]') as HTMLInputElement;
    search.focus();
    await waitUntil(() => cards(list).length === 7, `stopped at ${cards(list).length}`);
    await nextFrame();
    expect(list.shadowRoot!.activeElement === search, 'the search box lost the focus').to.equal(
      true,
    );
  });

  it('virtualizes thousands of papers shown at once, keeping their positions for screen readers', async () => {
    const list = await fixture<PaperfeedList>(
      html`<paperfeed-list page-size="all" card-variant="compact"></paperfeed-list>`,
    );
    // The virtualizer's resize loop is reported as an error event the browser itself ignores.
    const onerror = window.onerror;
    window.onerror = (message, ...rest) =>
      String(message).includes('ResizeObserver loop') ? true : onerror?.(message, ...rest);
    try {
      list.papers = manyPapers(5000);
      await list.updateComplete;
      await waitUntil(() => countIn(list, '.items.virtual') === 1, 'virtualizer never loaded');
      await waitUntil(() => cards(list).length > 0);
      await new Promise((resolve) => setTimeout(resolve, 100));
    } finally {
      window.onerror = onerror;
    }
    const rendered = cards(list);
    expect(rendered.length).to.be.lessThan(200);
    expect(rendered[0]!.getAttribute('aria-setsize')).to.equal('5000');
    expect(rendered[0]!.getAttribute('aria-posinset')).to.equal('1');
  });
});

describe('<paperfeed-list> in any site', () => {
  it('never overflows a 320 px column', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 320px">
        <paperfeed-list searchable filterable group-by="day" show-header></paperfeed-list>
      </div>`,
    );
    const list = wrapper.querySelector('paperfeed-list')!;
    list.feed = {
      title: 'T'.repeat(150),
      papers: [
        paper('1', { title: 'W'.repeat(200), tags: ['x'.repeat(90)], published: '2024-01-01' }),
      ],
      warnings: [],
    };
    await list.updateComplete;
    await cards(list)[0]!.updateComplete;
    expect(list.scrollWidth).to.be.at.most(320);
    expect(list.getBoundingClientRect().width).to.equal(320);
  });

  for (const theme of ['light', 'dark']) {
    it(`passes axe loaded, searching and empty in ${theme}`, async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <paperfeed-list searchable filterable group-by="day" theme=${theme}></paperfeed-list>
        </div>`,
      );
      wrapper.style.colorScheme = theme;
      const list = wrapper.querySelector('paperfeed-list')!;
      list.papers = [paper('1', { tags: ['nlp'], upvotes: 2, published: '2024-01-01' })];
      await list.updateComplete;
      await expect(wrapper).to.be.accessible();
      list.query = 'nothing-matches';
      await list.updateComplete;
      await expect(wrapper).to.be.accessible();
      list.query = '';
      list.papers = [];
      await list.updateComplete;
      await expect(wrapper).to.be.accessible();
    });
  }
});

describe('<paperfeed-list> loading and error states pass axe in dark', () => {
  it('loading, dark', async () => {
    const list = await fixture<PaperfeedList>(
      html`<paperfeed-list
        theme="dark"
        src=${`/http/slow?ms=1000&key=${uniqueKey()}`}
      ></paperfeed-list>`,
    );
    expect(countIn(list, '.skeleton-card')).to.be.greaterThan(0);
    await expect(list).to.be.accessible();
  });

  it('error, dark', async () => {
    const list = await loadedList(
      html`<paperfeed-list theme="dark" src="/http/status/500"></paperfeed-list>`,
    );
    expect(countIn(list, '[part="retry-button"]')).to.equal(1);
    await expect(list).to.be.accessible();
  });
});

describe('<paperfeed-list> highlight-authors', () => {
  it('passes the members down, and the page can style them as card-member', async () => {
    const style = document.createElement('style');
    style.textContent = 'paperfeed-list.lab::part(card-member) { text-decoration: underline; }';
    document.head.append(style);
    try {
      const list = await fixture<PaperfeedList>(
        html`<paperfeed-list class="lab" highlight-authors="Ada Lovelace"></paperfeed-list>`,
      );
      list.papers = [paper('1', { authors: [{ name: 'Ada Lovelace' }, { name: 'Bob' }] })];
      await list.updateComplete;
      const card = cards(list)[0]!;
      await card.updateComplete;
      const member = shadowQuery(card, '[part="member"]')!;
      expect(member.textContent).to.equal('Ada Lovelace');
      expect(getComputedStyle(member).textDecorationLine).to.equal('underline');
    } finally {
      style.remove();
    }
  });
});

describe('<paperfeed-list format="mapped">', () => {
  it('shows any JSON API through its mapping attribute', async () => {
    const list = await loadedList(
      html`<paperfeed-list
        src="/test/fixtures/mapped/openalex-works.json"
        format="mapped"
        mapping="items: results; title: display_name; url: primary_location.landing_page_url; authors: authorships.*.author.display_name; published: publication_date"
      ></paperfeed-list>`,
    );
    expect(titles(list)).to.deep.equal([
      'Layer Normalization',
      'Hopfield Networks is All You Need',
    ]);
  });

  it('tells the site owner the path that does not resolve', async () => {
    const list = await fixture<PaperfeedList>(
      html`<paperfeed-list
        src="/test/fixtures/mapped/openalex-works.json"
        format="mapped"
        mapping="items: data.results; title: display_name"
      ></paperfeed-list>`,
    );
    const failure = (await oneEvent(list, 'paperfeed-error')) as PaperfeedErrorEvent;
    expect(failure.error.message).to.contain('"data.results" does not resolve');
  });
});

describe('<paperfeed-list> fixed filters', () => {
  it('shows only what filter-tags, filter-author, since and until allow, chips included', async () => {
    const list = await fixture<PaperfeedList>(
      html`<paperfeed-list
        filterable
        filter-author="Ada Lovelace; Alan Turing"
        since="2023-01-01"
      ></paperfeed-list>`,
    );
    list.papers = [
      paper('a', { published: '2024-03-01', tags: ['nlp'], authors: [{ name: 'Ada Lovelace' }] }),
      paper('b', { published: '2022-01-05', tags: ['old'], authors: [{ name: 'Ada Lovelace' }] }),
      paper('c', { published: '2024-05-01', tags: ['other'], authors: [{ name: 'Someone Else' }] }),
    ];
    await list.updateComplete;
    expect(titles(list)).to.deep.equal(['Paper a']);
    expect(
      shadowQueryAll(list, '[part="chip"]').map((chip) => chip.textContent!.trim()),
    ).to.deep.equal(['nlp']);
    list.filterAuthor = [];
    list.filterTags = ['other', 'nlp'];
    await list.updateComplete;
    expect(titles(list)).to.deep.equal(['Paper a', 'Paper c']);
  });
});

describe('<paperfeed-list> with several sources', () => {
  it('merges their papers and shows a failing source beside the others', async () => {
    const errors: string[] = [];
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    wrapper.addEventListener('paperfeed-error', (event) => errors.push(event.error.message));
    const loaded = new Promise<PaperfeedLoadEvent>((resolve) =>
      wrapper.addEventListener('paperfeed-load', resolve, { once: true }),
    );
    const list = document.createElement('paperfeed-list');
    list.src = `/test/fixtures/json-feed/lab-1.1.json /http/status/404?key=${uniqueKey()}
      /test/fixtures/json-feed/member-feed.json`;
    wrapper.append(list);
    const event = await loaded;
    await list.updateComplete;
    expect(event.feed.papers.filter((p) => p.title === 'Layer Normalization')).to.have.length(1);
    expect(titles(list)).to.include('A different paper that reuses an id');
    expect(textIn(list, '[part~="source-errors"]')).to.equal(
      'Some of the papers could not be loaded. Retry',
    );
    expect(errors).to.have.length(1);
    expect(errors[0]).to.contain('The server answered 404');
    await expect(list).to.be.accessible();
  });

  it('says which source each warning is about', async () => {
    const list = document.createElement('paperfeed-list');
    const loaded = new Promise<PaperfeedLoadEvent>((resolve) =>
      list.addEventListener('paperfeed-load', resolve, { once: true }),
    );
    list.src = `/test/fixtures/json-feed/lab-1.1.json?key=${uniqueKey()} /test/fixtures/json-feed/member-feed.json`;
    await fixture(html`<div>${list}</div>`);
    const { feed } = await loaded;
    expect(feed.warnings).to.have.length.above(0);
    for (const warning of feed.warnings)
      expect(warning).to.match(/^\/test\/fixtures\/json-feed\/lab-1\.1\.json\?key=\S+: /);
    const untitled = feed.warnings.filter((warning) =>
      warning.endsWith(': items[2] has no title; skipped'),
    );
    expect(untitled).to.have.length(1);
  });

  it('shows the error state only when every source fails', async () => {
    const list = await loadedList(
      html`<paperfeed-list src="/http/status/404 /http/status/500"></paperfeed-list>`,
    );
    expect(shadowQuery(list, '[part="status"]')!.getAttribute('role')).to.equal('alert');
    expect(cards(list)).to.have.length(0);
  });
});

describe('<paperfeed-list> server pagination', () => {
  it('follows next_url when the loaded papers are shown, and stops where it loops', async () => {
    const key = uniqueKey();
    const list = await loadedList(
      html`<paperfeed-list page-size="2" src=${`/http/page?n=1&key=${key}`}></paperfeed-list>`,
    );
    expect(titles(list)).to.deep.equal(['Page 1 paper 1', 'Page 1 paper 2']);
    for (const page of [2, 3]) {
      showMore(list);
      await waitUntil(() => titles(list).length === page * 2, `page ${page} never came`);
    }
    await list.updateComplete;
    expect(titles(list).at(-1)).to.equal('Page 3 paper 2');
    expect(countIn(list, '[part="more-button"]')).to.equal(0);
    expect((await requestsSeen(key)).length).to.equal(3);
  });
});

describe('<paperfeed-list> server pages and the focus', () => {
  for (const pageSize of ['3', 'all']) {
    it(`moves the focus to the first paper a server page brings, page-size="${pageSize}"`, async () => {
      const list = await loadedList(
        html`<paperfeed-list
          page-size=${pageSize}
          src=${`/http/page?n=1&key=${uniqueKey()}`}
        ></paperfeed-list>`,
      );
      // The server's pages hold 2 papers: the list shows both, then asks for the next page.
      expect(titles(list)).to.deep.equal(['Page 1 paper 1', 'Page 1 paper 2']);
      const button = shadowQuery(list, '[part="more-button"]') as HTMLButtonElement;
      button.focus();
      button.click();
      await waitUntil(() => titles(list).length === 4, 'page 2 never came');
      const third = cards(list)[2]!;
      expect(third.paper!.title).to.equal('Page 2 paper 1');
      await waitUntil(() => list.shadowRoot!.activeElement === third, 'focus did not move');
    });
  }
});

describe('<paperfeed-list> cache-ttl and refresh', () => {
  const storageKey = (src: string) => `paperfeed:v1:${new URL(src, location.href).href}`;
  afterEach(() => clearFeedCache());

  it('shows a stored copy at once on the next visit, without asking the network while fresh', async () => {
    const key = uniqueKey();
    const src = `/http/counted?key=${key}&ms=300`;
    await loadedList(html`<paperfeed-list cache-ttl="3600" src=${src}></paperfeed-list>`);
    expect(localStorage.getItem(storageKey(src))).to.contain(`Counted feed ${key}`);

    clearFeedCache(); // as if the page were loaded again
    const again = await fixture<PaperfeedList>(
      html`<paperfeed-list cache-ttl="3600" src=${src}></paperfeed-list>`,
    );
    await again.updateComplete;
    // Before the 300 ms the network would take, the papers are already there.
    await waitUntil(() => titles(again).length === 2, 'the stored copy was not shown', {
      timeout: 200,
    });
    expect((await requestsSeen(key)).length).to.equal(1);
  });

  it('shows a stale copy at once, then swaps in what the network answers', async () => {
    const key = uniqueKey();
    const src = `/http/growing?key=${key}&ms=300`;
    storeStaleCopy(src);
    const list = await fixture<PaperfeedList>(
      html`<paperfeed-list cache-ttl="60" src=${src}></paperfeed-list>`,
    );
    // Before the 300 ms the network takes, the stored copy is on screen.
    await waitUntil(() => titles(list).join() === 'Stored', 'the stale copy was not shown first', {
      timeout: 200,
    });
    await waitUntil(() => titles(list).join() === 'Growing 1', 'the fresh feed never replaced it');
  });

  it('drops stored junk and survives storage that refuses writes', async () => {
    const src = `/http/counted?key=${uniqueKey()}`;
    localStorage.setItem(storageKey(src), '{not json');
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      const list = await loadedList(
        html`<paperfeed-list cache-ttl="60" src=${src}></paperfeed-list>`,
      );
      expect(titles(list)).to.have.length(2);
      expect(localStorage.getItem(storageKey(src))).to.equal(null);
    } finally {
      Storage.prototype.setItem = setItem;
    }
  });

  it('re-fetches every refresh seconds and announces the new papers without moving focus', async () => {
    const key = uniqueKey();
    const list = await loadedList(
      html`<paperfeed-list
        refresh="1"
        searchable
        src=${`/http/growing?key=${key}`}
      ></paperfeed-list>`,
    );
    // One paper, or two if a refresh came already on a busy machine.
    const before = titles(list).length;
    expect(titles(list)).to.include('Growing 1');
    const search = shadowQuery(list, '[part="search"]') as HTMLInputElement;
    search.focus();
    await waitUntil(() => titles(list).length === before + 1, 'no refresh came');
    await list.updateComplete;
    expect(status(list)).to.equal('1 new paper');
    expect(list.shadowRoot!.activeElement === search).to.equal(true);
    list.remove();
  });
});

describe('<paperfeed-list date-nav>', () => {
  const src = () => `/http/daily?date={date}&key=${uniqueKey()}`;

  it('walks day by day, filling {date} in the src', async () => {
    const list = await loadedList(
      html`<paperfeed-list lang="en" date-nav date="2025-10-29" src=${src()}></paperfeed-list>`,
    );
    expect(titles(list)).to.deep.equal(['2025-10-29 paper 1', '2025-10-29 paper 2']);
    expect(textIn(list, '[part="date-nav"] time')).to.equal('Wednesday, October 29, 2025');
    const [previous] = shadowQueryAll(list, '[part="date-button"]') as HTMLButtonElement[];
    previous!.click();
    await waitUntil(
      () => titles(list).join() === '2025-10-28 paper 1',
      'the previous day never came',
    );
    expect(list.getAttribute('date')).to.equal('2025-10-28');
    await expect(list).to.be.accessible();
  });

  it('says a day has no papers and keeps the controls', async () => {
    const list = await loadedList(
      html`<paperfeed-list lang="en" date-nav date="2025-10-26" src=${src()}></paperfeed-list>`,
    );
    expect(textIn(list, '[part~="status"]')).to.equal('No papers on October 26.');
    expect(countIn(list, '[part="date-button"]')).to.equal(2);
  });

  it("starts on the reader's today, with no next day after it", async () => {
    const list = await loadedList(html`<paperfeed-list date-nav src=${src()}></paperfeed-list>`);
    const now = new Date();
    const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    expect(shadowQuery(list, '[part="date-nav"] time')!.getAttribute('datetime')).to.equal(today);
    const [, next] = shadowQueryAll(list, '[part="date-button"]') as HTMLButtonElement[];
    expect(next!.getAttribute('aria-disabled')).to.equal('true');
    next!.click();
    await list.updateComplete;
    expect(shadowQuery(list, '[part="date-nav"] time')!.getAttribute('datetime')).to.equal(today);
  });

  it('keeps the focus on "Next day" when it reaches today', async () => {
    const now = new Date();
    now.setDate(now.getDate() - 1);
    const yesterday = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    const list = await loadedList(
      html`<paperfeed-list date-nav date=${yesterday} src=${src()}></paperfeed-list>`,
    );
    const next = shadowQueryAll(list, '[part="date-button"]')[1] as HTMLButtonElement;
    next.focus();
    next.click();
    await list.updateComplete;
    await waitUntil(
      () => countIn(list, '[part~="status"], paperfeed-card') > 0,
      'today never came',
    );
    expect(next.getAttribute('aria-disabled')).to.equal('true');
    expect(list.shadowRoot!.activeElement === next, 'the focus fell to the page').to.equal(true);
  });
});

describe('<paperfeed-list history>', () => {
  keepPageUrl();

  const params = () => new URLSearchParams(location.search);
  const labPapers = () => [
    paper('a', { title: 'Hopfield Networks', tags: ['memory'] }),
    paper('b', { title: 'Layer Normalization', tags: ['nlp'] }),
  ];

  it('opens on the view in the URL, and keeps two lists apart', async () => {
    const url = new URL(location.href);
    url.searchParams.set('lab.q', 'hopfield');
    url.searchParams.set('other.tag', 'nlp');
    history.replaceState(null, '', url);
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <paperfeed-list history="lab" searchable></paperfeed-list>
        <paperfeed-list history="other" filterable></paperfeed-list>
      </div>`,
    );
    const [lab, other] = [...wrapper.querySelectorAll('paperfeed-list')];
    lab!.papers = labPapers();
    other!.papers = labPapers();
    await lab!.updateComplete;
    await other!.updateComplete;
    expect(titles(lab!)).to.deep.equal(['Hopfield Networks']);
    expect(titles(other!)).to.deep.equal(['Layer Normalization']);
    expect(params().get('wtr-session-id')).not.to.equal(null);
  });

  it('writes what the reader does into the URL, and Back restores the view before it', async () => {
    const list = await fixture<PaperfeedList>(
      html`<paperfeed-list history="lab" searchable filterable></paperfeed-list>`,
    );
    list.papers = labPapers();
    await list.updateComplete;
    const chip = shadowQueryAll(list, '[part="chip"]').find(
      (c) => c.textContent!.trim() === 'nlp',
    ) as HTMLButtonElement;
    chip.click();
    await list.updateComplete;
    expect(params().getAll('lab.tag')).to.deep.equal(['nlp']);
    expect(titles(list)).to.deep.equal(['Layer Normalization']);

    const popped = new Promise((resolve) =>
      window.addEventListener('popstate', resolve, { once: true }),
    );
    history.back();
    await popped;
    await list.updateComplete;
    expect(params().getAll('lab.tag')).to.deep.equal([]);
    expect(titles(list)).to.deep.equal(['Hopfield Networks', 'Layer Normalization']);
  });

  it('Back after "Show more" shows the one page shown before it', async () => {
    const list = await fixture<PaperfeedList>(
      html`<paperfeed-list history="lab" page-size="1"></paperfeed-list>`,
    );
    list.papers = labPapers();
    await list.updateComplete;
    showMore(list);
    await list.updateComplete;
    expect([params().get('lab.page'), titles(list).length]).to.deep.equal(['2', 2]);
    const popped = new Promise((resolve) =>
      window.addEventListener('popstate', resolve, { once: true }),
    );
    history.back();
    await popped;
    await list.updateComplete;
    expect([params().get('lab.page'), titles(list).length]).to.deep.equal([null, 1]);
  });

  it('replaces the entry while the reader types, rather than adding one per key', async () => {
    const list = await fixture<PaperfeedList>(
      html`<paperfeed-list history="lab" searchable></paperfeed-list>`,
    );
    list.papers = labPapers();
    await list.updateComplete;
    const before = history.length;
    (shadowQuery(list, '[part="search"]') as HTMLInputElement).focus();
    await typeText('layer');
    await list.updateComplete;
    expect(params().get('lab.q')).to.equal('layer');
    expect(history.length).to.equal(before);
  });
});

describe('<paperfeed-list history date-nav>', () => {
  keepPageUrl();

  it('keeps the day in the URL and opens on it', async () => {
    const url = new URL(location.href);
    url.searchParams.set('days.date', '2025-10-28');
    history.replaceState(null, '', url);
    const list = await loadedList(
      html`<paperfeed-list
        history="days"
        date-nav
        src=${`/http/daily?date={date}&key=${uniqueKey()}`}
      ></paperfeed-list>`,
    );
    expect(titles(list)).to.deep.equal(['2025-10-28 paper 1']);
    const [previous] = shadowQueryAll(list, '[part="date-button"]') as HTMLButtonElement[];
    previous!.click();
    await list.updateComplete;
    expect(new URLSearchParams(location.search).get('days.date')).to.equal('2025-10-27');
  });

  it('Back to the URL without a day shows the day the page set', async () => {
    const list = await loadedList(
      html`<paperfeed-list
        history="days"
        date-nav
        date="2025-10-29"
        src=${`/http/daily?date={date}&key=${uniqueKey()}`}
      ></paperfeed-list>`,
    );
    const [previous] = shadowQueryAll(list, '[part="date-button"]') as HTMLButtonElement[];
    previous!.click();
    await waitUntil(() => titles(list)[0] === '2025-10-28 paper 1', 'the day before never came');
    const popped = new Promise((resolve) =>
      window.addEventListener('popstate', resolve, { once: true }),
    );
    history.back();
    await popped;
    await waitUntil(() => titles(list).length === 2, 'Back kept the day before');
    expect(new URLSearchParams(location.search).get('days.date')).to.equal(null);
  });
});

describe('<paperfeed-list> date controls and pages in the URL', () => {
  keepPageUrl();

  it('goes forward a day with the next button', async () => {
    const list = await loadedList(
      html`<paperfeed-list
        date-nav
        date="2025-10-28"
        src=${`/http/daily?date={date}&key=${uniqueKey()}`}
      ></paperfeed-list>`,
    );
    const [, next] = shadowQueryAll(list, '[part="date-button"]') as HTMLButtonElement[];
    next!.click();
    await waitUntil(() => titles(list).length === 2, 'the next day never came');
    expect(list.getAttribute('date')).to.equal('2025-10-29');
  });

  it('records "Show more" as a page in the URL and opens on that many pages', async () => {
    const list = await fixture<PaperfeedList>(
      html`<paperfeed-list history="p" page-size="2"></paperfeed-list>`,
    );
    list.papers = manyPapers(7);
    await list.updateComplete;
    showMore(list);
    await list.updateComplete;
    expect(new URLSearchParams(location.search).get('p.page')).to.equal('2');

    const again = await fixture<PaperfeedList>(
      html`<paperfeed-list history="p" page-size="2"></paperfeed-list>`,
    );
    again.papers = manyPapers(7);
    await again.updateComplete;
    await waitUntil(() => cards(again).length === 4, `opened on ${cards(again).length} papers`);
  });
});
