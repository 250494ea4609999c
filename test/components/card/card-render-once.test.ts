// Its own page (Lit warns once per page): a hand-written card renders once, not again because of
// the attributes it writes on itself.
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/define.js';
import type { PaperfeedCard } from '../../../src/index.js';

describe('<paperfeed-card> written in plain HTML', () => {
  it('renders once: its own attribute writes do not feed back into its HTML reading', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    let card: PaperfeedCard;
    try {
      card = await fixture<PaperfeedCard>(html`
        <paperfeed-card paper-title="Layer Normalization" abstract-lines="40" published="2016">
          An abstract in the page's own HTML.
        </paperfeed-card>
      `);
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
    } finally {
      console.warn = original;
    }
    // abstract-lines is clamped to 12 and reflected: a write to its own attribute.
    expect(card.getAttribute('abstract-lines')).to.equal('12');
    expect(warnings.filter((warning) => warning.includes('scheduled an update'))).to.deep.equal([]);
    // Editing its children is still followed.
    card.firstChild!.textContent = 'A new abstract.';
    await new Promise((resolve) => setTimeout(resolve, 0));
    await card.updateComplete;
    expect(card.shadowRoot!.querySelector('[part="abstract"]')!.textContent!.trim()).to.equal(
      'A new abstract.',
    );
  });
});
