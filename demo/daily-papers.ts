// A plain-DOM preview of the default feed through the public API, until <paperfeed-list> lands.
// Everything from the feed is set as text, never as HTML.
import { formatPaperDate, loadFeed, type Paper } from '../src/index.js';

const plural = new Intl.PluralRules('en');

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function byId(id: string): HTMLElement {
  const node = document.getElementById(id);
  if (!node) throw new Error(`the page has no #${id}`);
  return node;
}

function paperItem(paper: Paper): HTMLElement {
  const item = element('article', undefined, 'paper');
  item.append(element('h3', paper.title));
  if (paper.summary) item.append(element('p', paper.summary, 'abstract'));
  const meta = element('p', undefined, 'meta');
  if (paper.authorCount !== undefined) {
    const noun = plural.select(paper.authorCount) === 'one' ? 'author' : 'authors';
    meta.append(element('span', `${paper.authorCount} ${noun}`));
  }
  if (paper.published) {
    const time = element('time', formatPaperDate(paper.published, 'en'));
    time.dateTime = paper.published;
    meta.append(time);
  }
  if (paper.upvotes !== undefined) {
    meta.append(element('span', `${paper.upvotes} upvote${paper.upvotes === 1 ? '' : 's'}`));
  }
  if (meta.childElementCount > 0) item.append(meta);
  return item;
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
      const section = element('section');
      const label = day
        ? formatPaperDate(day, 'en', { month: 'short', day: 'numeric' })
        : 'Undated';
      section.append(element('h2', label), ...papers.map(paperItem));
      list.append(section);
    }
    status.textContent = `${feed.papers.length} papers`;
  } catch (error) {
    status.textContent = `Could not load the feed: ${(error as Error).message}`;
  }
}

void show();
