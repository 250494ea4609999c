import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/define.js';
import type { PaperfeedCard, PaperfeedList } from '../../../src/index.js';
import { nextTask } from '../../../src/base/next-task.js';
import { paper } from '../../helpers/papers.js';
import { uniqueKey } from '../../helpers/server.js';
import { countIn } from '../../helpers/shadow.js';
import { waitUntil } from '../../helpers/wait.js';

interface SeenSample {
  host: HTMLElement;
  card?: PaperfeedCard;
  /** The card's height and its title, once it had rendered, while it was in the page. */
  height?: number;
  title?: string;
  /** The host's position, visibility and height then. */
  hostStyle?: string[];
  /** Whether the element waiting for its papers had any when the sample went away. */
  papersShownAtRemoval?: boolean;
}

/**
 * Watches the page's body for the out-of-sight sample card: its host is a div with a closed
 * shadow root, which only a wrapped `attachShadow` can reach.
 */
function watchSamples(papersShown: () => boolean) {
  const seen: SeenSample[] = [];
  const roots = new WeakMap<Element, ShadowRoot>();
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init: ShadowRootInit) {
    const root = attachShadow.call(this, init);
    roots.set(this, root);
    return root;
  };
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (!(node instanceof HTMLDivElement) || !roots.has(node)) continue;
        const sample: SeenSample = { host: node };
        sample.card = roots.get(node)!.querySelector('paperfeed-card') ?? undefined;
        seen.push(sample);
        void sample.card?.updateComplete.then(() => {
          sample.height = sample.card!.getBoundingClientRect().height;
          sample.title = sample.card!.shadowRoot!.querySelector('[part="title"]')?.textContent;
          const { position, visibility, height } = getComputedStyle(node);
          sample.hostStyle = [position, visibility, height];
        });
      }
      for (const node of record.removedNodes) {
        const sample = seen.find((each) => each.host === node);
        if (sample) sample.papersShownAtRemoval = papersShown();
      }
    }
  });
  observer.observe(document.body, { childList: true });
  return {
    seen,
    stop: () => {
      observer.disconnect();
      Element.prototype.attachShadow = attachShadow;
    },
  };
}

// Each test uses a language of its own: the sample is rendered once a page per variant and language.
describe('the card rendered out of sight while papers are on their way', () => {
  it('is one card of the list’s kind, laid out unseen, gone before the papers come', async () => {
    let list: PaperfeedList | undefined;
    const samples = watchSamples(() => countIn(list!, 'paperfeed-card') > 0);
    try {
      list = await fixture<PaperfeedList>(
        html`<paperfeed-list
          lang="en-NZ"
          card-variant="compact"
          src=${`/http/slow?ms=1500&key=${uniqueKey()}`}
        ></paperfeed-list>`,
      );
      await waitUntil(
        () => samples.seen[0]?.papersShownAtRemoval !== undefined,
        'no sample card came and went',
      );
    } finally {
      samples.stop();
    }
    const [sample] = samples.seen;
    expect(samples.seen).to.have.length(1);
    expect(sample!.papersShownAtRemoval).to.equal(false);
    expect(sample!.card?.variant).to.equal('compact');
    expect(sample!.card?.lang).to.equal('en-NZ');
    // Rendered and laid out, with its own height, inside a host that takes no room and is unseen.
    expect(sample!.title).to.equal('A paper');
    expect(sample!.height).to.be.above(0);
    expect(sample!.hostStyle).to.deep.equal(['fixed', 'hidden', '0px']);
    expect(sample!.host.inert).to.equal(true);
    expect(sample!.host.getAttribute('aria-hidden')).to.equal('true');
    // The page never meets it.
    expect(document.querySelectorAll('paperfeed-card')).to.have.length(0);
    expect(sample!.host.isConnected).to.equal(false);
  });

  it('is rendered for a card with `src` too, and once a page for each kind', async () => {
    const samples = watchSamples(() => false);
    try {
      for (let i = 0; i < 2; i++) {
        await fixture(
          html`<paperfeed-card
            lang="en-IE"
            src=${`/http/slow?ms=1500&key=${uniqueKey()}`}
          ></paperfeed-card>`,
        );
      }
      await waitUntil(() => samples.seen[0]?.papersShownAtRemoval !== undefined, 'none came');
    } finally {
      samples.stop();
    }
    expect(samples.seen).to.have.length(1);
    expect(samples.seen[0]!.card?.variant).to.equal('full');
  });

  it('is not rendered when the papers are there first', async () => {
    const samples = watchSamples(() => true);
    try {
      const list = await fixture<PaperfeedList>(
        html`<paperfeed-list lang="en-ZA"></paperfeed-list>`,
      );
      // The papers come from the page's script in the same task: nothing left to make ready.
      list.papers = [paper('one', { summary: 'An abstract.' })];
      await list.updateComplete;
      for (let task = 0; task < 20; task++) await nextTask();
    } finally {
      samples.stop();
    }
    expect(samples.seen).to.have.length(0);
  });
});
