import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Announcer } from '../../src/controllers/announcer.js';
import { Pager } from '../../src/controllers/pager.js';
import { RefreshTimer } from '../../src/controllers/refresh-timer.js';
import type { Feed } from '../../src/index.js';

/** A host that only counts the updates asked of it. */
function fakeHost() {
  const host = {
    updates: 0,
    controllers: [] as ReactiveController[],
    addController(controller: ReactiveController) {
      host.controllers.push(controller);
    },
    removeController() {},
    requestUpdate() {
      host.updates++;
    },
    updateComplete: Promise.resolve(true),
  };
  return host as typeof host & ReactiveControllerHost;
}

const page = (nextUrl?: string): Feed => ({ papers: [], warnings: [], nextUrl });

describe('Pager', () => {
  it('offers the next page unless it leads back to one already shown', () => {
    const pager = new Pager(
      fakeHost(),
      () => ({}),
      () => {},
    );
    const base = new URL('/feeds/', location.href).href;
    expect(pager.nextUrl(page(`${base}b.json`), [`${base}a.json`])).to.equal(`${base}b.json`);
    expect(pager.nextUrl(page(`${base}a.json`), ['/feeds/a.json'])).to.equal(undefined);
    expect(pager.nextUrl(page(), ['/feeds/a.json'])).to.equal(undefined);
  });

  it('shows one more page of the loaded papers before asking the server, and focuses its first', () => {
    const host = fakeHost();
    const pager = new Pager(
      host,
      () => ({}),
      () => {},
    );
    pager.showMore(10, 25, 'https://example.org/next', true);
    expect([pager.count, pager.focusFrom, pager.state.status]).to.deep.equal([2, 10, 'idle']);
    pager.showMore(10, 25, 'https://example.org/next', false);
    expect([pager.count, pager.focusFrom], 'a page added by scrolling moves focus').to.deep.equal([
      3,
      undefined,
    ]);
    pager.rewind();
    expect(pager.count).to.equal(1);
    expect(host.updates).to.be.greaterThan(0);
  });
});

describe('RefreshTimer', () => {
  it('refreshes on its period while the page is visible, then tells how many papers are new', async () => {
    let refreshes = 0;
    const timer = new RefreshTimer(fakeHost(), {
      seconds: () => 0.05,
      refresh: () => {
        refreshes++;
        return true;
      },
      shownIds: () => ['a', 'b'],
    });
    timer.hostConnected();
    await new Promise((resolve) => setTimeout(resolve, 130));
    timer.hostDisconnected();
    expect(refreshes).to.be.greaterThan(0);
    expect(timer.newPapers(['a', 'b', 'c'])).to.equal(1);
    expect(timer.newPapers(['a', 'b', 'c'])).to.equal(undefined);
  });

  it('counts the papers a refresh brought, and nothing for loads it did not start', () => {
    const timer = new RefreshTimer(fakeHost(), {
      seconds: () => 0,
      refresh: () => true,
      shownIds: () => ['a', 'b'],
    });
    expect(timer.newPapers(['a', 'b', 'c'])).to.equal(undefined);
  });
});

describe('Announcer', () => {
  it('says a thing once, asking for one update', () => {
    const host = fakeHost();
    const announcer = new Announcer(host);
    announcer.announce(() => '3 papers');
    announcer.announce(() => '3 papers');
    expect([announcer.text, host.updates]).to.deep.equal(['3 papers', 1]);
  });

  it('says news again with a change a screen reader reads, and back', () => {
    const host = fakeHost();
    const announcer = new Announcer(host);
    const said = ['1 new paper', '1 new paper', '1 new paper'].map((text) => {
      announcer.announceAgain(() => text);
      return announcer.text;
    });
    expect(said).to.deep.equal(['1 new paper', '1 new paper\u00A0', '1 new paper']);
    expect(host.updates).to.equal(3);
  });

  it('words what it said anew, in the language of the moment', () => {
    const announcer = new Announcer(fakeHost());
    let words = '3 papers';
    announcer.announce(() => words);
    words = '3 artículos';
    expect(announcer.text).to.equal('3 artículos');
  });
});
