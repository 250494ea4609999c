import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { PaperfeedCard, PaperfeedList } from '../../src/index.js';
import type { ResolvedLanguage } from '../../src/i18n/registry.js';
import { textIn } from '../helpers/shadow.js';
import { waitUntil } from '../helpers/wait.js';

/**
 * Renders `element` as it renders while its page's language is on its way. A shipped language
 * already loaded by another test of the run is ready at once here, so the wait is made for sure by
 * holding the element's own `language` not ready, then let go.
 */
async function whileWordsOnTheirWay(element: PaperfeedList | PaperfeedCard, check: () => void) {
  const real = (element as unknown as { language: ResolvedLanguage }).language;
  Object.defineProperty(element, 'language', {
    configurable: true,
    get: () => ({ ...real, ready: false }),
  });
  try {
    element.requestUpdate();
    await element.updateComplete;
    check();
  } finally {
    delete (element as unknown as { language?: unknown }).language;
    element.requestUpdate();
    await element.updateComplete;
  }
}

describe('waiting for a language and for the viewport', () => {
  it('a lazy list and a lazy card, away from the viewport, are not busy while their words come', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="ja">
        <div style="height: 3000px"></div>
        <paperfeed-list loading="lazy" src="/never-fetched.json"></paperfeed-list>
        <paperfeed-card loading="lazy" src="/never-fetched.json"></paperfeed-card>
      </div>`,
    );
    const list = wrapper.querySelector('paperfeed-list') as PaperfeedList;
    const card = wrapper.querySelector('paperfeed-card') as PaperfeedCard;
    await waitUntil(() => list.hasUpdated && card.hasUpdated, 'never rendered');
    const busy = (element: Element) =>
      element.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('aria-busy');
    const hasStatus = (element: Element) =>
      element.shadowRoot!.querySelector('[role="status"]') !== null;
    for (const element of [list, card]) {
      await whileWordsOnTheirWay(element, () => {
        // The placeholder it shows before its words: no status region, and not busy.
        expect(hasStatus(element), element.localName).to.equal(false);
        expect(busy(element), element.localName).to.equal('false');
      });
      expect(busy(element), element.localName).to.equal('false');
    }
    // With its words, the list renders its status region, empty: nothing is loading.
    await waitUntil(() => hasStatus(list), 'the words never came');
    expect(textIn(list, '[role="status"]')).to.equal('');
  });
});
