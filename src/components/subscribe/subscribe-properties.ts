import { property } from 'lit/decorators.js';
import { commaList } from '../../base/converters.js';
import { PaperfeedElement } from '../../base/paperfeed-element.js';
import type { SubscribeProvider } from './providers.js';
import type { SubscribeStrings } from './subscribe.strings.js';

/** The attributes and properties of `<paperfeed-subscribe>`, documented on the element. */
export class SubscribeProperties extends PaperfeedElement {
  /** The endpoint: your JSON or form endpoint, or the provider's form URL. */
  @property() action?: string;

  /** `json` (default), `form`, `native`, `mailchimp`, `buttondown` or `kit`. */
  @property() provider: SubscribeProvider = 'json';

  /** Mailchimp only: `native` (default, a real form post) or `jsonp` (stays on the page). */
  @property() transport: 'native' | 'jsonp' = 'native';

  /** Where a native submit opens: `_blank` (default, a new tab) or `_self`, or a frame's name. */
  @property() target = '_blank';

  /** `inline` (default): one line, for a banner. `card`: heading, description and fine print. */
  @property({ reflect: true }) variant: 'inline' | 'card' = 'inline';

  /** `auto` (default) follows the page's `color-scheme`; `light` or `dark` force one. */
  @property({ reflect: true }) theme: 'auto' | 'light' | 'dark' = 'auto';

  /** Add a name field. */
  @property({ attribute: 'ask-name', type: Boolean }) askName = false;

  /** Offer a choice of frequency, comma-separated: `daily,weekly`. The first is preselected. */
  @property({ converter: commaList }) frequencies: string[] = [];

  /** Topics sent with every submit, comma-separated. */
  @property({ converter: commaList }) topics: string[] = [];

  /** Topics the reader chooses from, comma-separated. */
  @property({ attribute: 'topic-choices', converter: commaList }) topicChoices: string[] = [];

  /** A consent checkbox with this label, which must be ticked. */
  @property() consent?: string;

  /** Milliseconds a fetch or JSONP submit may take before the reader is told to try again. */
  @property({ type: Number }) timeout = 15_000;

  /** Fixed fields sent with every submit, names kept as written (providers' merge tags). */
  @property({ attribute: false }) extraFields: Record<string, string> = {};

  /**
   * The form's own words (`success` is the confirmation message), over the language of the
   * nearest `lang` (twelve are shipped; others through `registerTranslation`).
   */
  @property({ attribute: false }) strings: Partial<SubscribeStrings> = {};
}
