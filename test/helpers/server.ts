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

/** Puts an hour-old copy of a one-paper feed titled "Stored" in storage, as `cache-ttl` keeps it. */
export function storeStaleCopy(src: string): void {
  const url = new URL(src, location.href).href;
  localStorage.setItem(
    `paperfeed:v1:${url}`,
    JSON.stringify({
      url,
      savedAt: Date.now() - 3_600_000,
      json: {
        version: 'https://jsonfeed.org/version/1.1',
        items: [{ id: 'stored', title: 'Stored' }],
      },
    }),
  );
}
