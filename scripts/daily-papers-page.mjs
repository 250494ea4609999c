// Reads the text of a Hugging Face "Daily Papers" page (as copied from a browser) into JSON Feed
// 1.1 items with the `_paperfeed` extension. Pure: no Node APIs, so the browser tests import it.
//
// The page reads, after its header, one day heading ("Oct 29") over papers laid out as:
//   title / abstract / "• 5 authors" (or a submitting organization) / "·" / "Oct 20, 2023 2"
// where the last line is the publication date, then the upvotes when there are any. A date
// without a year ("Jul 10 14": July 10, 14 upvotes) is in the page's year. Dates are parsed
// by hand: Date.parse("Jul 10 14") would read 2014.

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH = MONTHS.join('|');
const DAY_HEADING = new RegExp(`^(${MONTH}) (\\d{1,2})$`);
const DATE_LINE = new RegExp(`^(${MONTH}) (\\d{1,2})(?:, (\\d{4}))?(?: (\\d+))?$`);
const AUTHOR_COUNT = /^•\s*(\d+) authors?$/;
const SEPARATOR = '·';

function isoDate(year, month, day) {
  const monthNumber = MONTHS.indexOf(month) + 1;
  const date = new Date(Date.UTC(year, monthNumber - 1, day));
  if (date.getUTCMonth() !== monthNumber - 1 || date.getUTCDate() !== day) {
    throw new Error(`not a real date: ${month} ${day}, ${year}`);
  }
  return `${year}-${String(monthNumber).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function slug(title) {
  return title
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * @param {string} text the page's text
 * @param {number} year the page's year, for dates shown without one
 */
export function parseDailyPapersPage(text, year) {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const headingIndex = lines.indexOf('Daily Papers');
  if (headingIndex < 0) throw new Error('no "Daily Papers" heading in the page');
  const firstDay = lines.findIndex((line, i) => i > headingIndex && DAY_HEADING.test(line));
  if (firstDay < 0) throw new Error('no day heading ("Oct 29") after "Daily Papers"');

  const feed = {
    title: lines[headingIndex],
    subtitle: lines[headingIndex + 1] === lines[firstDay] ? undefined : lines[headingIndex + 1],
    items: [],
  };
  let featured;
  const ids = new Set();
  for (let i = firstDay; i < lines.length;) {
    const day = DAY_HEADING.exec(lines[i]);
    if (day) {
      featured = isoDate(year, day[1], Number(day[2]));
      i += 1;
      continue;
    }
    const title = lines[i];
    const abstract = lines[i + 1];
    if (abstract === undefined) throw new Error(`"${title}" has no abstract after it`);
    const item = { id: '', title, content_text: abstract };
    const hasMeta = lines[i + 3] === SEPARATOR;
    const extension = { featured_at: featured };
    if (hasMeta) {
      const count = AUTHOR_COUNT.exec(lines[i + 2]);
      if (count) extension.author_count = Number(count[1]);
      const date = DATE_LINE.exec(lines[i + 4] ?? '');
      if (!date) throw new Error(`"${title}": expected a date line, got "${lines[i + 4]}"`);
      item.date_published = isoDate(date[3] ? Number(date[3]) : year, date[1], Number(date[2]));
      if (date[4] !== undefined) extension.upvotes = Number(date[4]);
    }
    let id = slug(title);
    for (let n = 2; ids.has(id); n++) id = `${slug(title)}-${n}`;
    ids.add(id);
    item.id = id;
    item._paperfeed = extension;
    feed.items.push(item);
    i += hasMeta ? 5 : 2;
  }
  return feed;
}

/** The demo's default feed: the page as a JSON Feed 1.1 document. */
export function dailyPapersFeed(text, year) {
  const { title, subtitle, items } = parseDailyPapersPage(text, year);
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title,
    // The copied text runs "by" into the name ("byAK"); the page shows "by AK".
    description: subtitle?.replace(/^by(?=\S)/, 'by '),
    items,
  };
}
