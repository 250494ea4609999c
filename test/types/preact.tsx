// Typechecked by `npm run typecheck:frameworks`: the Preact typings accept real usage and reject
// wrong property types.
import '../../types/preact.js';
import type { Paper } from '../../dist/types/index.js';

declare const paper: Paper;

export const ok = (
  <>
    <paperfeed-list src="/papers.json" groupBy="day" searchable pageSize={10} class="papers" />
    <paperfeed-card paper={paper} variant="compact" />
    <paperfeed-subscribe action="/api/subscribe" provider="mailchimp" askName />
  </>
);

// @ts-expect-error groupBy is one of none, day, week, month, year
export const wrongGroup = <paperfeed-list groupBy="fortnight" />;
// @ts-expect-error paper is a Paper, not a string
export const wrongPaper = <paperfeed-card paper="Layer Normalization" />;
