// The public, settable properties of each Paperfeed element, shared by the framework typings.
import type { PaperfeedCard, PaperfeedList, PaperfeedSubscribe } from '../dist/types/index.js';

type Settable<E, K extends keyof E> = Partial<Pick<E, K>>;

export type PaperfeedCardProps = Settable<
  PaperfeedCard,
  | 'paper'
  | 'src'
  | 'format'
  | 'paperId'
  | 'paperTitle'
  | 'href'
  | 'authors'
  | 'authorCount'
  | 'published'
  | 'venue'
  | 'tags'
  | 'upvotes'
  | 'comments'
  | 'pdf'
  | 'code'
  | 'project'
  | 'doi'
  | 'arxivId'
  | 'thumbnail'
  | 'variant'
  | 'theme'
  | 'headingLevel'
  | 'linkTarget'
  | 'maxAuthors'
  | 'abstractLines'
  | 'abstractDisplay'
  | 'showThumbnail'
  | 'highlightAuthors'
  | 'highlight'
  | 'strings'
>;

export type PaperfeedListProps = Settable<
  PaperfeedList,
  | 'src'
  | 'format'
  | 'feed'
  | 'papers'
  | 'loading'
  | 'groupBy'
  | 'groupDate'
  | 'sort'
  | 'order'
  | 'limit'
  | 'searchable'
  | 'query'
  | 'filterable'
  | 'pageSize'
  | 'more'
  | 'showHeader'
  | 'headingLevel'
  | 'cardVariant'
  | 'abstractLines'
  | 'maxAuthors'
  | 'showThumbnail'
  | 'highlightAuthors'
  | 'theme'
  | 'strings'
>;

export type PaperfeedSubscribeProps = Settable<
  PaperfeedSubscribe,
  | 'action'
  | 'provider'
  | 'transport'
  | 'target'
  | 'variant'
  | 'theme'
  | 'askName'
  | 'frequencies'
  | 'topics'
  | 'topicChoices'
  | 'consent'
  | 'timeout'
  | 'extraFields'
  | 'strings'
>;
