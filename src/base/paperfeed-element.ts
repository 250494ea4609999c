import { adoptStyles, LitElement } from 'lit';
import { resolveLanguage, type ResolvedLanguage } from '../i18n/registry.js';
import { watchLanguage } from '../i18n/watch-language.js';
import { defineElement } from './define-element.js';
import { elementLocale } from './element-locale.js';

/** The base of every Paperfeed element: guarded registration and the reader's language. */
export class PaperfeedElement extends LitElement {
  /** Registers the element under `tag`, warning instead of throwing when the tag is taken. */
  static define(tag: string): void {
    defineElement(tag, this);
  }

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

  protected override performUpdate(): void {
    this.resolved = undefined;
    super.performUpdate();
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const prerendered = this.shadowRoot;
    const root = super.createRenderRoot();
    // A prerendered (declarative) shadow root brings its styles in a <style> that a strict
    // Content-Security-Policy blocks, and hydration keeps the root as it is: adopt them as a
    // client render does.
    if (prerendered && root === prerendered) {
      adoptStyles(prerendered, (this.constructor as typeof LitElement).elementStyles);
    }
    return root;
  }

  private unwatchLanguage?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    this.unwatchLanguage = watchLanguage(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unwatchLanguage?.();
  }
}
