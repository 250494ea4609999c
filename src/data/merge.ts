import type { Feed, Paper } from './paper.js';

/** The identities two records of one paper may share, strongest first. */
function identities(paper: Paper): string[] {
  const keys: string[] = [];
  if (paper.doi) keys.push(`doi:${paper.doi.toLowerCase()}`);
  if (paper.arxivId) keys.push(`arxiv:${paper.arxivId.toLowerCase()}`);
  if (paper.url) keys.push(`url:${paper.url}`);
  return keys;
}

const unionBy = <T>(a: T[], b: T[], key: (item: T) => string) => {
  const seen = new Set(a.map(key));
  return [...a, ...b.filter((item) => !seen.has(key(item)))];
};

/** One record from two of the same paper: each field from whichever has it, lists the fuller. */
export function mergePapers(first: Paper, second: Paper): Paper {
  const merged: Paper = { ...second, ...dropUndefined(first) };
  merged.authors = first.authors.length >= second.authors.length ? first.authors : second.authors;
  merged.tags = unionBy(first.tags, second.tags, (tag) => tag.toLowerCase());
  merged.links = { ...second.links, ...dropUndefined(first.links) };
  const counts = [first.authorCount, second.authorCount].filter((n) => n !== undefined);
  if (counts.length > 0) merged.authorCount = Math.max(...counts);
  // A text and its runs are one field: the card shows the runs, search and citations the text.
  const summaryFrom = first.summary !== undefined ? first : second;
  return dropUndefined({
    ...merged,
    titleRuns: first.titleRuns,
    summary: summaryFrom.summary,
    summaryRuns: summaryFrom.summaryRuns,
  }) as Paper;
}

function dropUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/**
 * Several feeds as one: papers in source order, a paper found in several sources (same DOI, else
 * arXiv id, else URL) kept once with the richer record field by field. Ids stay unique.
 */
export function mergeFeeds(feeds: readonly Feed[]): Feed {
  const papers: Paper[] = [];
  const byIdentity = new Map<string, number>();
  for (const feed of feeds) {
    for (const paper of feed.papers) {
      const keys = identities(paper);
      const index = keys.map((key) => byIdentity.get(key)).find((i) => i !== undefined);
      const known = index === undefined ? undefined : papers[index];
      if (index === undefined || !known) {
        papers.push(paper);
        for (const key of keys) byIdentity.set(key, papers.length - 1);
      } else {
        const merged = mergePapers(known, paper);
        papers[index] = merged;
        for (const key of identities(merged)) byIdentity.set(key, index);
      }
    }
  }
  const ids = new Set<string>();
  for (const [i, paper] of papers.entries()) {
    let id = paper.id;
    for (let n = 2; ids.has(id); n++) id = `${paper.id}-${n}`;
    ids.add(id);
    if (id !== paper.id) papers[i] = { ...paper, id };
  }
  // The feed's own title and links are the first source's.
  const { title, description, homePageUrl, nextUrl } = feeds[0] ?? {};
  return {
    ...dropUndefined({ title, description, homePageUrl, nextUrl }),
    papers,
    warnings: feeds.flatMap((feed) => feed.warnings),
  };
}
