import { expect } from '@open-wc/testing';
import { formattersReady, warmIntl } from '../../src/base/warm-intl.js';
import { watchIntl as watchConstructors } from '../helpers/watch-intl.js';

const CONSTRUCTORS = [
  'Locale',
  'NumberFormat',
  'PluralRules',
  'ListFormat',
  'DateTimeFormat',
  'Collator',
] as const;

/**
 * Records which Intl constructors (and `Intl.Collator.supportedLocalesOf`) are called, and which
 * of them run in one stretch of script (no microtask checkpoint between them, so surely in one
 * task).
 */
function watchIntl() {
  const stretches: string[][] = [];
  let current: string[] | undefined;
  const note = (name: string) => {
    if (!current) {
      current = [];
      stretches.push(current);
      queueMicrotask(() => (current = undefined));
    }
    current.push(name);
  };
  const { supportedLocalesOf } = Intl.Collator;
  const restore = watchConstructors(CONSTRUCTORS, note);
  Reflect.set(
    Intl.Collator,
    'supportedLocalesOf',
    (...args: Parameters<typeof supportedLocalesOf>) => {
      note('Collator.supportedLocalesOf');
      return supportedLocalesOf(...args);
    },
  );
  return { stretches, restore };
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
    // The locale's data loads in pieces before the first formatter, which would load it at once.
    expect(intl.stretches.slice(0, 3).flat()).to.deep.equal([
      'Locale',
      'Collator.supportedLocalesOf',
      'NumberFormat',
    ]);
    expect(
      intl.stretches.every((stretch) => stretch.length === 1),
      JSON.stringify(intl.stretches),
    ).to.equal(true);
    // Made once: the second call made none.
    expect(intl.stretches.flat().filter((name) => name === 'NumberFormat')).to.have.length(1);
  });

  it("loads none of the engine's locale data for plain English until papers need its collator", async () => {
    const intl = watchIntl();
    try {
      await warmIntl('en-US');
      // A list that may sort tag chips: English makes its collator only once papers need it.
      await warmIntl('en-US', { sortsTags: true });
      expect(intl.stretches.flat()).to.deep.equal(['PluralRules']);
      expect(formattersReady('en-US')).to.equal(undefined);
      await formattersReady('en-US', { sortsTags: true });
      expect(formattersReady('en-US', { sortsTags: true })).to.equal(undefined);
    } finally {
      intl.restore();
    }
    expect(intl.stretches.flat()).to.deep.equal([
      'PluralRules',
      'Locale',
      'Collator.supportedLocalesOf',
      'Collator',
    ]);
  });

  it('gives up quietly on a language the engine cannot format in', async () => {
    await warmIntl('not a language!');
  });
});
