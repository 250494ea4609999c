// Talking to the test server's own endpoints (test/server/), and keeping the page URL tidy.

/** A key no other test uses, so the server's request log for it starts empty. */
export const uniqueKey = () => `k${Math.random().toString(36).slice(2)}`;

export interface SeenRequest {
  ifNoneMatch: string | null;
  accept: string | null;
}

/** The requests the feed server recorded for `key`, oldest first. */
export async function requestsSeen(key: string): Promise<SeenRequest[]> {
  const response = await fetch(`/http/log?key=${key}`, { cache: 'no-store' });
  return response.json();
}

/** Puts the page URL back after each test of a `describe` that writes into it. */
export function keepPageUrl(): void {
  let original = location.href;
  beforeEach(() => {
    original = location.href;
  });
  afterEach(() => history.replaceState(null, '', original));
}
