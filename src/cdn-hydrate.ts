// The CDN entry for a page whose elements `paperfeed render` prerendered: Lit's hydration support
// before Lit, then what the CDN entry does (each element's code loads as it appears), and each
// prerendered element let go once its language's words are there.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { releasePrerendered } from './base/release-prerendered.js';

export * from './cdn.js';

void releasePrerendered();
