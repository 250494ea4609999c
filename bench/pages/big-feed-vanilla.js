// The big-feed page's baseline: the same feed fetched and shown by a few lines a site could write
// itself, the first 20 papers under their days (what the list's first page shows), with no
// vetting. `window.firstCard` resolves with the time the first title is on screen.
// The page's own query (`?bytes-per-second=`, a slow connection) goes to the feed's request.
const FEED = `/bench/generated/papers-10000.json${location.search}`;
const PAGE_SIZE = 20;

function paperElement(item, dates, numbers) {
  const article = document.createElement('article');
  const heading = document.createElement('h3');
  const link = document.createElement('a');
  link.href = item.url;
  link.textContent = item.title;
  heading.append(link);
  const meta = document.createElement('p');
  const date = document.createElement('time');
  if (item.date_published) {
    date.dateTime = item.date_published;
    date.textContent = dates.format(new Date(item.date_published));
  }
  meta.append(date, ` · ▲ ${numbers.format(item._paperfeed?.upvotes ?? 0)}`);
  article.append(heading, meta);
  return article;
}

window.firstCard = fetch(FEED)
  .then((response) => response.json())
  .then((feed) => {
    const dates = new Intl.DateTimeFormat('en', { dateStyle: 'medium' });
    const numbers = new Intl.NumberFormat('en');
    const days = new Map();
    for (const item of feed.items.slice(0, PAGE_SIZE)) {
      // The day the feed featured the paper, as the list groups them.
      const day = (item._paperfeed?.featured_at ?? item.date_published).slice(0, 10);
      if (!days.has(day)) days.set(day, []);
      days.get(day).push(item);
    }
    const sections = [...days].map(([day, items]) => {
      const section = document.createElement('section');
      const heading = document.createElement('h2');
      heading.textContent = dates.format(new Date(day));
      section.append(heading, ...items.map((item) => paperElement(item, dates, numbers)));
      return section;
    });
    document.getElementById('papers').append(...sections);
    return new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())));
  });
