import { expect } from '@open-wc/testing';
import {
  compareDates,
  datePrecision,
  formatPaperDate,
  localToday,
  paperDateToDate,
  parsePaperDate,
  shiftDay,
} from '../../src/text/dates.js';

const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;

describe(`dates (browser time zone ${zone})`, () => {
  it('keeps a YYYY-MM-DD calendar date as it is', () => {
    expect(parsePaperDate('2023-10-20')).to.equal('2023-10-20');
    expect(parsePaperDate(' 2016-07-21 ')).to.equal('2016-07-21');
  });

  it('keeps a date-time with its own offset, read as UTC when it has none', () => {
    expect(parsePaperDate('2024-03-05T18:30:00+01:00')).to.equal('2024-03-05T18:30:00+01:00');
    expect(parsePaperDate('2024-03-05T18:30:00.123456Z')).to.equal('2024-03-05T18:30:00.123Z');
    expect(parsePaperDate('2025-10-29T13:09:12.000Z')).to.equal('2025-10-29T13:09:12.000Z');
    expect(parsePaperDate('2024-03-05 18:30')).to.equal('2024-03-05T18:30:00Z');
    expect(parsePaperDate('2024-03-05T18:30:00-0800')).to.equal('2024-03-05T18:30:00-08:00');
  });

  it('reads every form real feeds send, to the precision they give', () => {
    const cases: [unknown, string][] = [
      ['2024', '2024'],
      ['2022-05', '2022-05'],
      [2025, '2025'],
      ['2024-05-07 10:00:00 +0100', '2024-05-07T10:00:00+01:00'], // Jekyll
      ['Tue, 07 May 2024 10:00:00 +0100', '2024-05-07T10:00:00+01:00'], // RFC 1123
      ['Wed, 02 Oct 2002 15:00:00 GMT', '2002-10-02T15:00:00Z'],
      ['Wed, 02 Oct 2002 08:00:00 EST', '2002-10-02T08:00:00-05:00'],
      ['2 Oct 02 08:00 PDT', '2002-10-02T08:00:00-07:00'],
      ['Tuesday, 07 May 2024 10:00:00 +0000', '2024-05-07T10:00:00+00:00'],
      ['Tue, 7 May 2024 9:05:00 GMT', '2024-05-07T09:05:00Z'],
      ['07 May 2024', '2024-05-07'],
      [[[2016, 4]], '2016-04'],
      [[[2016]], '2016'],
      [[2016, 4, 1], '2016-04-01'],
      [[['2016', '4', '21']], '2016-04-21'],
      [{ 'date-parts': [[2016, 4]] }, '2016-04'],
      [{ 'date-parts': [[2016, 4, 31]] }, undefined as unknown as string],
      ['May 2022', '2022-05'],
      ['Oct 29, 2025', '2025-10-29'],
      ['October 29 2025', '2025-10-29'],
      ['January 07 , 2011', '2011-01-07'], // Zotero's free-text date
      ['08/1993', '1993-08'],
      ['1992-00-00', '1992'], // Zotero's parsedDate
      ['2011-01-00', '2011-01'],
    ];
    for (const [value, expected] of cases) {
      expect(parsePaperDate(value), JSON.stringify(value)).to.equal(expected);
    }
  });

  it('shows a date to its own precision, never a time', () => {
    expect(formatPaperDate('2024', 'en-US')).to.equal('2024');
    expect(formatPaperDate('2022-05', 'en-US')).to.equal('May 2022');
    expect(formatPaperDate('2025-10-29', 'en-US')).to.equal('Oct 29, 2025');
    expect(formatPaperDate('2024-05-07T23:30:00-08:00', 'en-US')).to.equal('May 7, 2024');
    expect(datePrecision('2022-05')).to.equal('month');
  });

  it('sorts dates of every precision: a period at its start, the more precise first', () => {
    const dates = ['2022', '2022-05-01', '2021-12-31T23:00:00-05:00', '2022-05', '2022-01-01'];
    expect([...dates].sort((a, b) => compareDates(a, b))).to.deep.equal([
      '2022-01-01',
      '2022',
      '2021-12-31T23:00:00-05:00',
      '2022-05-01',
      '2022-05',
    ]);
    expect([...dates].sort((a, b) => compareDates(a, b, 'desc'))[0]).to.equal('2022-05-01');
  });

  it('drops what is not a real date instead of showing "Invalid Date"', () => {
    for (const value of [
      '2024-02-30',
      '2023-02-29',
      '2024-13-01',
      '2024-03-05T25:00:00Z',
      'Jul 10 14',
      'yesterday',
      '',
      1700000000000,
      null,
    ]) {
      expect(parsePaperDate(value), String(value)).to.equal(undefined);
    }
    expect(parsePaperDate('2024-02-29')).to.equal('2024-02-29');
  });

  it('shows a calendar date as the same day in this time zone', () => {
    expect(formatPaperDate('2023-10-20', 'en-US')).to.equal('Oct 20, 2023');
    expect(formatPaperDate('2016-01-01', 'en-US')).to.equal('Jan 1, 2016');
    expect(formatPaperDate('2023-10-20', 'de-DE')).to.equal('20. Okt. 2023');
    expect(paperDateToDate('2023-10-20').toISOString()).to.equal('2023-10-20T00:00:00.000Z');
  });

  it("shows an instant's own day, whatever the reader's time zone", () => {
    expect(formatPaperDate('2025-10-29T23:30:00.000Z', 'en-US')).to.equal('Oct 29, 2025');
    expect(formatPaperDate('2025-10-29T00:30:00+09:00', 'en-US')).to.equal('Oct 29, 2025');
  });
});

describe(`day arithmetic (browser time zone ${zone})`, () => {
  it("walks calendar days, and knows the reader's today", () => {
    expect(shiftDay('2025-10-29', -1)).to.equal('2025-10-28');
    expect(shiftDay('2024-03-01', -1)).to.equal('2024-02-29');
    expect(shiftDay('2025-12-31', 1)).to.equal('2026-01-01');
    expect(localToday(new Date(2025, 0, 1, 0, 30))).to.equal('2025-01-01');
    expect(localToday(new Date(2025, 11, 31, 23, 59))).to.equal('2025-12-31');
  });
});
