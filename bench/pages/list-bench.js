// Runs in the benchmark page: times <paperfeed-list> and a hand-written vanilla DOM of the same
// content, from the moment the data is set until the first screen is laid out (the list renders a
// few cards a task until the screen is full, then the rest; the vanilla DOM everything at once).
import { loadElement } from '/dist/cdn/paperfeed.js';
import { untilScreenFull } from './first-screen.js';

const stage = document.getElementById('stage');
const layout = () => document.body.getBoundingClientRect();

function vanillaCard(paper) {
  const article = document.createElement('article');
  const title = document.createElement('h3');
  const link = document.createElement('a');
  link.textContent = paper.title;
  if (paper.url) link.href = paper.url;
  title.append(link);
  const meta = document.createElement('p');
  meta.textContent = [
    paper.authorCount ? `${paper.authorCount} authors` : '',
    paper.published ?? '',
    paper.upvotes !== undefined ? `${paper.upvotes} upvotes` : '',
  ].join(' · ');
  const abstract = document.createElement('p');
  abstract.className = 'abstract';
  abstract.textContent = paper.summary ?? '';
  article.append(title, meta, abstract);
  return article;
}

function vanillaRender(container, papers) {
  const list = document.createElement('div');
  list.setAttribute('role', 'list');
  list.append(...papers.map(vanillaCard));
  container.replaceChildren(list);
}

/** The first screen laid out: the list's cards fill it (the virtualizer lays out in a frame of its own). */
async function firstScreen(list) {
  await untilScreenFull(list, list.papers.length);
  layout();
}

/** Every card of the list rendered; how many are on the page. */
async function settled(list) {
  await list.updateComplete;
  await firstScreen(list);
  return list.shadowRoot.querySelectorAll('paperfeed-card').length;
}

window.ready = loadElement('paperfeed-list').then(async () => {
  // The virtualizer chunk is loaded before timing, as it would be after the first long list.
  const warm = document.createElement('paperfeed-list');
  warm.setAttribute('page-size', 'all');
  stage.replaceChildren(warm);
  warm.papers = Array.from({ length: 300 }, (_, i) => ({
    id: `w${i}`,
    title: `Warm ${i}`,
    authors: [],
    tags: [],
    links: {},
  }));
  await new Promise((resolve) => setTimeout(resolve, 300));
  stage.replaceChildren();
});

/** Times one scenario; returns milliseconds and how many cards/articles are on the page. */
window.runScenario = async (kind, scenario, papers) => {
  stage.replaceChildren();
  await new Promise((resolve) => setTimeout(resolve, 20));
  if (kind === 'vanilla') {
    const container = document.createElement('div');
    container.className = 'vanilla';
    stage.append(container);
    if (scenario !== 'first') vanillaRender(container, papers);
    layout();
    const start = performance.now();
    const shown =
      scenario === 'search' || scenario === 'focused'
        ? papers.filter((p) => `${p.title} ${p.summary ?? ''}`.toLowerCase().includes('layer'))
        : scenario === 'sort'
          ? [...papers].sort((a, b) => (b.upvotes ?? -1) - (a.upvotes ?? -1))
          : papers;
    vanillaRender(container, shown);
    layout();
    return { ms: performance.now() - start, count: container.querySelectorAll('article').length };
  }
  const list = document.createElement('paperfeed-list');
  list.setAttribute('page-size', 'all');
  if (scenario === 'focused') list.setAttribute('searchable', '');
  stage.append(list);
  if (scenario !== 'first') {
    list.papers = papers;
    await settled(list);
  }
  if (scenario === 'focused') {
    // As a reader does: the box focused, the word typed a moment later.
    list.shadowRoot.querySelector('[part="search"]').focus();
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  const start = performance.now();
  if (scenario === 'first') list.papers = papers;
  else if (scenario === 'search' || scenario === 'focused') list.query = 'layer';
  else list.sort = 'upvotes';
  await firstScreen(list);
  const ms = performance.now() - start;
  return { ms, count: await settled(list) };
};

/** Every element on the page, inside shadow roots too. */
window.elementCount = () => {
  let count = 0;
  const walk = (root) => {
    for (const element of root.querySelectorAll('*')) {
      count++;
      if (element.shadowRoot) walk(element.shadowRoot);
    }
  };
  walk(document);
  return count;
};
