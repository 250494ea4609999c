import { adoptStyles, LitElement, type PropertyValues } from 'lit';
import { resolveLanguage, type ResolvedLanguage } from '../i18n/registry.js';
import { watchLanguage } from '../i18n/watch-language.js';
import { defineElement } from './define-element.js';
import { elementLocale } from './element-locale.js';
import { inFirstRenderTurn } from './first-renders.js';
import { showUnrendered } from './unrendered.js';

/** True while `customElements.define` upgrades the elements already in the page. */
let defining = false;

/**
 * The base of every Paperfeed element: guarded registration, the reader's language, and first
 * renders taken in turn.
 *
 * @cssstate unrendered - Defined, its first render still to come (it waits for its turn or its
 * language's formatters): it shows its own children, as before its script, and
 * `paperfeed-reserve.css` keeps holding its room.
 */
export class PaperfeedElement extends LitElement {
  /** Registers the element under `tag`, warning instead of throwing when the tag is taken. */
  static define(tag: string): void {
    defining = true;
    try {
      defineElement(tag, this);
    } finally {
      defining = false;
    }
  }

  /**
   * Upgraded by its definition: the task that defined it also connected every such element of the
   * page (and, in a site's bundle, ran the module's code: on a phone's CPU, a long task already),
   * so its first render takes a later one.
   */
  private readonly upgradedByDefine = defining;

  /**
   * The language of the nearest `[lang]`, looking through shadow roots to their hosts (a card
   * inside a list follows the list's page), else the document's, else the browser's.
   */
  protected get locale(): string {
    this.resolved ??= this.resolve();
    return this.resolved.locale;
  }

  /**
   * The words for the element's language: a shipped or registered translation, English under
   * it. Not `ready` while a shipped language is on its way, when the element shows its skeleton.
   */
  protected get language(): ResolvedLanguage {
    this.resolved ??= this.resolve();
    return this.resolved.language;
  }

  // Worked out once per update: a render asks for its words and language many times, and the
  // walk up to the nearest `lang` crosses every ancestor. Any change of `lang` in the page or of
  // the registry requests an update, which starts afresh.
  private resolved?: { locale: string; language: ResolvedLanguage };

  private resolve() {
    const locale = elementLocale(this);
    return { locale, language: resolveLanguage(locale) };
  }

  /** What the first render waits for besides its turn: the formatters of the papers it shows. */
  protected beforeFirstRender(): Promise<void> | undefined {
    return undefined;
  }

  /**
   * An element's first render waits its turn when a task has rendered others already (a page's
   * elements are defined together), and for what `beforeFirstRender` names. A card in a list
   * renders with the list, which spreads its cards over tasks itself. A prerendered element,
   * whose papers are on screen already, hydrates in a later task than the one that let it go, and
   * a list's cards after the list: a list hydrating with its cards took one task of 130-200 ms at
   * 4x CPU slowdown.
   */
  protected override scheduleUpdate(): ReturnType<LitElement['scheduleUpdate']> {
    if (this.hasUpdated || (this.rendersWithItsHost() && !this.hydrates)) {
      return super.scheduleUpdate();
    }
    const render = () => super.scheduleUpdate();
    const ready = this.beforeFirstRender();
    // What it waited for ended its task with work of its own (a page's first formatter, ~20 ms
    // at 4x CPU slowdown): the render takes a task of its own.
    return ready
      ? ready.then(() => inFirstRenderTurn(render, true))
      : inFirstRenderTurn(render, this.upgradedByDefine || this.hydrates);
  }

  private rendersWithItsHost(): boolean {
    const root = this.getRootNode();
    return root instanceof ShadowRoot && root.host instanceof PaperfeedElement;
  }

  protected override performUpdate(): void {
    this.resolved = undefined;
    super.performUpdate();
  }

  /** Its first render hydrates a prerendered (declarative) shadow root. */
  private hydrates?: boolean;

  /** Ends what the element shows until its first render (its own children, its room held). */
  private endUnrendered?: () => void;

  /**
   * Reads what the element carries in its own markup (the papers `paperfeed render` writes beside
   * a prerendered one). Called as Lit makes the render root: when the element first connects, or,
   * held by `defer-hydration`, once let go, in a task of its own rather than the one that defines
   * the page's elements.
   */
  protected readOwnMarkup(): void {}

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    this.readOwnMarkup();
    const prerendered = this.shadowRoot;
    const root = super.createRenderRoot();
    // A prerendered (declarative) shadow root brings its styles in a <style> that a strict
    // Content-Security-Policy blocks, and hydration keeps the root as it is: adopt them as a
    // client render does.
    if (prerendered && root === prerendered) {
      this.hydrates = true;
      adoptStyles(prerendered, (this.constructor as typeof LitElement).elementStyles);
    } else if (!this.rendersWithItsHost()) {
      // Internals only for such an element: a list's cards (dozens) never need them.
      this.endUnrendered = showUnrendered(this, root, this.attachInternals().states);
    }
    return root;
  }

  protected override update(changed: PropertyValues): void {
    this.endUnrendered?.();
    this.endUnrendered = undefined;
    super.update(changed);
  }

  private unwatchLanguage?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    this.unwatchLanguage = watchLanguage(this);
    // Moved under another `lang`: no `lang` changed, so nothing else tells it.
    if (this.resolved && elementLocale(this) !== this.resolved.locale) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unwatchLanguage?.();
  }
}
