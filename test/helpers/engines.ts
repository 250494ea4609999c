// Tests that can only hold in some engines say so, with the reason, in their title: they show as
// skipped, never vanish.
export type Engine = 'chromium' | 'firefox' | 'webkit';

export const engine: Engine = navigator.userAgent.includes('Firefox/')
  ? 'firefox'
  : /Chrome\//.test(navigator.userAgent)
    ? 'chromium'
    : 'webkit';

/** `it` in the engines named, `it.skip` elsewhere with `why` in the title. */
export function itIn(engines: Engine[], why: string, title: string, test: Mocha.Func): void {
  if (engines.includes(engine)) it(title, test);
  else it.skip(`${title} [${engines.join(' and ')} only: ${why}]`, test);
}

/**
 * Types `text` as a reader would. WebKitGTK's WebDriver drops the second of two equal keys in one
 * action ("address" arrives as "adres"), so there a run of equal characters goes key by key.
 */
export async function typeText(text: string): Promise<void> {
  const { sendKeys } = await import('@web/test-runner-commands');
  if (engine !== 'webkit') return sendKeys({ type: text });
  for (const run of text.match(/(.)\1*/gsu) ?? []) {
    for (const char of run.length > 1 ? [...run] : [run]) await sendKeys({ type: char });
  }
}
