import { expect } from '@open-wc/testing';
import { warmIntl } from '../../src/base/warm-intl.js';

const CONSTRUCTORS = ['NumberFormat', 'PluralRules', 'ListFormat', 'DateTimeFormat', 'Collator'];

/**
 * Records which Intl constructors are called, and which of them run in one stretch of script
 * (no microtask checkpoint between them, so surely in one task).
 */
function watchIntl() {
  const stretches: string[][] = [];
  let current: string[] | undefined;
  const originals = CONSTRUCTORS.map((name) => {
    const original = Reflect.get(Intl, name) as new (...args: unknown[]) => object;
    Reflect.set(Intl, name, function (...args: unknown[]) {
      if (!current) {
        current = [];
        stretches.push(current);
        queueMicrotask(() => (current = undefined));
      }
      current.push(name);
      return new original(...args);
    });
    return [name, original] as const;
  });
  return {
    stretches,
    restore: () => originals.forEach(([name, original]) => Reflect.set(Intl, name, original)),
  };
}

describe('warmIntl', () => {
  it('makes each formatter a card needs in a task of its own, once', async () => {
    const intl = watchIntl();
    try {
      // A language no other test here formats in, so nothing is cached yet.
      await warmIntl('fr-CA', { sortsTags: true });
      await warmIntl('fr-CA', { sortsTags: true });
    } finally {
      intl.restore();
    }
    expect(intl.stretches.flat()).to.include.members(CONSTRUCTORS);
    expect(
      intl.stretches.every((stretch) => stretch.length === 1),
      JSON.stringify(intl.stretches),
    ).to.equal(true);
    // Made once: the second call made none.
    expect(intl.stretches.flat().filter((name) => name === 'NumberFormat')).to.have.length(1);
  });

  it('gives up quietly on a language the engine cannot format in', async () => {
    await warmIntl('not a language!');
  });
});
