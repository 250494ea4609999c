// Writes each element's stylesheet beside the CDN files (dist/cdn/paperfeed-list.css, …): what
// `paperfeed render --stylesheets <folder>` links from inside each prerendered shadow root, for
// pages whose Content-Security-Policy blocks inline styles. Run by `npm run build`.
import { writeFileSync } from 'node:fs';
import { elementStylesheets } from '../dist/prerender.js';

for (const [tag, css] of Object.entries(await elementStylesheets())) {
  writeFileSync(new URL(`../dist/cdn/${tag}.css`, import.meta.url), `${css}\n`);
}
