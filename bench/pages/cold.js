// Runs in a fresh tab: renders the papers once with <paperfeed-list> or with a hand-written vanilla
// DOM of the same visible content, timed from setting the data (the element defined, the feed
// parsed) to the first screen laid out, and to every paper rendered (the list renders a few cards
// a task, the vanilla DOM everything at once). `window.render(kind)` may be called again for a
// warm figure.
import { loadElement, parseFeedText } from '/dist/cdn/paperfeed.js';
import { untilScreenFull } from './first-screen.js';

const stage = document.getElementById('stage');
const layout = () => document.body.getBoundingClientRect();

/** About 13 elements a paper, as a careful hand-written page would have them. */
function vanillaCard(paper, dates, numbers) {
  const article = document.createElement('article');
  const heading = document.createElement('h3');
  const titleLink = document.createElement('a');
  titleLink.href = paper.url ?? '#';
  titleLink.textContent = paper.title;
  heading.append(titleLink);
  const authors = document.createElement('p');
  authors.textContent = paper.authors.map((author) => author.name).join(', ');
  const meta = document.createElement('p');
  const date = document.createElement('time');
  if (paper.published) {
    date.dateTime = paper.published;
    date.textContent = dates.format(new Date(paper.published));
  }
  const votes = document.createElement('span');
  votes.textContent = ` · ▲ ${numbers.format(paper.upvotes ?? 0)}`;
  meta.append(date, votes);
  const abstract = document.createElement('p');
  abstract.className = 'abstract';
  abstract.textContent = paper.summary ?? '';
  const more = document.createElement('button');
  more.type = 'button';
  more.textContent = 'Show more';
  const links = document.createElement('p');
  links.className = 'links';
  for (const [label, url] of [
    ['PDF', paper.links.pdf],
    ['arXiv', paper.links.arxiv],
  ]) {
    const link = document.createElement('a');
    link.href = url ?? '#';
    link.textContent = label;
    links.append(link);
  }
  article.append(heading, authors, meta, abstract, more, links);
  return article;
}

function vanillaRender(papers) {
  const dates = new Intl.DateTimeFormat('en', { dateStyle: 'medium' });
  const numbers = new Intl.NumberFormat('en');
  const container = document.createElement('div');
  container.className = 'vanilla';
  container.setAttribute('role', 'list');
  container.append(...papers.map((paper) => vanillaCard(paper, dates, numbers)));
  stage.replaceChildren(container);
}

/** Resolves with the list and its cards on screen once they fill the first screen. */
async function listRender(papers) {
  const list = document.createElement('paperfeed-list');
  list.setAttribute('page-size', 'all');
  stage.replaceChildren(list);
  list.papers = papers;
  return { list, firstScreen: await untilScreenFull(list, papers.length) };
}

const params = new URLSearchParams(location.search);
const feedText = await (await fetch(params.get('feed'))).text();
const read = (await parseFeedText(feedText)).papers;
// A real feed's papers, repeated with their own ids up to `count` when it holds fewer.
const count = Number(params.get('count')) || read.length;
const papers = Array.from({ length: count }, (_, i) => ({
  ...read[i % read.length],
  id: `${read[i % read.length].id}-${i}`,
}));
if (params.get('kind') === 'list') {
  await loadElement('paperfeed-list');
  await customElements.whenDefined('paperfeed-card');
}

const longTasks = [];
new PerformanceObserver((entries) => longTasks.push(...entries.getEntries())).observe({
  type: 'longtask',
});

/** The formatters a card shows its paper with, made before the render (in a task of its own). */
window.makeFormatters = () => {
  new Intl.NumberFormat('en').format(1);
  new Intl.PluralRules('en').select(1);
  new Intl.ListFormat('en').format(['a', 'b']);
  new Intl.DateTimeFormat('en', { dateStyle: 'medium' }).format(0);
};

/** Renders once; returns the time to the first screen laid out and the longest task during it. */
window.render = async (kind) => {
  stage.replaceChildren();
  layout();
  longTasks.length = 0;
  const start = performance.now();
  const { list, firstScreen } =
    kind === 'list'
      ? await listRender(papers)
      : (vanillaRender(papers), { firstScreen: papers.length });
  layout();
  const ms = performance.now() - start;
  if (list) await list.updateComplete;
  const everyPaperMs = performance.now() - start;
  // Long tasks are reported after they end; give the observer a moment.
  await new Promise((resolve) => setTimeout(resolve, 50));
  const during = longTasks.filter((task) => task.startTime + task.duration >= start);
  return {
    ms,
    everyPaperMs,
    firstScreen,
    papers: papers.length,
    longestTask: Math.max(0, ...during.map((task) => task.duration)),
  };
};
/**
 * Shows the feed fetched from `src`, answering 500 ms late as on a real network: the list with
 * `src` (every paper), the vanilla DOM fetching it and making its formatters meanwhile. Returns
 * the longest task from the feed's arrival until every paper is rendered.
 */
window.renderFromSrc = async (kind) => {
  longTasks.length = 0;
  const src = `${params.get('feed')}?delay=500`;
  if (kind === 'list') {
    const list = document.createElement('paperfeed-list');
    list.setAttribute('page-size', 'all');
    list.setAttribute('src', src);
    const loaded = new Promise((resolve) => list.addEventListener('paperfeed-load', resolve));
    stage.replaceChildren(list);
    await loaded;
    await list.updateComplete;
  } else {
    const response = fetch(src).then((answer) => answer.text());
    setTimeout(window.makeFormatters);
    vanillaRender((await parseFeedText(await response)).papers);
  }
  layout();
  await new Promise((resolve) => setTimeout(resolve, 50));
  const feed = performance.getEntriesByType('resource').find((entry) => entry.name.endsWith(src));
  const after = longTasks.filter((task) => task.startTime + task.duration >= feed.responseEnd);
  return { longestTask: Math.max(0, ...after.map((task) => task.duration)) };
};

window.ready = true;
