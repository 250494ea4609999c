import type { PluralMessage } from '../../base/plural.js';

/** Every word the card shows or announces; set `card.strings` to translate some or all. */
export interface CardStrings {
  /** "5 authors", when the feed gives only a count. */
  authorCount: PluralMessage;
  /** The button that shows the remaining authors: "+2 more". */
  moreAuthors: PluralMessage;
  /** Authors the feed counts but does not name, after the names: "+4 more". */
  unnamedAuthors: PluralMessage;
  upvotes: PluralMessage;
  comments: PluralMessage;
  citations: PluralMessage;
  stars: PluralMessage;
  showMore: string;
  showLess: string;
  links: string;
  pdf: string;
  arxiv: string;
  code: string;
  project: string;
  doi: string;
  tags: string;
  copyCitation: string;
  citationCopied: string;
  citationFailed: string;
  loading: string;
  loadFailed: string;
  retry: string;
}

export const defaultCardStrings: CardStrings = {
  authorCount: { one: '{count} author', other: '{count} authors' },
  moreAuthors: { other: '+{count} more' },
  unnamedAuthors: { other: '+{count} more' },
  upvotes: { one: '{count} upvote', other: '{count} upvotes' },
  comments: { one: '{count} comment', other: '{count} comments' },
  citations: { one: 'cited by {count}', other: 'cited by {count}' },
  stars: { one: '{count} star', other: '{count} stars' },
  showMore: 'Show more',
  showLess: 'Show less',
  links: 'Links',
  pdf: 'PDF',
  arxiv: 'arXiv',
  code: 'Code',
  project: 'Project page',
  doi: 'DOI',
  tags: 'Tags',
  copyCitation: 'Copy citation',
  citationCopied: 'BibTeX citation copied to the clipboard',
  citationFailed: 'Could not copy the citation: the browser did not allow it',
  loading: 'Loading paper…',
  loadFailed: 'Could not load this paper.',
  retry: 'Retry',
};
