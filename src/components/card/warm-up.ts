import type { Paper } from '../../data/paper.js';
import { nextTask } from '../../base/next-task.js';
import { warmIntl } from '../../base/warm-intl.js';

/** A paper with every part a card shows (never on screen), so its render prepares them all. */
const SAMPLE: Paper = {
  id: 'warm-up',
  title: 'A paper',
  url: 'https://example.org/paper',
  summary: 'An abstract. '.repeat(40),
  authors: [{ name: 'A' }, { name: 'B' }, { name: 'C' }, { name: 'D' }, { name: 'E' }],
  authorCount: 6,
  published: '2000-01-01',
  upvotes: 1,
  tags: ['a'],
  links: { pdf: 'https://example.org/pdf', arxiv: 'https://example.org/abs' },
  arxivId: '2000.00001',
};

const warmed = new Set<string>();

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/**
 * Renders one card of the kind a page is about to show, out of sight, then lets the next frame
 * lay it out. A page's first card pays once for what every later card reuses: Lit prepares the
 * card's templates on its first render, the engine compiles its style rules on its first layout
 * (~40 ms each at a phone's CPU speed). Done while a feed is on its way, that work stays out of
 * the task that shows the first papers. Once a page per variant and language; nothing is done
 * when `stillWaiting` turns false first.
 */
async function warmUpCard(
  variant: 'full' | 'compact',
  locale: string,
  stillWaiting: () => boolean,
): Promise<void> {
  const key = `${variant} ${locale}`;
  if (warmed.has(key)) return;
  await nextTask();
  const { body } = document;
  if (!body || !stillWaiting() || warmed.has(key) || !customElements.get('paperfeed-card')) return;
  warmed.add(key);
  // A closed shadow root: neither the page's scripts nor its styles meet the sample card.
  const host = document.createElement('div');
  host.inert = true;
  host.setAttribute('aria-hidden', 'true');
  // Through the CSSOM, which a strict `style-src` allows. Laid out (not `display: none`), unseen.
  Object.assign(host.style, {
    position: 'fixed',
    top: '0',
    left: '0',
    width: '40em',
    height: '0',
    overflow: 'hidden',
    visibility: 'hidden',
    contain: 'strict',
    pointerEvents: 'none',
  });
  const card = document.createElement('paperfeed-card');
  card.lang = locale;
  card.variant = variant;
  card.paper = SAMPLE;
  host.attachShadow({ mode: 'closed' }).append(card);
  body.append(host);
  await card.updateComplete;
  await nextFrame();
  await nextTask();
  host.remove();
}

/**
 * Makes ready what an element's first papers need while they are on their way: the formatters of
 * its language, then what `alsoMake` makes (a list's own formatters), then its kind of card, each
 * in tasks of their own.
 */
export async function warmUpFor(
  locale: string,
  variant: 'full' | 'compact',
  {
    stillWaiting,
    sortsTags = false,
    alsoMake,
  }: { stillWaiting: () => boolean; sortsTags?: boolean; alsoMake?: () => void },
): Promise<void> {
  await warmIntl(locale, { sortsTags });
  if (alsoMake) {
    await nextTask();
    if (stillWaiting()) alsoMake();
  }
  await warmUpCard(variant, locale, stillWaiting);
}
