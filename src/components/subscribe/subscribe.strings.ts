/** Every word the form shows or announces; set `subscribe.strings` to translate some or all. */
export interface SubscribeStrings {
  heading: string;
  description: string;
  emailLabel: string;
  emailPlaceholder: string;
  nameLabel: string;
  frequencyLabel: string;
  /** Labels for frequency values; unknown values show as written. */
  frequencyNames: Record<string, string>;
  topicsLabel: string;
  button: string;
  submitting: string;
  invalidEmail: string;
  consentRequired: string;
  success: string;
  /** After a native submit into a new tab, where the provider takes over. */
  continueInNewTab: string;
  offline: string;
  timeout: string;
  networkError: string;
  serverError: string;
  /** A 4xx reply without a message of its own. */
  rejected: string;
  /** The page set the form up wrong (no action): the reason is in the console and the event. */
  unavailable: string;
}

export const defaultSubscribeStrings: SubscribeStrings = {
  heading: 'Get trending papers in your email inbox!',
  description: 'A short email with the papers people are reading. Unsubscribe any time.',
  emailLabel: 'Email address',
  emailPlaceholder: 'you@example.org',
  nameLabel: 'Name',
  frequencyLabel: 'How often',
  frequencyNames: { daily: 'Daily', weekly: 'Weekly', monthly: 'Monthly' },
  topicsLabel: 'Topics',
  button: 'Subscribe',
  submitting: 'Subscribing…',
  invalidEmail: 'Enter an email address like name@example.org.',
  consentRequired: 'Please tick the box to agree before subscribing.',
  success: 'Check your inbox to confirm your subscription.',
  continueInNewTab: 'Finish subscribing in the new tab.',
  offline: 'You appear to be offline. Your address is kept: try again when you are connected.',
  timeout: 'The subscription service did not answer in time. Please try again.',
  networkError: 'Could not reach the subscription service. Please try again.',
  serverError: 'The subscription service had a problem. Please try again in a moment.',
  rejected: 'The subscription service did not accept this address.',
  unavailable: 'Subscribing is not available here.',
};
