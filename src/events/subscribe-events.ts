/** What the reader gave, before any provider renames it. */
export interface SubscribeFields {
  email: string;
  name?: string;
  frequency?: string;
  topics?: string[];
  /** Fixed fields from the page (hidden inputs, `.extraFields`), names kept as written. */
  extra: Record<string, string>;
}

const init = { bubbles: true, composed: true } as const;

/**
 * Fired before anything is sent, with what the reader entered. Cancel it (`preventDefault()`) to
 * handle the address yourself; the form then waits for nothing and shows nothing.
 */
export class PaperfeedSubscribeSubmitEvent extends Event {
  static readonly type = 'paperfeed-subscribe-submit';
  readonly fields: SubscribeFields;

  constructor(fields: SubscribeFields) {
    super(PaperfeedSubscribeSubmitEvent.type, { ...init, cancelable: true });
    this.fields = fields;
  }
}

/** Fired when the provider accepted the address (or, for a native submit, once it was handed over). */
export class PaperfeedSubscribedEvent extends Event {
  static readonly type = 'paperfeed-subscribed';
  readonly fields: SubscribeFields;
  /** The provider's reply, when it could be read. */
  readonly response?: unknown;

  constructor(fields: SubscribeFields, response?: unknown) {
    super(PaperfeedSubscribedEvent.type, init);
    this.fields = fields;
    if (response !== undefined) this.response = response;
  }
}

/** Fired when the address could not be submitted; the form shows `message` and keeps the input. */
export class PaperfeedSubscribeErrorEvent extends Event {
  static readonly type = 'paperfeed-subscribe-error';
  readonly fields: SubscribeFields;
  readonly message: string;
  /** The HTTP status, when there was a response. */
  readonly status?: number;

  constructor(fields: SubscribeFields, message: string, status?: number) {
    super(PaperfeedSubscribeErrorEvent.type, init);
    this.fields = fields;
    this.message = message;
    if (status !== undefined) this.status = status;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'paperfeed-subscribe-submit': PaperfeedSubscribeSubmitEvent;
    'paperfeed-subscribed': PaperfeedSubscribedEvent;
    'paperfeed-subscribe-error': PaperfeedSubscribeErrorEvent;
  }
}
