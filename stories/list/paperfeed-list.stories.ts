import type { Meta, StoryObj } from '@storybook/web-components';
import { html, nothing } from 'lit';
import { parseFeed, type Paper, type PaperfeedList } from '../../src/index.js';
import demoFeed from '../../demo/feeds/daily-papers.json';
import labFeed from '../../test/fixtures/json-feed/lab-1.1.json';
import {
  STORY_DAILY,
  STORY_FEED,
  STORY_NOT_FOUND,
  STORY_BROKEN_NEXT,
  STORY_PAGED,
  STORY_THEN_FAILS,
  STORY_ARRIVING,
  STORY_PENDING,
  STORY_REAL,
} from '../story-feeds.js';
import openAlex from '../../test/fixtures/mapped/openalex-works.json';

const daily = parseFeed(demoFeed);
const lab = parseFeed(labFeed, { baseUrl: 'https://lab.example.org/papers.json' });

interface ListArgs {
  papers?: Paper[];
  'group-by': PaperfeedList['groupBy'];
  sort: PaperfeedList['sort'];
  order: PaperfeedList['order'];
  searchable: boolean;
  filterable: boolean;
  'page-size': string;
  more: PaperfeedList['more'];
  'show-header': boolean;
  'card-variant': PaperfeedList['cardVariant'];
  theme: PaperfeedList['theme'];
  query: string;
}

const meta: Meta<ListArgs> = {
  title: 'Elements/paperfeed-list',
  component: 'paperfeed-list',
  args: {
    'group-by': 'day',
    sort: 'upvotes',
    order: 'desc',
    searchable: true,
    filterable: false,
    'page-size': '5',
    more: 'button',
    'show-header': true,
    'card-variant': 'full',
    theme: 'auto',
    query: '',
  },
  argTypes: {
    'group-by': { control: 'select', options: ['none', 'day', 'week', 'month', 'year'] },
    sort: { control: 'inline-radio', options: ['feed', 'published', 'upvotes'] },
    order: { control: 'inline-radio', options: ['desc', 'asc'] },
    more: { control: 'inline-radio', options: ['button', 'scroll'] },
    'card-variant': { control: 'inline-radio', options: ['full', 'compact'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
  },
  render: (args) =>
    html`<paperfeed-list
      .feed=${args.papers ? { ...daily, papers: args.papers } : daily}
      group-by=${args['group-by']}
      sort=${args.sort}
      order=${args.order}
      ?searchable=${args.searchable}
      ?filterable=${args.filterable}
      page-size=${args['page-size']}
      more=${args.more}
      ?show-header=${args['show-header']}
      card-variant=${args['card-variant']}
      theme=${args.theme}
      query=${args.query || nothing}
    ></paperfeed-list>`,
};
export default meta;

type Story = StoryObj<ListArgs>;

/** The Daily Papers page: grouped by day, sorted by upvotes, searchable. */
export const DailyPapers: Story = {};

export const Searching: Story = { args: { query: 'transformer' } };

export const NoMatches: Story = { args: { query: 'no such paper' } };

export const Compact: Story = { args: { 'card-variant': 'compact', 'page-size': '10' } };

export const Dark: Story = { args: { theme: 'dark' } };

/** A lab's publications by year, with tag and year chips. */
export const LabByYear: Story = {
  render: () =>
    html`<paperfeed-list
      .feed=${lab}
      group-by="year"
      group-date="published"
      filterable
      show-header
    ></paperfeed-list>`,
};

/** Chips that leave no paper (2024 and a tag only 2016 has): the list says so and offers to clear them. */
export const NoFilterMatches: Story = {
  render: LabByYear.render,
  play: async ({ canvasElement }) => {
    const list = canvasElement.querySelector('paperfeed-list');
    await list?.updateComplete;
    for (const label of ['2024', 'normalization']) {
      const chips = list?.shadowRoot?.querySelectorAll<HTMLButtonElement>('[part="chip"]') ?? [];
      [...chips].find((chip) => chip.textContent?.trim() === label)?.click();
      await list?.updateComplete;
    }
  },
};

export const FetchedFromSrc: Story = {
  render: () => html`<paperfeed-list src=${STORY_FEED} group-by="day"></paperfeed-list>`,
};

export const Loading: Story = {
  render: () => html`<paperfeed-list src=${STORY_PENDING} page-size="3"></paperfeed-list>`,
};

/** `loading="lazy"`: scroll down; the list keeps the room of its first page until it nears. */
export const LoadingLazily: Story = {
  render: () =>
    html`<p>Scroll down: the list below fetches its feed when it comes within 400 px.</p>
      <div style="height: calc(100vh + 800px)"></div>
      <paperfeed-list loading="lazy" src=${STORY_FEED} page-size="3"></paperfeed-list>`,
};

/**
 * A feed still arriving over a slow connection: the list shows its first page from the papers
 * that came, still busy, and keeps those cards once the whole feed is read (four seconds later).
 */
export const ArrivingSlowly: Story = {
  render: () => html`<paperfeed-list src=${STORY_ARRIVING} page-size="5"></paperfeed-list>`,
};

/**
 * One paper where the placeholder held a page of three: the list keeps that room, so the line
 * after it stays where the reader saw it, until letting it go moves nothing on screen (scroll it
 * away, or click in the list).
 */
export const FewerThanAPage: Story = {
  render: () =>
    html`<paperfeed-list
        src=${`${STORY_REAL}openalex-works.json`}
        group-by="year"
        page-size="3"
      ></paperfeed-list>
      <p>This line stays where it was when the list's one paper came.</p>`,
};

/**
 * Zotero's items carry venues and long titles, so their cards run taller than the default
 * placeholder. `--paperfeed-card-placeholder-height` gives the placeholder (and the reserve
 * stylesheet) their height: the line after the list stays where it was when the papers came.
 */
export const TallerCards: Story = {
  render: () =>
    html`<paperfeed-list
        style="--paperfeed-card-placeholder-height: 22em"
        src=${`${STORY_REAL}zotero-items.json`}
        group-by="year"
        sort="published"
        page-size="2"
      ></paperfeed-list>
      <p>This line stays where it was when the list's papers came.</p>`,
};

export const LoadError: Story = {
  render: () => html`<paperfeed-list src=${STORY_NOT_FOUND}></paperfeed-list>`,
};

export const Empty: Story = {
  render: () => html`<paperfeed-list .papers=${[]}></paperfeed-list>`,
};

/** 5,000 papers at once: only what is near the viewport is rendered. */
export const Virtualized: Story = {
  render: () =>
    html`<paperfeed-list
      page-size="all"
      card-variant="compact"
      .papers=${Array.from({ length: 5000 }, (_, i) => i).flatMap((i) => {
        const paper = daily.papers[i % daily.papers.length];
        return paper ? [{ ...paper, id: `paper-${i}` }] : [];
      })}
    ></paperfeed-list>`,
};

/** Two sources, one of which fails: the other's papers show, and the failure beside them. */
export const SeveralSources: Story = {
  render: () => html`<paperfeed-list src=${`${STORY_FEED} ${STORY_NOT_FOUND}`}></paperfeed-list>`,
};

/** Day by day, as on the Daily Papers page: `{date}` in `src` and `date-nav`. */
export const DateNavigation: Story = {
  render: () =>
    html`<paperfeed-list
      src=${STORY_DAILY}
      date-nav
      date="2025-10-29"
      group-by="day"
    ></paperfeed-list>`,
};

/** Any JSON API through a mapping: here an OpenAlex works response. */
export const MappedApi: Story = {
  render: () =>
    html`<paperfeed-list
      .feed=${parseFeed(openAlex, {
        format: 'mapped',
        mapping:
          'items: results; title: display_name; url: primary_location.landing_page_url; authors: authorships.*.author.display_name; published: publication_date; venue: primary_location.source.display_name',
      })}
    ></paperfeed-list>`,
};

/** A lab page's fixed filters and its members highlighted. */
export const LabFilters: Story = {
  render: () =>
    html`<paperfeed-list
      .feed=${lab}
      filter-tags="normalization"
      since="2010-01-01"
      highlight-authors="Jimmy Lei Ba"
    ></paperfeed-list>`,
};

/** "Show more" follows the feed's next_url, and stops where it would loop. */
/** A refresh failed: the papers stay, with a quiet notice saying since when, and Retry. */
export const RefreshFailed: Story = {
  render: () => html`<paperfeed-list src=${STORY_THEN_FAILS} refresh="2"></paperfeed-list>`,
};

/** The next page failed: the papers shown stay, and Retry asks for that page again. */
export const NextPageFailed: Story = {
  render: () => html`<paperfeed-list src=${STORY_BROKEN_NEXT} page-size="2"></paperfeed-list>`,
  play: async ({ canvasElement }) => {
    const list = canvasElement.querySelector('paperfeed-list');
    await list?.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 100));
    list?.shadowRoot?.querySelector<HTMLButtonElement>('[part="more-button"]')?.click();
  },
};

export const ServerPagination: Story = {
  render: () => html`<paperfeed-list src=${STORY_PAGED} page-size="2"></paperfeed-list>`,
};

/** Search, chips and pages kept in the page URL (`?lab.q=…`); Back and Forward restore them. */
export const ShareableView: Story = {
  render: () =>
    html`<paperfeed-list .feed=${lab} history="lab" searchable filterable></paperfeed-list>`,
};
