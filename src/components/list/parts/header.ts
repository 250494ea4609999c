import { html, nothing } from 'lit';
import { html as staticHtml, type StaticValue } from 'lit/static-html.js';
import type { Feed } from '../../../data/paper.js';

/** The `header` slot, holding the feed's title and description when `show-header` asks. */
export function renderHeader(feed: Feed | undefined, show: boolean, tag: StaticValue) {
  const builtIn =
    show && feed && (feed.title || feed.description)
      ? html`${feed.title ? staticHtml`<${tag} class="feed-title">${feed.title}</${tag}>` : nothing}
        ${feed.description ? html`<p class="feed-description">${feed.description}</p>` : nothing}`
      : nothing;
  return html`<header part="header" class="header">
    <slot name="header">${builtIn}</slot>
  </header>`;
}
