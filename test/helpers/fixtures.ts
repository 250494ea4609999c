/** Reads a JSON fixture from test/fixtures through the test server, as a real feed would arrive. */
export async function readFixture(path: string): Promise<unknown> {
  const response = await fetch(new URL(`../fixtures/${path}`, import.meta.url));
  if (!response.ok) throw new Error(`fixture ${path}: ${response.status}`);
  return response.json();
}

/** Reads a fixture's text (XML, BibTeX, JSON as sent) through the test server. */
export async function readFixtureText(path: string): Promise<string> {
  const response = await fetch(new URL(`../fixtures/${path}`, import.meta.url));
  if (!response.ok) throw new Error(`fixture ${path}: ${response.status}`);
  return response.text();
}

/** Awaits a promise expected to reject, and returns what it rejected with. */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject, but it resolved');
}

/** Runs `action` expecting it to throw synchronously, and returns what it threw. */
export function thrownBy(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw, but none came');
}
