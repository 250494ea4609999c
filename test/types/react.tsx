// Typechecked by `npm run typecheck:frameworks`: the React 19 typings accept real usage and reject
// wrong property types.
import '../../types/react.js';
import type { Paper } from '../../dist/types/index.js';

declare const paper: Paper;

export const ok = (
  <>
    <paperfeed-list
      src="/papers.json"
      groupBy="day"
      searchable
      pageSize={10}
      className="papers"
      onpaperfeed-load={(event) => event.feed.papers.length}
    />
    <paperfeed-card paper={paper} variant="compact" />
    <paperfeed-subscribe
      action="/api/subscribe"
      provider="mailchimp"
      askName
      onpaperfeed-subscribe-submit={(event) => event.fields.email}
    />
  </>
);

// @ts-expect-error groupBy is one of none, day, week, month, year
export const wrongGroup = <paperfeed-list groupBy="fortnight" />;
// @ts-expect-error paper is a Paper, not a string
export const wrongPaper = <paperfeed-card paper="Layer Normalization" />;
