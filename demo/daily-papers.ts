// The Daily Papers page on the default feed, with <paperfeed-card> for each paper. The papers are
// grouped under their featured day here until <paperfeed-list> does it itself.
import '../src/define.js';
import { formatPaperDate, loadFeed, type Paper } from '../src/index.js';

function byId(id: string): HTMLElement {
  const node = document.getElementById(id);
  if (!node) throw new Error(`the page has no #${id}`);
  return node;
}

function cardFor(paper: Paper): HTMLElement {
  const card = document.createElement('paperfeed-card');
  card.paper = paper;
  card.setAttribute('role', 'listitem');
  return card;
}

async function show(): Promise<void> {
  const status = byId('feed-status');
  const list = byId('papers');
  try {
    const feed = await loadFeed(new URL('./feeds/daily-papers.json', import.meta.url).href);
    byId('feed-title').textContent = feed.title ?? 'Papers';
    byId('feed-description').textContent = feed.description ?? '';
    const days = new Map<string, Paper[]>();
    for (const paper of feed.papers) {
      const day = paper.featured ?? paper.published ?? '';
      days.set(day, [...(days.get(day) ?? []), paper]);
    }
    for (const [day, papers] of days) {
      const section = document.createElement('section');
      const heading = document.createElement('h2');
      heading.textContent = day
        ? formatPaperDate(day, 'en', { month: 'short', day: 'numeric' })
        : 'Undated';
      const cards = document.createElement('div');
      cards.className = 'cards';
      cards.setAttribute('role', 'list');
      cards.append(...papers.map(cardFor));
      section.append(heading, cards);
      list.append(section);
    }
    status.textContent = `${feed.papers.length} papers`;
  } catch (error) {
    status.textContent = `Could not load the feed: ${(error as Error).message}`;
  }
}

void show();
