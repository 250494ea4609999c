// Every failure after papers were shown keeps them, says so in plain words and offers Retry;
// only a first load with nothing to show is the error state. Against the local test server.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../src/define.js';
import {
  clearFeedCache,
  type PaperfeedCard,
  type PaperfeedErrorEvent,
  type PaperfeedList,
} from '../../../src/index.js';
import { requestsSeen, storeStaleCopy, uniqueKey } from '../../helpers/server.js';
import { countIn, shadowQuery, shadowQueryAll, textIn } from '../../helpers/shadow.js';
import { waitUntil } from '../../helpers/wait.js';

const titles = (list: PaperfeedList) =>
  (shadowQueryAll(list, 'paperfeed-card') as PaperfeedCard[]).map((card) => card.paper!.title);

async function loadedList(template: ReturnType<typeof html>): Promise<PaperfeedList> {
  const list = await fixture<PaperfeedList>(template);
  await waitUntil(() => countIn(list, 'paperfeed-card, [part="status"]') > 0, 'nothing rendered');
  await list.updateComplete;
  return list;
}

async function expectPapersKept(list: PaperfeedList, shown: string[]): Promise<void> {
  await list.updateComplete;
  expect(titles(list)).to.deep.equal(shown);
  expect(countIn(list, '[part="status"]')).to.equal(0, 'no error state in place of the papers');
  expect(countIn(list, '[part="notice"] [part="retry-button"]')).to.equal(1);
  await expect(list).to.be.accessible();
}

describe('<paperfeed-list> failures after papers were shown', () => {
  afterEach(() => clearFeedCache());

  for (const [how, what] of [
    ['503', 'a 503'],
    ['not-json', 'invalid JSON'],
    ['drop', 'a connection dropped mid-visit'],
  ]) {
    it(`keeps the papers when a refresh meets ${what}, and says since when they are shown`, async () => {
      // Listened for before the list exists: on a busy machine the refresh a second later can
      // fail before the first papers are checked.
      const failed = oneEvent(document, 'paperfeed-error');
      const list = await loadedList(
        html`<paperfeed-list
          refresh="1"
          src=${`/http/then-fail?key=${uniqueKey()}&how=${how}`}
        ></paperfeed-list>`,
      );
      const shown = titles(list);
      expect(shown).to.have.length(2);
      const event = (await failed) as unknown as PaperfeedErrorEvent;
      expect(event.papersKept).to.equal(true);
      // The next refresh would clear the notice while it is read.
      list.removeAttribute('refresh');
      await waitUntil(() => countIn(list, '[part="notice"]') === 1, 'no notice');
      await expectPapersKept(list, shown);
      expect(textIn(list, '[part="notice"]')).to.match(
        /^Couldn’t refresh\. Showing papers from \d{1,2}:\d{2}/,
      );
      // Said politely in the live region, not as an alert.
      expect(textIn(list, '[role="status"]')).to.match(/^Couldn’t refresh\./);
      expect(countIn(list, '[role="alert"]')).to.equal(0);
    });
  }

  it('keeps a stale stored copy when revalidating it fails', async () => {
    const src = `/http/status/503?key=${uniqueKey()}`;
    storeStaleCopy(src);
    const list = await fixture<PaperfeedList>(
      html`<paperfeed-list cache-ttl="60" src=${src}></paperfeed-list>`,
    );
    const event = (await oneEvent(list, 'paperfeed-error')) as unknown as PaperfeedErrorEvent;
    expect(event.papersKept).to.equal(true);
    expect(event.error.status).to.equal(503);
    await expectPapersKept(list, ['Stored']);
  });

  it('keeps the papers when the next page fails, and Retry asks for that page again', async () => {
    const key = uniqueKey();
    const list = await loadedList(
      html`<paperfeed-list page-size="2" src=${`/http/broken-next?key=${key}`}></paperfeed-list>`,
    );
    (shadowQuery(list, '[part="more-button"]') as HTMLButtonElement).click();
    await waitUntil(() => countIn(list, '[part="notice"]') === 1, 'no notice');
    await expectPapersKept(list, ['First page paper 1', 'First page paper 2']);
    expect(textIn(list, '[part="notice"]')).to.contain('Couldn’t load more papers.');
    const said = () => shadowQuery(list, '[role="status"]')!.textContent!;
    expect(said().trim()).to.equal('Couldn’t load more papers.');
    const first = said();
    // The first page, then the next page that failed.
    expect((await requestsSeen(key)).length).to.equal(2);
    (shadowQuery(list, '[part="notice"] [part="retry-button"]') as HTMLButtonElement).click();
    await waitUntil(async () => (await requestsSeen(key)).length === 3, 'Retry asked for nothing');
    await waitUntil(() => countIn(list, '[part="notice"]') === 1, 'the notice did not come back');
    expect(titles(list)).to.deep.equal(['First page paper 1', 'First page paper 2']);
    // Failed again: the live region changes, so it is read again, in the same words.
    await waitUntil(() => said() !== first, 'the second failure was not announced');
    expect(said().trim()).to.equal('Couldn’t load more papers.');
  });

  it('keeps the focus on "Show more" while its page loads, and on Retry when it fails again', async () => {
    const list = await loadedList(
      html`<paperfeed-list
        page-size="2"
        src=${`/http/broken-next?key=${uniqueKey()}`}
      ></paperfeed-list>`,
    );
    const more = shadowQuery(list, '[part="more-button"]') as HTMLButtonElement;
    more.focus();
    more.click();
    await list.updateComplete;
    expect(more.getAttribute('aria-disabled')).to.equal('true');
    expect(list.shadowRoot!.activeElement === more, 'the busy button lost the focus').to.equal(
      true,
    );
    await waitUntil(() => countIn(list, '[part="notice"]') === 1, 'no notice');
    const retry = shadowQuery(list, '[part="notice"] [part="retry-button"]') as HTMLButtonElement;
    retry.focus();
    retry.click();
    await waitUntil(
      () =>
        list.shadowRoot!.activeElement ===
        shadowQuery(list, '[part="notice"] [part="retry-button"]'),
      'the focus is not on Retry after the page failed again',
    );
  });

  it('keeps the later pages it shows when reload() fails', async () => {
    const list = await loadedList(
      html`<paperfeed-list
        page-size="2"
        src=${`/http/page-once?key=${uniqueKey()}`}
      ></paperfeed-list>`,
    );
    (shadowQuery(list, '[part="more-button"]') as HTMLButtonElement).click();
    await waitUntil(() => titles(list).length === 4, 'the next page never came');
    const failed = oneEvent(list, 'paperfeed-error');
    list.reload();
    await failed;
    await expectPapersKept(list, [
      'Page 1 paper 1',
      'Page 1 paper 2',
      'Page 2 paper 1',
      'Page 2 paper 2',
    ]);
  });

  it('shows the error state only for a first load with nothing to show', async () => {
    const list = await loadedList(
      html`<paperfeed-list src=${`/http/status/503?key=${uniqueKey()}`}></paperfeed-list>`,
    );
    expect(countIn(list, '[part="status"][role="alert"]')).to.equal(1);
    expect(titles(list)).to.deep.equal([]);
  });
});

describe('<paperfeed-list> a source changed while loading', () => {
  it('shows only the new source, and ignores the old answer when it comes late', async () => {
    const list = await fixture<PaperfeedList>(
      html`<paperfeed-list src=${`/http/slow?ms=600&key=${uniqueKey()}`}></paperfeed-list>`,
    );
    await list.updateComplete;
    const key = uniqueKey();
    list.src = `/http/counted?key=${key}`;
    await waitUntil(() => titles(list).length === 2, 'the new source never showed');
    expect(textIn(list, '[role="status"]')).to.equal('2 papers');
    await new Promise((resolve) => setTimeout(resolve, 800));
    await list.updateComplete;
    expect(titles(list)).to.have.length(2);
    list.showHeader = true;
    await list.updateComplete;
    expect(textIn(list, '.feed-title')).to.equal(`Counted feed ${key}`);
  });
});
