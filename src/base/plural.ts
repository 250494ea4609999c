import { numberFormat, pluralRules } from './intl-cache.js';

/** A message per plural category, `{count}` standing for the formatted number. */
export type PluralMessage = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** Picks the message for `count` with `Intl.PluralRules` and fills in the number for `locale`. */
export function plural(message: PluralMessage, count: number, locale: string): string {
  const category = pluralRules(locale).select(count);
  const template = message[category] ?? message.other;
  return template.replaceAll('{count}', numberFormat(locale).format(count));
}
