// `paperfeed/prerender` (Node): the elements' HTML with their content in declarative shadow DOM,
// through Lit's SSR, for static sites. The page's `paperfeed-hydrate.js` (or `paperfeed/hydrate`)
// then hydrates it in place, from the feed embedded beside it.
import type { LitElement } from 'lit';
import type { Feed, Paper } from '../data/paper.js';
import { parseFeed } from '../data/parse.js';
import { scholarlyArticle } from './json-ld.js';
import { escapeMarkup } from './markup.js';
import { toJsonFeed } from './json-feed.js';

export type PrerenderedElement = 'list' | 'card';

export interface PrerenderOptions {
  /** `list` (default): one `<paperfeed-list>`; `card`: a `<paperfeed-card>` per paper. */
  element?: PrerenderedElement;
  /** The element's own attributes (`group-by`, `page-size`, …), as written in HTML. */
  attributes?: Record<string, string>;
  /** The language of its words and dates (default `en`). */
  lang?: string;
  /**
   * Where the elements' stylesheets are served (the folder of `paperfeed-hydrate.js`): each shadow
   * root links its element's stylesheet from there instead of holding a `<style>`, which a strict
   * Content-Security-Policy (`style-src 'self'`) would block. The HTML is also far smaller.
   */
  stylesheets?: string;
}

/** Attributes that would make the element fetch what the command already read. */
const SOURCE_ATTRIBUTES = ['src', 'format', 'mapping'];
/** Attributes the command writes itself. */
const OWN_ATTRIBUTES = ['lang', 'defer-hydration'];

/**
 * A site generator's template tags (`{{`, `{%`, `{#`: Liquid in Jekyll, Go templates in Hugo,
 * Nunjucks in Eleventy) must not appear in an include, or the generator would run a paper's
 * abstract: their brace is written as a character reference (or a JSON escape in the scripts).
 */
const TEMPLATE_TAG = /\{(?=[{%#])/g;

/** JSON inside `<script>`: no `<` can close it or open a comment, no brace opens a template tag. */
const scriptJson = (json: string) =>
  json.replaceAll('<', '\\u003c').replace(TEMPLATE_TAG, '\\u007b');

/** With JavaScript off, abstracts show whole and controls that need script are hidden. */
const NO_SCRIPT_CSS = `paperfeed-list::part(card-abstract), paperfeed-card::part(abstract) { display: block; -webkit-line-clamp: unset; line-clamp: none; overflow: visible; }
paperfeed-list::part(card-abstract-toggle), paperfeed-card::part(abstract-toggle),
paperfeed-list::part(card-authors-toggle), paperfeed-card::part(authors-toggle),
paperfeed-list::part(card-copy-button), paperfeed-card::part(copy-button),
paperfeed-list::part(controls), paperfeed-list::part(more-button) { display: none; }`;

type Ssr = typeof import('@lit-labs/ssr');
type RenderResultModule = typeof import('@lit-labs/ssr/lib/render-result.js');
type StaticHtml = typeof import('lit/static-html.js');

let loaded: Promise<{ ssr: Ssr; result: RenderResultModule; statics: StaticHtml }> | undefined;

/**
 * Lit's server renderer first (it installs the DOM the elements need on Node), then the elements:
 * loaded on first use, so importing this module costs nothing.
 */
function loadRenderer() {
  loaded ??= (async () => {
    const ssr = await import('@lit-labs/ssr');
    const result = await import('@lit-labs/ssr/lib/render-result.js');
    const statics = await import('lit/static-html.js');
    await import('../define.js');
    return { ssr, result, statics };
  })();
  return loaded;
}

function isLanguageTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

function elementClass(tag: string): typeof LitElement {
  const element = customElements.get(tag) as typeof LitElement | undefined;
  if (!element) throw new Error(`<${tag}> is not defined`);
  return element;
}

/**
 * The attributes, checked against the element's own: a `RangeError` that names a misspelled one
 * (or one that is not for a prerendered element).
 */
function attributeText(tag: string, attributes: Record<string, string>): string {
  const known = (elementClass(tag) as unknown as { observedAttributes: string[] })
    .observedAttributes;
  return Object.entries(attributes)
    .map(([name, value]) => {
      if (SOURCE_ATTRIBUTES.includes(name)) {
        throw new RangeError(
          `${name}="…" is not for a prerendered element: its papers are the sources given`,
        );
      }
      if (OWN_ATTRIBUTES.includes(name)) throw new RangeError(`${name} is set by the renderer`);
      if (!known.includes(name)) {
        throw new RangeError(`<${tag}> has no attribute "${name}"`);
      }
      return ` ${name}="${escapeMarkup(value)}"`;
    })
    .join('');
}

/** The papers as the browser will read them back from the embedded feed, so both render alike. */
function shippedFeed(feed: Feed, title: string): { json: string; feed: Feed } {
  const json = toJsonFeed(feed, {
    title,
    link: feed.homePageUrl ?? '',
    description: feed.description ?? '',
    now: new Date(0), // JSON Feed has no date of its own
  });
  return { json, feed: parseFeed(JSON.parse(json), { format: 'json-feed' }) };
}

function dataScripts(json: string, papers: Paper[]): string {
  const articles = papers.map(scholarlyArticle);
  const ld = JSON.stringify(articles.length === 1 ? articles[0] : articles);
  return (
    `<script type="application/json">${scriptJson(json.trim())}</script>` +
    `<script type="application/ld+json">${scriptJson(ld)}</script>`
  );
}

/** Each shadow root's `<style>`, replaced by a link to the element's shipped stylesheet. */
function linkStylesheets(html: string, folder: string): string {
  return html.replace(
    /(<(paperfeed-[a-z]+)\b[^>]*>\s*<template shadowroot="open" shadowrootmode="open">)<style>[\s\S]*?<\/style>/g,
    (_, start: string, tag: string) =>
      `${start}<link rel="stylesheet" href="${escapeMarkup(`${folder}${tag}.css`)}">`,
  );
}

/**
 * Renders `feed` as prerendered Paperfeed elements: their shadow content in declarative shadow
 * DOM, the feed they show embedded (no second fetch when they hydrate), schema.org JSON-LD for
 * each paper, and a `<noscript>` style that shows whole abstracts with JavaScript off.
 */
export async function prerender(feed: Feed, options: PrerenderOptions = {}): Promise<string> {
  const { ssr, result, statics } = await loadRenderer();
  const { whenLanguageReady } = await import('../i18n/registry.js');
  const lang = options.lang ?? 'en';
  if (!isLanguageTag(lang)) throw new RangeError(`"${lang}" is not a language tag (en, fr, pt-BR)`);
  await whenLanguageReady(lang);
  const element = options.element ?? 'list';
  const tag = `paperfeed-${element}`;
  const attributes = attributeText(tag, options.attributes ?? {});
  const start = statics.unsafeStatic(
    `${tag} lang="${escapeMarkup(lang)}" defer-hydration${attributes}`,
  );
  const end = statics.unsafeStatic(tag);
  const render = (shown: Feed) =>
    result
      .collectResultSync(
        ssr.render(
          element === 'list'
            ? statics.html`<${start} .feed=${shown}></${end}>`
            : statics.html`<${start} .paper=${shown.papers[0]}></${end}>`,
        ),
      )
      // The page's own template markers: only the element's shadow content is hydrated.
      .replace(/^<!--lit-part [^>]*-->(<!--lit-node \d+-->)?/, '')
      .replace(/<!--\/lit-part-->$/, '')
      .replace(TEMPLATE_TAG, '&#123;');
  const title = feed.title ?? 'Papers';
  const prerendered = (papers: Feed) => {
    const shipped = shippedFeed(papers, title);
    const html = render(shipped.feed);
    // The element's light DOM: its embedded feed and JSON-LD, before its closing tag.
    const at = html.lastIndexOf(`</${tag}>`);
    return `${html.slice(0, at)}${dataScripts(shipped.json, shipped.feed.papers)}${html.slice(at)}`;
  };
  const html = (
    element === 'list'
      ? [prerendered(feed)]
      : feed.papers.map((paper) => prerendered({ ...feed, papers: [paper] }))
  ).join('\n');
  const folder = options.stylesheets?.replace(/\/?$/, '/');
  return folder
    ? `<noscript><link rel="stylesheet" href="${escapeMarkup(`${folder}paperfeed-noscript.css`)}"></noscript>\n${linkStylesheets(html, folder)}\n`
    : `<noscript><style>\n${NO_SCRIPT_CSS}\n</style></noscript>\n${html}\n`;
}

/**
 * The files `stylesheets` links, by name: each element's stylesheet as its shadow root holds it,
 * and the page's style for JavaScript off.
 */
export async function elementStylesheets(): Promise<Record<string, string>> {
  await loadRenderer();
  const tags = ['paperfeed-list', 'paperfeed-card', 'paperfeed-subscribe'];
  return {
    ...Object.fromEntries(
      tags.map((tag) => [
        tag,
        elementClass(tag)
          .elementStyles.map((style) => ('cssText' in style ? style.cssText : ''))
          .join('\n'),
      ]),
    ),
    'paperfeed-noscript': NO_SCRIPT_CSS,
  };
}
