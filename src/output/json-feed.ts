import type { Feed, Paper } from '../data/paper.js';
import { isCalendarDate, paperDateToDate } from '../text/dates.js';
import type { FeedInfo } from './feed-info.js';

const defined = <T extends object>(value: T): Partial<T> =>
  Object.fromEntries(
    Object.entries(value).filter(([, field]) => field !== undefined),
  ) as Partial<T>;

/** JSON Feed wants a full RFC 3339 date-time: a year or a month goes as its first instant. */
const dateTime = (date: string | undefined) =>
  date === undefined || !isCalendarDate(date) ? date : paperDateToDate(date).toISOString();

function extension(paper: Paper) {
  const fields = defined({
    // A calendar date as it was ("2024", "2024-05", "2024-05-07"), which `date_published`, an
    // instant, cannot say.
    published: paper.published && isCalendarDate(paper.published) ? paper.published : undefined,
    upvotes: paper.upvotes,
    comments: paper.comments,
    citations: paper.citations,
    author_count: paper.authorCount,
    featured_at: paper.featured,
    pdf_url: paper.links.pdf,
    code_url: paper.links.code?.url,
    code_stars: paper.links.code?.stars,
    project_url: paper.links.project,
    arxiv_id: paper.arxivId,
    doi: paper.doi,
    venue: paper.venue,
    bibtex: paper.bibtex,
  });
  return Object.keys(fields).length > 0 ? fields : undefined;
}

/** JSON Feed 1.1 with Paperfeed's `_paperfeed` extension: a feed a lab can host as it is. */
export function toJsonFeed(feed: Feed, info: FeedInfo): string {
  const json = defined({
    version: 'https://jsonfeed.org/version/1.1',
    title: info.title,
    home_page_url: info.link,
    feed_url: info.selfUrl,
    description: info.description,
    items: feed.papers.map((paper) =>
      defined({
        id: paper.id,
        url: paper.url,
        title: paper.title,
        summary: paper.summary,
        date_published: dateTime(paper.published),
        image: paper.thumbnail,
        authors:
          paper.authors.length > 0 ? paper.authors.map((author) => defined(author)) : undefined,
        tags: paper.tags.length > 0 ? paper.tags : undefined,
        _paperfeed: extension(paper),
      }),
    ),
  });
  return `${JSON.stringify(json, null, 2)}\n`;
}
