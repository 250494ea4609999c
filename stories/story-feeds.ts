// Stories cannot start a server, so the card's fetching states are shown with canned responses
// for a few story-only URLs. Tests use a real local server instead (test/server/).
import dailyPapers from '../test/fixtures/hugging-face/daily-papers.json';

export const STORY_FEED = '/story-feeds/daily-papers.json';
export const STORY_PENDING = '/story-feeds/pending.json';
export const STORY_NOT_FOUND = '/story-feeds/missing.json';

const realFetch = window.fetch.bind(window);

window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
  const url = new URL(input instanceof Request ? input.url : String(input), location.href);
  switch (url.pathname) {
    case STORY_FEED:
      return Promise.resolve(Response.json(dailyPapers));
    case STORY_PENDING:
      return new Promise<Response>(() => undefined);
    case STORY_NOT_FOUND:
      return Promise.resolve(new Response('Not found', { status: 404, statusText: 'Not Found' }));
    default:
      return realFetch(input, init);
  }
};
