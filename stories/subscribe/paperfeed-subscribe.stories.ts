import type { Meta, StoryObj } from '@storybook/web-components';
import { html, nothing } from 'lit';
import type { PaperfeedSubscribe } from '../../src/index.js';
import {
  STORY_SUBSCRIBE_OK,
  STORY_SUBSCRIBE_REJECTED,
  STORY_SUBSCRIBE_SLOW,
} from '../story-feeds.js';

interface SubscribeArgs {
  action: string;
  provider: PaperfeedSubscribe['provider'];
  variant: PaperfeedSubscribe['variant'];
  theme: PaperfeedSubscribe['theme'];
  'ask-name': boolean;
  frequencies: string;
  'topic-choices': string;
  consent: string;
}

const meta: Meta<SubscribeArgs> = {
  title: 'Elements/paperfeed-subscribe',
  component: 'paperfeed-subscribe',
  args: {
    action: STORY_SUBSCRIBE_OK,
    provider: 'json',
    variant: 'inline',
    theme: 'auto',
    'ask-name': false,
    frequencies: '',
    'topic-choices': '',
    consent: '',
  },
  argTypes: {
    provider: {
      control: 'select',
      options: ['json', 'form', 'native', 'mailchimp', 'buttondown', 'kit'],
    },
    variant: { control: 'inline-radio', options: ['inline', 'card'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
  },
  render: (args) =>
    html`<paperfeed-subscribe
      action=${args.action}
      provider=${args.provider}
      variant=${args.variant}
      theme=${args.theme}
      ?ask-name=${args['ask-name']}
      frequencies=${args.frequencies || nothing}
      topic-choices=${args['topic-choices'] || nothing}
      consent=${args.consent || nothing}
    ></paperfeed-subscribe>`,
};
export default meta;

type Story = StoryObj<SubscribeArgs>;

/** A story's play step: types `email` into the form and submits it, as a reader would. */
function submitWith(email: string) {
  return async ({ canvasElement }: { canvasElement: HTMLElement }) => {
    const form = canvasElement.querySelector('paperfeed-subscribe');
    await form?.updateComplete;
    const input = form?.shadowRoot?.querySelector<HTMLInputElement>('input[name="email"]');
    if (!form || !input) return;
    input.value = email;
    form.shadowRoot?.querySelector('form')?.requestSubmit();
  };
}

/** The Daily Papers banner: one line, above a feed. Submitting succeeds. */
export const Inline: Story = {};

/**
 * On a phone: under 26.7em wide the call to action takes two lines and under 22.75em the field and
 * the button a row each, in every font, so that `paperfeed-reserve.css` holds its exact height.
 */
export const PhoneWidths: Story = {
  render: (args) =>
    html`${[380, 340].map(
      (width) =>
        html`<div style="max-width: ${width}px; margin-block-end: 1em">
          <paperfeed-subscribe action=${args.action}></paperfeed-subscribe>
        </div>`,
    )}`,
};

/** For a sidebar, with every optional field. */
export const Card: Story = {
  args: {
    variant: 'card',
    'ask-name': true,
    frequencies: 'daily,weekly',
    'topic-choices': 'NLP,Vision,Speech',
    consent: 'I agree to receive these emails.',
  },
};

/**
 * The card form in German, Portuguese and Japanese, at a phone's width and a wide sidebar's: by
 * the language of its words, its heading and description take as many lines in every font at
 * each width, so that `paperfeed-reserve.css` holds its exact height.
 */
export const CardInLanguages: Story = {
  render: (args) =>
    html`${['de', 'pt', 'ja'].flatMap((lang) =>
      [360, 560].map(
        (width) =>
          html`<div lang=${lang} style="max-width: ${width}px; margin-block-end: 1em">
            <paperfeed-subscribe variant="card" action=${args.action}></paperfeed-subscribe>
          </div>`,
      ),
    )}`,
};

export const CardWithFinePrint: Story = {
  render: () =>
    html`<paperfeed-subscribe variant="card" action=${STORY_SUBSCRIBE_OK}>
      <span slot="fine-print">We never share your address. Unsubscribe from any email.</span>
    </paperfeed-subscribe>`,
};

export const Dark: Story = { args: { theme: 'dark', variant: 'card' } };

/** Submitting stays busy (the endpoint never answers): the button is disabled and says so. */
export const Submitting: Story = {
  args: { action: STORY_SUBSCRIBE_SLOW },
  play: submitWith('reader@example.org'),
};

/** The endpoint answers 409 with a message, which is shown; the address is kept. */
export const Rejected: Story = {
  args: { action: STORY_SUBSCRIBE_REJECTED },
  play: submitWith('reader@example.org'),
};

/** An invalid address: explained next to the field, focus back on it, nothing sent. */
export const Invalid: Story = { play: submitWith('not-an-address') };

/** Accepted: the confirmation is announced and the field cleared. */
export const Success: Story = { play: submitWith('reader@example.org') };

/** A real form post into a new tab, for endpoints without CORS. */
export const Native: Story = {
  args: { provider: 'native', action: 'https://example.org/subscribe' },
};

export const Mailchimp: Story = {
  args: {
    provider: 'mailchimp',
    'ask-name': true,
    action: 'https://example.us1.list-manage.com/subscribe/post?u=abc123&id=def456',
  },
};

export const Buttondown: Story = {
  args: {
    provider: 'buttondown',
    action: 'https://buttondown.com/api/emails/embed-subscribe/example',
  },
};

export const Kit: Story = {
  args: {
    provider: 'kit',
    'ask-name': true,
    action: 'https://app.kit.com/forms/1234567/subscriptions',
  },
};
