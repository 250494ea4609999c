import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { readView, writeView, type ListView } from './view-url.js';

export interface ViewHistoryOptions {
  /** The view's name in the URL (`lab` gives `?lab.q=…`), or undefined to keep no history. */
  namespace: () => string | undefined;
  /** The view on screen. */
  read: () => ListView;
  /** Shows a view taken from the URL. */
  apply: (view: ListView) => void;
}

/**
 * Keeps a list's view (search, chips, day, pages) in the page URL: restored on load and on Back
 * and Forward; typing replaces the history entry, any other change adds one.
 */
export class ViewHistory implements ReactiveController {
  /** Set while a view from the URL is being shown, so it is not written straight back. */
  private restoring = false;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: ViewHistoryOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.options.namespace() === undefined) return;
    this.restore();
    window.addEventListener('popstate', this.restore);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.restore);
  }

  private readonly restore = () => {
    const namespace = this.options.namespace();
    if (namespace === undefined) return;
    this.restoring = true;
    this.options.apply(readView(location.search, namespace));
  };

  /** Writes the view into the URL after it changed; `typing` replaces the entry instead. */
  record(typing: boolean): void {
    const namespace = this.options.namespace();
    if (namespace === undefined) return;
    if (this.restoring) {
      this.restoring = false;
      return;
    }
    const search = writeView(location.search, namespace, this.options.read());
    if (search === location.search) return;
    const url = `${location.pathname}${search}${location.hash}`;
    if (typing) history.replaceState(history.state, '', url);
    else history.pushState(history.state, '', url);
  }
}
