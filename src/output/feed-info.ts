/** What a written feed says about itself. */
export interface FeedInfo {
  title: string;
  /** The site the feed belongs to (RSS requires one). */
  link: string;
  description: string;
  /** Where the feed itself will be served, when known. */
  selfUrl?: string;
  /** "Now", for `lastBuildDate` and `updated`: fixed for reproducible output. */
  now: Date;
}
