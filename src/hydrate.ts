// `paperfeed/hydrate`: for a page whose elements `paperfeed render` prerendered. Lit's hydration
// support must run before Lit itself: it comes first, then every element is defined, then each
// prerendered element is let go once its language's words are there.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import './define.js';
import { releasePrerendered } from './base/release-prerendered.js';

void releasePrerendered();
