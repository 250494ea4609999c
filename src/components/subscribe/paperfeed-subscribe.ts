import { html, nothing } from 'lit';
import { query, state } from 'lit/decorators.js';
import {
  PaperfeedSubscribedEvent,
  PaperfeedSubscribeErrorEvent,
  PaperfeedSubscribeSubmitEvent,
} from '../../events/subscribe-events.js';
import { htmlToText } from '../../text/plain.js';
import { jsonp } from './jsonp.js';
import {
  buildSubmission,
  errorMessageOf,
  type SubscribeFields,
  type Submission,
} from './providers.js';
import { SubscribeProperties } from './subscribe-properties.js';
import { subscribeStyles } from './subscribe.styles.js';
import { defaultSubscribeStrings, type SubscribeStrings } from './subscribe.strings.js';

type Status = 'idle' | 'submitting' | 'success' | 'error';

/** A failure whose message is for the reader, with the HTTP status when there was one. */
class SubmitError extends Error {
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

/**
 * An email subscribe form that hands the address to the site's own endpoint or newsletter
 * provider: a generic JSON or form endpoint, a native form post, Mailchimp, Buttondown or Kit.
 *
 * @summary "Get trending papers in your email inbox!": an email subscribe form.
 * @tag paperfeed-subscribe
 *
 * @slot heading - Replaces the call to action, "Get trending papers in your email inbox!".
 * @slot description - Replaces the description (`variant="card"`).
 * @slot fine-print - Privacy text under the form (`variant="card"`).
 * @slot - Hidden inputs sent with every submit: `<input type="hidden" name="MMERGE3" value="lab">`.
 *
 * @csspart base - The form's box.
 * @csspart heading - The call to action.
 * @csspart description - The description.
 * @csspart form - The native form.
 * @csspart label - Each field's visible label.
 * @csspart input - The email field.
 * @csspart name-input - The name field (`ask-name`).
 * @csspart choices - The frequency and topic choices.
 * @csspart consent - The consent checkbox and its label.
 * @csspart button - The submit button.
 * @csspart message - The success or error message.
 * @csspart field-error - The message under an invalid field.
 * @csspart fine-print - The fine print.
 *
 * @cssprop --paperfeed-subscribe-accent - The button and focus rings. Falls back to `--paperfeed-accent`.
 * @cssprop --paperfeed-subscribe-text - Text color. Falls back to `--paperfeed-text`.
 * @cssprop --paperfeed-subscribe-muted-text - Description and fine print. Falls back to `--paperfeed-muted-text`.
 * @cssprop --paperfeed-subscribe-surface - Background. Falls back to `--paperfeed-surface`.
 * @cssprop --paperfeed-subscribe-border - Borders. Falls back to `--paperfeed-border`.
 * @cssprop --paperfeed-subscribe-danger - Error messages. Falls back to `--paperfeed-danger`.
 * @cssprop --paperfeed-subscribe-radius - Corner radius. Falls back to `--paperfeed-radius`.
 * @cssprop --paperfeed-subscribe-space - Padding. Falls back to `--paperfeed-space`.
 *
 * @fires paperfeed-subscribe-submit - Before anything is sent, cancelable: `PaperfeedSubscribeSubmitEvent` with `fields`. Cancel it to handle the address yourself.
 * @fires paperfeed-subscribed - When the provider accepted the address, or a native submit was handed over: `PaperfeedSubscribedEvent`.
 * @fires paperfeed-subscribe-error - When the submit failed: `PaperfeedSubscribeErrorEvent` with the `message` shown.
 */
export class PaperfeedSubscribe extends SubscribeProperties {
  static override styles = subscribeStyles;

  @state() private status: Status = 'idle';
  @state() private message = '';
  @state() private emailError = '';
  @state() private consentError = '';

  @query('input[name="email"]') private emailInput!: HTMLInputElement;
  @query('input[name="consent"]') private consentInput?: HTMLInputElement;
  @query('form') private form!: HTMLFormElement;

  private get text(): SubscribeStrings {
    return { ...defaultSubscribeStrings, ...this.language.words.subscribe, ...this.strings };
  }

  /** What the reader entered, with the page's fixed fields. */
  private collectFields(): SubscribeFields {
    const data = new FormData(this.form);
    const extra: Record<string, string> = {};
    for (const input of this.querySelectorAll<HTMLInputElement>('input[type="hidden"][name]')) {
      extra[input.name] = input.value;
    }
    Object.assign(extra, this.extraFields);
    const fields: SubscribeFields = { email: String(data.get('email') ?? '').trim(), extra };
    const name = String(data.get('name') ?? '').trim();
    if (name) fields.name = name;
    const frequency = data.get('frequency');
    if (typeof frequency === 'string' && frequency) fields.frequency = frequency;
    const topics = [...this.topics, ...data.getAll('topic').map(String)];
    if (topics.length > 0) fields.topics = topics;
    return fields;
  }

  private validate(): boolean {
    const text = this.text;
    this.emailError = this.emailInput.checkValidity() ? '' : text.invalidEmail;
    this.consentError = this.consentInput && !this.consentInput.checked ? text.consentRequired : '';
    if (this.emailError) this.emailInput.focus();
    else if (this.consentError) this.consentInput?.focus();
    return !this.emailError && !this.consentError;
  }

  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    // One request per submit, however often the button is clicked or Enter pressed.
    if (this.status === 'submitting') return;
    this.message = '';
    if (!this.validate()) return;

    const fields = this.collectFields();
    const trap = this.form.querySelector<HTMLInputElement>('.trap input');
    if (trap?.value) {
      // A bot filled the field no person can see: it is told it worked, and nothing is sent.
      this.succeed(fields, undefined, this.text.success);
      return;
    }
    if (!this.dispatchEvent(new PaperfeedSubscribeSubmitEvent(fields))) return;
    if (!this.action) {
      this.misconfigured(fields, 'This form has no action to send the address to.');
      return;
    }

    let submission: Submission;
    try {
      submission = buildSubmission(this.provider, this.action, fields, this.transport);
    } catch {
      this.misconfigured(fields, `"${this.action}" is not a valid action URL.`);
      return;
    }
    if (submission.transport === 'native') {
      this.submitNatively(submission);
      this.succeed(
        fields,
        undefined,
        this.target === '_blank' ? this.text.continueInNewTab : this.text.success,
      );
      return;
    }
    if (!navigator.onLine) {
      this.fail(fields, new SubmitError(this.text.offline));
      return;
    }
    this.status = 'submitting';
    const signal = AbortSignal.timeout(this.timeout);
    try {
      const reply = await this.send(submission, signal);
      this.succeed(fields, reply, this.text.success);
    } catch (error) {
      this.fail(fields, error instanceof SubmitError ? error : this.describe(signal));
    }
  }

  /** Why a request failed. The signal says if it timed out: WebKit's fetch rejects with a plain AbortError. */
  private describe(signal: AbortSignal): SubmitError {
    if (signal.aborted && (signal.reason as Error | undefined)?.name === 'TimeoutError') {
      return new SubmitError(this.text.timeout);
    }
    return new SubmitError(navigator.onLine ? this.text.networkError : this.text.offline);
  }

  private async send(submission: Submission, signal: AbortSignal): Promise<unknown> {
    if (submission.transport === 'jsonp') {
      const reply = (await jsonp(
        `${submission.url}${submission.url.includes('?') ? '&' : '?'}${new URLSearchParams(submission.pairs)}`,
        signal,
      )) as { result?: string; msg?: unknown };
      if (reply?.result === 'success') return reply;
      // Mailchimp's messages carry HTML and a "0 - " field index: keep the words.
      const message = htmlToText(reply?.msg)?.replace(/^\d+\s+-\s+/, '') ?? this.text.rejected;
      throw new SubmitError(message);
    }
    const response = await fetch(submission.url, {
      method: 'POST',
      mode: 'cors',
      signal,
      headers: {
        Accept: 'application/json',
        'Content-Type':
          submission.transport === 'json'
            ? 'application/json'
            : 'application/x-www-form-urlencoded',
      },
      body:
        submission.transport === 'json'
          ? JSON.stringify(submission.json)
          : new URLSearchParams(submission.pairs).toString(),
    });
    const body: unknown = await response.json().catch(() => undefined);
    if (response.ok) return body;
    const message =
      errorMessageOf(body) ?? (response.status >= 500 ? this.text.serverError : this.text.rejected);
    throw new SubmitError(message, response.status);
  }

  /** A real form post, with the provider's field names, into `target`. */
  private submitNatively(submission: Submission): void {
    const form = document.createElement('form');
    form.method = 'post';
    form.action = submission.url;
    form.target = this.target;
    form.hidden = true;
    for (const [name, value] of submission.pairs) {
      const input = document.createElement('input');
      input.type = 'hidden';
      input.name = name;
      input.value = value;
      form.append(input);
    }
    this.renderRoot.append(form);
    form.submit();
    form.remove();
  }

  private succeed(fields: SubscribeFields, reply: unknown, message: string): void {
    this.status = 'success';
    this.message = message;
    // Only now is the address cleared: until the provider accepts it, nothing typed is lost.
    this.emailInput.value = '';
    this.dispatchEvent(new PaperfeedSubscribedEvent(fields, reply));
  }

  /** A mistake of the page's, not the reader's: plain words on screen, the reason for the owner. */
  private misconfigured(fields: SubscribeFields, reason: string): void {
    console.warn(`Paperfeed: <paperfeed-subscribe>: ${reason}`);
    this.status = 'error';
    this.message = this.text.unavailable;
    this.dispatchEvent(new PaperfeedSubscribeErrorEvent(fields, reason, undefined));
  }

  private fail(fields: SubscribeFields, error: SubmitError): void {
    this.status = 'error';
    this.message = error.message;
    this.dispatchEvent(new PaperfeedSubscribeErrorEvent(fields, error.message, error.status));
  }

  override render() {
    const text = this.text;
    const submitting = this.status === 'submitting';
    // While the page's language is on its way, the form keeps its place unseen, never in English.
    const waiting = !this.language.ready;
    return html`<section
      part="base"
      class="subscribe ${this.variant} ${waiting ? 'waiting' : ''}"
      aria-labelledby="heading"
      aria-busy=${waiting ? 'true' : 'false'}
    >
      <p part="heading" class="heading" id="heading"><slot name="heading">${text.heading}</slot></p>
      ${
        this.variant === 'card'
          ? html`<p part="description" class="description">
              <slot name="description">${text.description}</slot>
            </p>`
          : nothing
      }
      <form
        part="form"
        novalidate
        aria-busy=${submitting ? 'true' : 'false'}
        @submit=${this.onSubmit}
      >
        <div class="fields">
          ${
            this.askName
              ? html`<label class="field">
                  <span part="label" class="label">${text.nameLabel}</span>
                  <input part="name-input" name="name" type="text" autocomplete="name" />
                </label>`
              : nothing
          }
          <label class="field email">
            <span part="label" class="label">${text.emailLabel}</span>
            <input
              part="input"
              name="email"
              type="email"
              required
              autocomplete="email"
              inputmode="email"
              spellcheck="false"
              placeholder=${text.emailPlaceholder}
              aria-invalid=${this.emailError ? 'true' : 'false'}
              aria-describedby=${this.emailError ? 'email-error' : nothing}
              @input=${() => (this.emailError = '')}
            />
          </label>
          <button part="button" type="submit" ?disabled=${submitting}>
            ${submitting ? text.submitting : text.button}
          </button>
        </div>
        ${
          this.emailError
            ? html`<p part="field-error" class="field-error" id="email-error">
                ${this.emailError}
              </p>`
            : nothing
        }
        ${this.renderChoices()} ${this.renderConsent()}
        <div class="trap" aria-hidden="true">
          <label
            >Leave this empty <input name="pf_website_url_8" tabindex="-1" autocomplete="off"
          /></label>
        </div>
        <slot hidden></slot>
      </form>
      <p part="message" class="message ${this.status}" role="status">${this.message}</p>
      ${
        this.variant === 'card'
          ? html`<p part="fine-print" class="fine-print"><slot name="fine-print"></slot></p>`
          : nothing
      }
    </section>`;
  }

  private renderChoices() {
    const text = this.text;
    const frequencies = this.frequencies;
    const topics = this.topicChoices;
    if (frequencies.length === 0 && topics.length === 0) return nothing;
    return html`<div part="choices" class="choices">
      ${
        frequencies.length > 0
          ? html`<fieldset>
              <legend>${text.frequencyLabel}</legend>
              ${frequencies.map(
                (value, i) =>
                  html`<label class="choice"
                    ><input type="radio" name="frequency" value=${value} ?checked=${i === 0} />
                    ${text.frequencyNames[value] ?? value}</label
                  >`,
              )}
            </fieldset>`
          : nothing
      }
      ${
        topics.length > 0
          ? html`<fieldset>
              <legend>${text.topicsLabel}</legend>
              ${topics.map(
                (value) =>
                  html`<label class="choice"
                    ><input type="checkbox" name="topic" value=${value} /> ${value}</label
                  >`,
              )}
            </fieldset>`
          : nothing
      }
    </div>`;
  }

  private renderConsent() {
    if (!this.consent) return nothing;
    return html`<label part="consent" class="consent">
        <input
          type="checkbox"
          name="consent"
          aria-invalid=${this.consentError ? 'true' : 'false'}
          aria-describedby=${this.consentError ? 'consent-error' : nothing}
          @change=${() => (this.consentError = '')}
        />
        ${this.consent}
      </label>
      ${
        this.consentError
          ? html`<p part="field-error" class="field-error" id="consent-error">
              ${this.consentError}
            </p>`
          : nothing
      }`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'paperfeed-subscribe': PaperfeedSubscribe;
  }
}
