// A feed still on its way: a list whose first page is the feed's own shows it from the first
// papers that came, still busy; the whole feed then keeps those cards. Against the local test
// server, which holds the rest of a real feed until the test releases it.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../src/define.js';
import { clearFeedCache, type PaperfeedCard, type PaperfeedList } from '../../../src/index.js';
import { readFixtureText } from '../../helpers/fixtures.js';
import { uniqueKey } from '../../helpers/server.js';
import { countIn, shadowQuery, shadowQueryAll } from '../../helpers/shadow.js';
import { waitUntil } from '../../helpers/wait.js';

const cards = (list: PaperfeedList) => shadowQueryAll(list, 'paperfeed-card') as PaperfeedCard[];
const titles = (list: PaperfeedList) => cards(list).map((card) => card.paper?.title);
const busy = (list: PaperfeedList) => shadowQuery(list, '[part="base"]')?.getAttribute('aria-busy');

/** A real feed's URL on the test server, sent as far as `chars` until `release()`. */
async function heldFeed(name: string, cutBefore: (text: string) => number) {
  const file = `test/fixtures/real/${name}`;
  const text = await readFixtureText(`real/${name}`);
  const key = uniqueKey();
  return {
    src: `/http/held?file=${file}&chars=${cutBefore(text)}&key=${key}`,
    json: JSON.parse(text) as { items: Array<{ title: string }> },
    release: () => fetch(`/http/release?key=${key}`),
  };
}

describe('<paperfeed-list> with a feed still arriving', () => {
  afterEach(() => clearFeedCache());

  it('shows its first page from the first papers, still busy, and keeps those cards', async () => {
    // Cut inside the third item: two complete papers have come.
    const feed = await heldFeed('json-feed-python.json', (text) =>
      text.indexOf('"https://huggingface.co/papers/2506.09827"'),
    );
    const root = await fixture<HTMLElement>(
      html`<div>
        <paperfeed-list
          id="previewed"
          src=${feed.src}
          page-size="2"
          group-by="day"
        ></paperfeed-list>
        <paperfeed-list id="sorted" src=${feed.src} page-size="2" sort="published"></paperfeed-list>
        <paperfeed-list
          id="merged"
          src=${`${feed.src} /test/fixtures/real/json-feed-jekyll.json`}
          page-size="2"
        ></paperfeed-list>
      </div>`,
    );
    const [previewed, sorted, merged] = [
      ...root.querySelectorAll('paperfeed-list'),
    ] as PaperfeedList[];
    const loaded = [previewed, sorted, merged].map((list) => oneEvent(list!, 'paperfeed-load'));
    let loadedYet = false;
    void Promise.all(loaded).then(() => (loadedYet = true));

    await waitUntil(() => cards(previewed!).length === 2, 'no first page from the first papers');
    await previewed!.updateComplete;
    const firstTitles = feed.json.items.slice(0, 2).map((item) => item.title.replace(/\s+/g, ' '));
    expect(titles(previewed!)).to.deep.equal(firstTitles);
    expect(busy(previewed!)).to.equal('true');
    expect(countIn(previewed!, '[part="skeleton"]')).to.equal(0);
    expect(countIn(previewed!, '[part="more-button"]')).to.equal(0);
    expect(loadedYet).to.equal(false, 'no load event before the whole feed');
    await expect(previewed).to.be.accessible();
    // Sorted by date, its first page depends on every paper: it waits.
    expect(cards(sorted!)).to.have.length(0);
    expect(countIn(sorted!, '[part="skeleton"]')).to.equal(1);
    // Two feeds merged: its first page depends on both.
    await merged!.updateComplete;
    expect(cards(merged!)).to.have.length(0);
    expect(countIn(merged!, '[part="skeleton"]')).to.equal(1);

    const shown = cards(previewed!);
    await feed.release();
    await Promise.all(loaded);
    await previewed!.updateComplete;
    expect(busy(previewed!)).to.equal('false');
    expect(cards(previewed!)).to.deep.equal(shown, 'the same card elements stay');
    expect(countIn(previewed!, '[part="more-button"]')).to.equal(1);
    // Their first card comes with the feed, the second maybe a task later.
    await Promise.all([sorted!.updateComplete, merged!.updateComplete]);
    expect(cards(sorted!)).to.have.length(2);
    expect(cards(merged!)).to.have.length(2);
    await expect(previewed).to.be.accessible();
  });

  it('waits for the whole feed when the first papers are not in the order it shows', async () => {
    // Both papers of the feed have come, its list not closed yet. Newest first in the feed.
    const feed = await heldFeed('json-feed-jekyll.json', (text) => text.lastIndexOf(']'));
    const root = await fixture<HTMLElement>(
      html`<div>
        <paperfeed-list src=${feed.src} page-size="2" group-by="day"></paperfeed-list>
        <paperfeed-list src=${feed.src} page-size="2" group-by="day" order="asc"></paperfeed-list>
      </div>`,
    );
    const [newestFirst, oldestFirst] = [
      ...root.querySelectorAll('paperfeed-list'),
    ] as PaperfeedList[];
    const loaded = [newestFirst, oldestFirst].map((list) => oneEvent(list!, 'paperfeed-load'));
    await waitUntil(() => cards(newestFirst!).length === 2, 'no first page from the first papers');
    await oldestFirst!.updateComplete;
    expect(cards(oldestFirst!)).to.have.length(0);
    expect(countIn(oldestFirst!, '[part="skeleton"]')).to.equal(1);
    await feed.release();
    await Promise.all(loaded);
    await oldestFirst!.updateComplete;
    expect(titles(oldestFirst!)).to.deep.equal([...titles(newestFirst!)].reverse());
  });
});
