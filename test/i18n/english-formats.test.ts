// English dates, numbers and lists written without `Intl` must read exactly as `Intl` writes them
// in the engine at hand, and a card in English must show its paper without the formatters that
// load the engine's locale data.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { dateFormat, listSeparator, numberFormat } from '../../src/base/intl-cache.js';
import {
  englishDateFormat,
  englishInteger,
  isPlainEnglish,
} from '../../src/i18n/english-formats.js';
import {
  parseFeedText,
  type Paper,
  type PaperfeedCard,
  type PaperfeedList,
} from '../../src/index.js';
import { countIn, shadowQueryAll } from '../helpers/shadow.js';
import { waitUntil } from '../helpers/wait.js';
import { watchIntl } from '../helpers/watch-intl.js';

/**
 * Records each `Intl` formatter made while watched (those that load the engine's locale data; an
 * `Intl.Locale`, which choosing the language makes, does not), and whether `during()` held then.
 */
async function watchFormatters<T>(during: () => boolean, body: () => Promise<T>) {
  const made: Array<{ name: string; during: boolean }> = [];
  const restore = watchIntl(['NumberFormat', 'DateTimeFormat', 'ListFormat', 'Collator'], (name) =>
    made.push({ name, during: during() }),
  );
  try {
    return { result: await body(), made };
  } finally {
    restore();
  }
}

/** Every option set the elements format a calendar date with (`dates.ts`, `arrange.ts`, parts). */
const DATE_OPTIONS: Intl.DateTimeFormatOptions[] = (
  [
    { year: 'numeric' },
    { year: 'numeric', month: 'short' },
    { year: 'numeric', month: 'long' },
    { year: 'numeric', month: 'short', day: 'numeric' },
    { year: 'numeric', month: 'long', day: 'numeric' },
    { month: 'short', day: 'numeric' },
    { month: 'long', day: 'numeric' },
    { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' },
  ] as const
).map((options) => ({ ...options, timeZone: 'UTC' }));

/** Each month's first and last days, a leap day, and years of one to four digits. */
function sampleDates(): Date[] {
  const days: string[] = [];
  for (let month = 1; month <= 12; month++) {
    const mm = String(month).padStart(2, '0');
    days.push(`2025-${mm}-01`, `2025-${mm}-09`, `2025-${mm}-10`, `2025-${mm}-28`);
  }
  days.push('2024-02-29', '2025-10-31', '2026-12-31', '1999-07-04', '2000-01-01', '9999-12-31');
  const dates = days.map((day) => new Date(`${day}T00:00:00Z`));
  // Late in the UTC day: still that day, whatever the page's own time zone.
  dates.push(new Date('2025-10-29T23:59:59Z'));
  for (const year of [1, 9, 10, 99, 100, 999, 1000]) {
    const date = new Date(Date.UTC(2000, 5, 15));
    date.setUTCFullYear(year);
    dates.push(date);
  }
  return dates;
}

const NUMBERS = [
  0,
  1,
  7,
  12,
  99,
  100,
  999,
  1000,
  1001,
  1234,
  9999,
  12345,
  100000,
  123456,
  999999,
  1000000,
  1234567,
  98765432,
  1e15,
  Number.MAX_SAFE_INTEGER,
  -1,
  -999,
  -1000,
  -1234567,
];

describe('English formats', () => {
  it('tells plain English (en, en-US) from every other locale', () => {
    for (const locale of ['en', 'EN', 'en-US', 'en-us'])
      expect(isPlainEnglish(locale)).to.equal(true);
    for (const locale of ['en-GB', 'en-IN', 'en-Latn-US', 'fr', 'eng', '', undefined, ['en']]) {
      expect(isPlainEnglish(locale), String(locale)).to.equal(false);
    }
  });

  it("writes every date format the elements use as this engine's Intl does", () => {
    const dates = sampleDates();
    for (const options of DATE_OPTIONS) {
      const english = englishDateFormat(options);
      expect(english, JSON.stringify(options)).to.be.a('function');
      for (const locale of ['en', 'en-US']) {
        const intl = new Intl.DateTimeFormat(locale, options);
        for (const date of dates) {
          expect(
            english!(date),
            `${locale} ${JSON.stringify(options)} ${date.toISOString()}`,
          ).to.equal(intl.format(date));
        }
      }
    }
  });

  it('leaves times, local dates, other formats and dates out of range to Intl', () => {
    expect(englishDateFormat({ year: 'numeric', month: 'short', day: 'numeric' })).to.equal(
      undefined,
    );
    expect(englishDateFormat({ hour: 'numeric', minute: '2-digit', timeZone: 'UTC' })).to.equal(
      undefined,
    );
    expect(englishDateFormat({ month: 'narrow', timeZone: 'UTC' })).to.equal(undefined);
    expect(englishDateFormat({ day: 'numeric', timeZone: 'UTC' })).to.equal(undefined);
    expect(
      englishDateFormat({ weekday: 'long', month: 'long', day: 'numeric', timeZone: 'UTC' }),
    ).to.equal(undefined);
    expect(englishDateFormat({ year: '2-digit', timeZone: 'UTC' })).to.equal(undefined);
    expect(englishDateFormat({ dateStyle: 'medium', timeZone: 'UTC' })).to.equal(undefined);
    const yearFormat = englishDateFormat({ year: 'numeric', timeZone: 'UTC' })!;
    expect(yearFormat(new Date(Date.UTC(10000, 0, 1)))).to.equal(undefined);
    expect(yearFormat(new Date(NaN))).to.equal(undefined);
    // Through the cache, such a date still reads as Intl writes it.
    const options = { year: 'numeric', timeZone: 'UTC' } as const;
    const late = new Date(Date.UTC(10000, 0, 1));
    expect(dateFormat('en', options).format(late)).to.equal(
      new Intl.DateTimeFormat('en', options).format(late),
    );
  });

  it("writes whole numbers as this engine's Intl does, and leaves the rest to it", () => {
    for (const locale of ['en', 'en-US']) {
      const intl = new Intl.NumberFormat(locale);
      for (const value of NUMBERS)
        expect(englishInteger(value), String(value)).to.equal(intl.format(value));
      for (const value of [1.5, -0.25, -0, NaN, Infinity, 1e21, Number.MAX_SAFE_INTEGER + 2]) {
        expect(englishInteger(value), String(value)).to.equal(undefined);
        expect(numberFormat(locale).format(value)).to.equal(intl.format(value));
      }
    }
  });

  it("puts between names what this engine's English list format does", () => {
    const literal = new Intl.ListFormat('en', { type: 'conjunction' })
      .formatToParts(['a', 'b', 'c'])
      .find((part) => part.type === 'literal')?.value;
    expect(listSeparator('en')).to.equal(literal);
    expect(listSeparator('en-US')).to.equal(literal);
  });

  it('shows an English paper without a date, number or list formatter from Intl', async () => {
    const { result: card, made } = await watchFormatters(
      () => false,
      async () => {
        const card = await fixture<PaperfeedCard>(
          html`<paperfeed-card
            lang="en-US"
            .paper=${{
              id: 'p',
              title: 'A paper',
              authors: [{ name: 'Ada Lovelace' }, { name: 'Charles Babbage' }],
              published: '2025-10-29',
              upvotes: 1234,
              links: {},
              tags: [],
            }}
          ></paperfeed-card>`,
        );
        await card.updateComplete;
        return card;
      },
    );
    expect(made).to.deep.equal([]);
    expect(card.shadowRoot!.querySelector('[part~="date"]')!.textContent).to.equal('Oct 29, 2025');
    expect(card.shadowRoot!.querySelector('[part~="authors"]')!.textContent).to.include(
      'Ada Lovelace, Charles Babbage',
    );
    expect(card.shadowRoot!.textContent).to.include('1,234');
    expect(countIn(card, '[part~="title"]')).to.equal(1);
  });

  it('shows a filterable English list of untagged papers without any formatter from Intl', async () => {
    const papers = (
      await parseFeedText(await (await fetch('/demo/feeds/daily-papers.json')).text())
    ).papers;
    const { made } = await watchFormatters(
      () => false,
      async () => {
        const list = await fixture<PaperfeedList>(
          html`<paperfeed-list
            lang="en"
            filterable
            group-by="day"
            .papers=${papers}
          ></paperfeed-list>`,
        );
        await waitUntil(() => shadowQueryAll(list, 'paperfeed-card').length > 0, 'no card');
      },
    );
    expect(made).to.deep.equal([]);
  });

  it("makes an English list's collator before its first render when its chips may need it", async () => {
    const tagged: Paper[] = ['zebra', 'apple', 'Mango'].map((tag, index) => ({
      id: `p${index}`,
      title: `Paper ${index}`,
      authors: [],
      links: {},
      tags: [tag],
    }));
    let list: PaperfeedList | undefined;
    const { made } = await watchFormatters(
      () => list?.hasUpdated === true,
      async () => {
        list = document.createElement('paperfeed-list') as PaperfeedList;
        list.lang = 'en';
        list.filterable = true;
        list.papers = tagged;
        await fixture(html`<div>${list}</div>`);
        await waitUntil(() => shadowQueryAll(list!, 'paperfeed-card').length === 3, 'no cards');
      },
    );
    expect(made.filter(({ name }) => name === 'Collator')).to.deep.equal([
      { name: 'Collator', during: false },
    ]);
    const chips = shadowQueryAll(list!, '[part~="chip"]').map((chip) => chip.textContent?.trim());
    expect(chips).to.deep.equal(['apple', 'Mango', 'zebra']);
  });
});
