// Each element renders on a server with Lit's SSR (what static output builds on): constructors,
// willUpdate and render touch no browser-only global.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { parseFeed } from '../../dist/index.js';
import '../../dist/define.js';

const feed = parseFeed({
  version: 'https://jsonfeed.org/version/1.1',
  items: [
    {
      id: 'h2o',
      url: 'https://example.org/h2o',
      title: 'H<sub>2</sub>O in <i>E. coli</i>',
      content_html: '<p>An abstract.</p>',
      date_published: '2022-05',
      authors: [{ name: 'Ada Lovelace' }],
    },
  ],
});

// Lit's part markers (<!--lit-part …-->) removed: what a reader without JavaScript would see.
const renderToString = async (template) =>
  (await collectResult(render(template))).replace(/<!--[^]*?-->/g, '');

test('<paperfeed-card> renders its paper into declarative shadow DOM', async () => {
  const out = await renderToString(
    html`<div lang="en"><paperfeed-card .paper=${feed.papers[0]}></paperfeed-card></div>`,
  );
  assert.match(out, /<template shadowroot(mode)?="open"/);
  assert.match(out, /H<sub>2<\/sub>O in <i>E\. coli<\/i>/);
  assert.match(out, /May 2022/);
});

test('<paperfeed-list> renders its papers into declarative shadow DOM', async () => {
  const out = await renderToString(
    html`<paperfeed-list lang="en" .feed=${feed} group-by="year"></paperfeed-list>`,
  );
  assert.match(out, /<template shadowroot(mode)?="open"/);
  assert.match(out, /<paperfeed-card/);
  assert.match(out, />2022</);
});

test('<paperfeed-subscribe> renders its form', async () => {
  const out = await renderToString(
    html`<paperfeed-subscribe endpoint="https://example.org/subscribe"></paperfeed-subscribe>`,
  );
  assert.match(out, /<form/);
  assert.match(out, /type="email"/);
});
