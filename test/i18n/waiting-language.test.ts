import { expect } from '@open-wc/testing';
import '../../src/define.js';
import type { PaperfeedCard, PaperfeedList } from '../../src/index.js';
import { textIn } from '../helpers/shadow.js';
import { waitUntil } from '../helpers/wait.js';

// A page of its own: no language has been loaded in it, so the test server can hold one back.
describe('waiting for a language and for the viewport', () => {
  it('a lazy list and a lazy card, away from the viewport, are not busy while their words come', async () => {
    await fetch('/http/hold-language?code=ja');
    const wrapper = document.createElement('div');
    wrapper.lang = 'ja';
    wrapper.innerHTML = `<div style="height: 3000px"></div>
      <paperfeed-list loading="lazy" src="/never-fetched.json"></paperfeed-list>
      <paperfeed-card loading="lazy" src="/never-fetched.json"></paperfeed-card>`;
    const list = wrapper.querySelector('paperfeed-list') as PaperfeedList;
    const card = wrapper.querySelector('paperfeed-card') as PaperfeedCard;
    const busy = () =>
      [list, card].map((element) =>
        element.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('aria-busy'),
      );
    const hasStatus = () => list.shadowRoot!.querySelector('[role="status"]') !== null;
    document.body.append(wrapper);
    try {
      try {
        await waitUntil(() => list.hasUpdated && card.hasUpdated, 'never rendered');
        // Its words not there yet: the list renders its placeholder, no status region.
        expect(hasStatus()).to.equal(false);
        expect(busy()).to.deep.equal(['false', 'false']);
      } finally {
        await fetch('/http/hold-language?code=ja&release=1');
      }
      await waitUntil(hasStatus, 'the words never came');
      expect(busy()).to.deep.equal(['false', 'false']);
      expect(textIn(list, '[role="status"]')).to.equal('');
    } finally {
      wrapper.remove();
    }
  });
});
