import { expect } from '@open-wc/testing';
import { prefetchFeeds } from '../../src/data/prefetch.js';
import { requestsSeen, uniqueKey } from '../helpers/server.js';
import { countIn } from '../helpers/shadow.js';
import { waitUntil } from '../helpers/wait.js';

// No element is defined in this page until the last test imports them.
const feed = (key: string) => `/http/counted?key=${key}&ms=200`;

describe('prefetchFeeds', () => {
  it('leaves alone the elements that would not fetch their src at once', async () => {
    const keys = Array.from({ length: 7 }, uniqueKey);
    const control = uniqueKey();
    const page = document.createElement('div');
    page.innerHTML = `
      <paperfeed-list loading="lazy" src="${feed(keys[0]!)}"></paperfeed-list>
      <paperfeed-list cache-ttl="60" src="${feed(keys[1]!)}"></paperfeed-list>
      <paperfeed-list src="${feed(keys[2]!)}&day={date}"></paperfeed-list>
      <paperfeed-list format="yaml" src="${feed(keys[3]!)}"></paperfeed-list>
      <paperfeed-list defer-hydration src="${feed(keys[4]!)}"></paperfeed-list>
      <paperfeed-card src="${feed(keys[5]!)}"><script type="application/json">{}</script></paperfeed-card>
      <paperfeed-card loading="lazy" src="${feed(keys[6]!)}"></paperfeed-card>
      <paperfeed-card src="${feed(control)}"></paperfeed-card>`;
    prefetchFeeds(page);
    await waitUntil(async () => (await requestsSeen(control)).length === 1, 'no request');
    for (const key of keys) expect(await requestsSeen(key), key).to.have.length(0);
  });

  it("makes the formatters of each element's language meanwhile, with or without src", async () => {
    const made: string[] = [];
    const { NumberFormat } = Intl;
    Intl.NumberFormat = function (...args: ConstructorParameters<typeof NumberFormat>) {
      made.push(String(args[0]));
      return new NumberFormat(...args);
    } as unknown as typeof Intl.NumberFormat;
    try {
      const page = document.createElement('div');
      page.lang = 'fr-CH';
      page.innerHTML = `<paperfeed-list src="${feed(uniqueKey())}"></paperfeed-list>`;
      prefetchFeeds(page);
      await waitUntil(() => made.includes('fr-CH'), 'no formatter made');
      // A hand-written card's too: it shows its counts in the task that defines it.
      page.lang = 'de-AT';
      page.innerHTML = `<paperfeed-card paper-title="A paper" upvotes="3"></paperfeed-card>`;
      prefetchFeeds(page);
      await waitUntil(() => made.includes('de-AT'), 'none for the card');
    } finally {
      Intl.NumberFormat = NumberFormat;
    }
  });

  it("downloads a list's feeds while its code is on its way, and the list's requests join them", async () => {
    const [first, second] = [uniqueKey(), uniqueKey()];
    const page = document.createElement('div');
    page.innerHTML = `<paperfeed-list lang="en" src="${feed(first)} ${feed(second)}"></paperfeed-list>`;
    document.body.append(page);
    prefetchFeeds(page);
    // The requests reach the server while no element is defined, and are still being answered.
    await waitUntil(async () => (await requestsSeen(second)).length === 1, 'no request');
    expect(customElements.get('paperfeed-list')).to.equal(undefined);
    await import('../../src/define.js');
    const list = page.querySelector('paperfeed-list')!;
    await waitUntil(() => countIn(list, 'paperfeed-card') > 0, 'no papers');
    expect(await requestsSeen(first)).to.have.length(1);
    expect(await requestsSeen(second)).to.have.length(1);
    page.remove();
  });
});
