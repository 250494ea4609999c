import { expect } from '@open-wc/testing';
import { FeedError } from '../../src/index.js';
import {
  IDLE,
  reduceFeedState,
  type FeedEvent,
  type FeedState,
} from '../../src/controllers/feed-state.js';

const run = (events: FeedEvent<string>[], from: FeedState<string> = IDLE) =>
  events.reduce(reduceFeedState, from);
const offline = new FeedError('network', 'offline');
const unavailable = new FeedError('http', '503', { status: 503 });

describe('the feed state', () => {
  it('loads: idle, loading, ready', () => {
    expect(run([{ type: 'requested' }])).to.deep.equal({ status: 'loading' });
    expect(run([{ type: 'requested' }, { type: 'loaded', value: 'a', at: 1 }])).to.deep.equal({
      status: 'ready',
      value: 'a',
      loadedAt: 1,
      refreshing: false,
      failures: [],
    });
  });

  it('fails only a first load with nothing to show', () => {
    expect(run([{ type: 'requested' }, { type: 'failed', error: offline }])).to.deep.equal({
      status: 'failed',
      error: offline,
    });
  });

  it('keeps the papers when a refresh fails, and says why', () => {
    const state = run([
      { type: 'requested' },
      { type: 'loaded', value: 'a', at: 1 },
      { type: 'refreshRequested' },
      { type: 'refreshFailed', error: unavailable },
    ]);
    expect(state).to.deep.include({ status: 'ready', value: 'a', loadedAt: 1, refreshing: false });
    expect(state.status === 'ready' && state.refreshError).to.equal(unavailable);
  });

  it('keeps a stale stored copy when its revalidation fails, and replaces it when it succeeds', () => {
    const stale = run([
      { type: 'requested' },
      { type: 'loaded', value: 'stored', at: 1, stale: true },
    ]);
    expect(stale).to.deep.include({ status: 'ready', refreshing: true });
    expect(run([{ type: 'refreshFailed', error: unavailable }], stale)).to.deep.include({
      status: 'ready',
      value: 'stored',
      refreshing: false,
    });
    expect(run([{ type: 'refreshed', value: 'fresh', at: 2 }], stale)).to.deep.equal({
      status: 'ready',
      value: 'fresh',
      loadedAt: 2,
      refreshing: false,
      failures: [],
    });
  });

  it('clears the last refresh error when a refresh starts, and a new source drops the old papers', () => {
    const failedRefresh = run([
      { type: 'loaded', value: 'a', at: 1 },
      { type: 'refreshFailed', error: offline },
    ]);
    expect(run([{ type: 'refreshRequested' }], failedRefresh)).to.deep.include({
      refreshing: true,
      refreshError: undefined,
    });
    expect(run([{ type: 'requested' }], failedRefresh)).to.deep.equal({ status: 'loading' });
    expect(run([{ type: 'reset' }], failedRefresh)).to.deep.equal({ status: 'idle' });
  });

  it('retries a failed load as a first load', () => {
    const failed = run([{ type: 'requested' }, { type: 'failed', error: offline }]);
    expect(run([{ type: 'refreshRequested' }], failed)).to.deep.equal({ status: 'loading' });
  });
});
