// The first papers of a feed still on its way, for a list to show before the rest: read from
// the text as it arrives, or from a large feed's text before the whole of it is read.
import { prepareEntities } from '../text/entities.js';
import { syntaxOfFormat, type FeedBody } from './body.js';
import { itemsPrefix } from './json-prefix.js';

export interface PreviewRequest {
  items: number;
  /**
   * Called at most once, with a body holding the first papers and the URL it comes from (after
   * redirects). For a large feed that has come whole, reading it waits for what this returns.
   */
  show: (body: FeedBody, url: string) => void | Promise<void>;
}

/** How long a body may take before its first papers are read from what has come. */
export const PREVIEW_AFTER_MS = 50;

/**
 * The length of a feed's text from which reading it whole (`JSON.parse`, then every paper vetted)
 * takes long enough, ~100 ms on a laptop, to show its first papers before.
 */
export const PREVIEW_ABOVE_CHARS = 1_000_000;

/** The requests that had their first papers. */
const shown = new WeakSet<PreviewRequest>();

const readsJson = (format: string | undefined) =>
  (syntaxOfFormat(format ?? 'auto') ?? 'json') === 'json';

function show(preview: PreviewRequest, json: unknown, url: string): void | Promise<void> {
  shown.add(preview);
  return preview.show({ syntax: 'json', json }, url);
}

/**
 * The first papers of a large JSON feed that has come whole, before it is read, for a caller that
 * did not have them while it arrived. Resolves once the caller has shown them.
 */
export async function previewLarge(
  text: string,
  format: string | undefined,
  preview: PreviewRequest,
  url: string,
): Promise<void> {
  if (text.length < PREVIEW_ABOVE_CHARS || shown.has(preview) || !readsJson(format)) return;
  const prefix = itemsPrefix(text, preview.items);
  if (!prefix || prefix.items < preview.items) return;
  await prepareEntities(text.slice(0, prefix.end));
  await show(preview, prefix.json, url);
}

/**
 * Hands the callers waiting for a feed's first papers what has come of its text, once it has been
 * arriving for `PREVIEW_AFTER_MS` (a feed that comes at once is read once), then as more comes.
 * It looks again only once the text has doubled: the text is scanned a few times at most.
 */
export function previewer(previews: PreviewRequest[], format: string | undefined, url: string) {
  if (!readsJson(format)) return () => {};
  let text = '';
  let nextLook = 0;
  let looking: boolean | undefined;
  const look = () => {
    if (previews.length === 0 || text.length < nextLook) return;
    nextLook = text.length * 2;
    const wanted = Math.max(...previews.map((preview) => preview.items));
    const prefix = itemsPrefix(text, wanted);
    if (!prefix) return;
    const ready = previews.filter((preview) => preview.items <= prefix.items);
    const waiting = previews.filter((preview) => preview.items > prefix.items);
    previews.splice(0, previews.length, ...waiting);
    ready.forEach((preview) => shown.add(preview));
    void prepareEntities(text.slice(0, prefix.end)).then(() =>
      ready.forEach((preview) => show(preview, prefix.json, url)),
    );
  };
  return (textSoFar: string) => {
    text = textSoFar;
    if (looking) look();
    else if (looking === undefined) {
      looking = false;
      setTimeout(() => {
        looking = true;
        look();
      }, PREVIEW_AFTER_MS);
    }
  };
}
