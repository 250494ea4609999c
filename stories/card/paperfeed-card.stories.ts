import type { Meta, StoryObj } from '@storybook/web-components';
import { html, nothing } from 'lit';
import { parseFeed, type Paper, type PaperfeedCard } from '../../src/index.js';
import dailyPapers from '../../test/fixtures/hugging-face/daily-papers.json';
import crossrefWork from '../../test/fixtures/real/crossref-work.json';
import realMappings from '../../test/fixtures/real-mappings.json';
import { STORY_FEED, STORY_NOT_FOUND, STORY_PENDING } from '../story-feeds.js';

const [localizing, hopfield] = parseFeed(dailyPapers).papers as [Paper, Paper];

interface CardArgs {
  paper?: Paper;
  variant: PaperfeedCard['variant'];
  theme: PaperfeedCard['theme'];
  'heading-level': number;
  'max-authors': number;
  'abstract-lines': number;
  'abstract-display': PaperfeedCard['abstractDisplay'];
  'show-thumbnail': boolean;
  highlight: string;
  'link-target': string;
}

const meta: Meta<CardArgs> = {
  title: 'Elements/paperfeed-card',
  component: 'paperfeed-card',
  args: {
    paper: localizing,
    variant: 'full',
    theme: 'auto',
    'heading-level': 3,
    'max-authors': 3,
    'abstract-lines': 3,
    'abstract-display': 'clamp',
    'show-thumbnail': false,
    highlight: '',
    'link-target': '',
  },
  argTypes: {
    paper: { control: 'object' },
    variant: { control: 'inline-radio', options: ['full', 'compact'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    'abstract-display': { control: 'inline-radio', options: ['clamp', 'full', 'none'] },
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
    'abstract-lines': { control: { type: 'number', min: 1, max: 12 } },
  },
  render: (args) =>
    html`<paperfeed-card
      .paper=${args.paper}
      variant=${args.variant}
      theme=${args.theme}
      heading-level=${args['heading-level']}
      max-authors=${args['max-authors']}
      abstract-lines=${args['abstract-lines']}
      abstract-display=${args['abstract-display']}
      ?show-thumbnail=${args['show-thumbnail']}
      highlight=${args.highlight || nothing}
      link-target=${args['link-target'] || nothing}
    ></paperfeed-card>`,
};
export default meta;

type Story = StoryObj<CardArgs>;

/** A Hugging Face daily paper: authors, date, upvotes, comments, code with stars, keywords. */
export const Full: Story = {};

export const Compact: Story = { args: { variant: 'compact' } };

export const WithThumbnail: Story = { args: { 'show-thumbnail': true } };

export const AbstractInFull: Story = { args: { 'abstract-display': 'full' } };

export const SearchHighlight: Story = { args: { highlight: 'knowledge diffusion' } };

export const Dark: Story = { args: { theme: 'dark' } };

/** A paper whose feed gives no abstract, upvotes or date: nothing is invented. */
export const SparsePaper: Story = { args: { paper: hopfield } };

/** Italics, sub- and superscripts in a title and abstract, as HTML and JATS send them; a year-and-month date. */
export const RichTitleAndAbstract: Story = {
  args: {
    'abstract-display': 'full',
    highlight: 'h2o',
    paper: parseFeed({
      version: 'https://jsonfeed.org/version/1.1',
      items: [
        {
          id: 'rich',
          url: 'https://example.org/rich',
          title: 'H<sub>2</sub>O uptake in <i>Escherichia&nbsp;coli</i> at 10<sup>5</sup> Pa',
          content_html:
            '<p>We measure H<sub>2</sub>O in <em>E. coli</em> &amp; yeast.</p><p>A second paragraph.</p>',
          date_published: '2022-05',
        },
      ],
    }).papers[0],
  },
};

/** A real Crossref answer: a JATS abstract in sections, names in parts, a month for a date. */
export const CrossrefWork: Story = {
  args: {
    'abstract-display': 'full',
    paper: parseFeed(crossrefWork, {
      format: 'mapped',
      mapping: realMappings['crossref-work.json'],
    }).papers[0],
  },
};

export const AuthorCountOnly: Story = {
  args: {
    paper: {
      id: 'count',
      title: 'Skip a Layer or Loop it? Test-Time Depth Adaptation of Pretrained LLMs',
      authors: [],
      authorCount: 3,
      published: '2025-07-10',
      upvotes: 14,
      tags: [],
      links: {},
    },
  },
};

/** Plain HTML with attributes; the text inside is the abstract. */
export const HandWrittenAttributes: Story = {
  render: () =>
    html`<paperfeed-card
      paper-title="Layer Normalization"
      href="https://arxiv.org/abs/1607.06450"
      authors="Jimmy Lei Ba, Jamie Ryan Kiros, Geoffrey E. Hinton"
      published="2016-07-21"
      venue="arXiv"
      >Training state-of-the-art, deep neural networks is computationally expensive. One way to
      reduce the training time is to normalize the activities of the neurons.</paperfeed-card
    >`,
};

/** Plain HTML that reads well before the script loads: the title link in the `title` slot. */
export const HandWrittenLightDom: Story = {
  render: () =>
    html`<paperfeed-card published="2016-07-21" venue="arXiv">
      <a slot="title" href="https://arxiv.org/abs/1607.06450">Layer Normalization</a>
      Training state-of-the-art, deep neural networks is computationally expensive.
    </paperfeed-card>`,
};

export const FetchedFromSrc: Story = {
  render: () => html`<paperfeed-card src=${STORY_FEED}></paperfeed-card>`,
};

export const LoadingLazily: Story = {
  render: () =>
    html`<p>Scroll down: the card below fetches its paper when it comes within 400 px.</p>
      <div style="height: calc(100vh + 800px)"></div>
      <paperfeed-card loading="lazy" src=${STORY_FEED}></paperfeed-card>`,
};

export const Loading: Story = {
  render: () => html`<paperfeed-card src=${STORY_PENDING}></paperfeed-card>`,
};

/** `--paperfeed-card-placeholder-height`: the room held for a paper known to run taller. */
export const LoadingTaller: Story = {
  render: () =>
    html`<paperfeed-card
      style="--paperfeed-card-placeholder-height: 22em"
      src=${STORY_PENDING}
    ></paperfeed-card>`,
};

export const LoadError: Story = {
  render: () => html`<paperfeed-card src=${STORY_NOT_FOUND}></paperfeed-card>`,
};
