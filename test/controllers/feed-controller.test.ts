// The controller against the local test server, without an element: what a host sees.
import { expect } from '@open-wc/testing';
import type { ReactiveController } from 'lit';
import { FeedController, type FeedSource } from '../../src/controllers/feed-controller.js';
import { PaperfeedLoadEvent, type Feed } from '../../src/index.js';
import { uniqueKey } from '../helpers/server.js';
import { waitUntil } from '../helpers/wait.js';

function hostFor(source: FeedSource) {
  const element = document.createElement('div');
  const controllers: ReactiveController[] = [];
  const host = Object.assign(element, {
    addController: (controller: ReactiveController) => controllers.push(controller),
    removeController() {},
    requestUpdate: () => controllers.forEach((controller) => controller.hostUpdate?.()),
    updateComplete: Promise.resolve(true),
  });
  const feed = new FeedController<Feed>(host, {
    source: () => source,
    select: (value) => value,
    loadEvent: (value) => new PaperfeedLoadEvent(value),
  });
  return { host, feed, source };
}

describe('FeedController', () => {
  it('keeps what is shown when a refresh times out', async () => {
    const { host, feed } = hostFor({
      src: `/http/then-fail?how=slow&key=${uniqueKey()}`,
      format: 'auto',
      mapping: undefined,
      ready: true,
      cacheTtl: 0,
      timeout: 1000, // the first answer comes at once, the refresh's after 2 s
    });
    host.requestUpdate();
    await waitUntil(() => feed.state.status === 'ready', 'never loaded');
    feed.refresh();
    expect(feed.state).to.include({ status: 'ready', refreshing: true });
    await waitUntil(() => feed.state.status === 'ready' && !feed.state.refreshing, 'never settled');
    const state = feed.state;
    expect(state.status === 'ready' && state.value.papers.length).to.equal(2);
    expect(state.status === 'ready' && state.refreshError?.kind).to.equal('timeout');
  });
});
