import { expect } from '@open-wc/testing';
import {
  formatPaperDate,
  localToday,
  paperDateToDate,
  parsePaperDate,
  shiftDay,
} from '../../src/internal/dates.js';

const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;

describe(`dates (browser time zone ${zone})`, () => {
  it('keeps a YYYY-MM-DD calendar date as it is', () => {
    expect(parsePaperDate('2023-10-20')).to.equal('2023-10-20');
    expect(parsePaperDate(' 2016-07-21 ')).to.equal('2016-07-21');
  });

  it('normalizes RFC 3339 and ISO date-times to UTC instants', () => {
    expect(parsePaperDate('2024-03-05T18:30:00+01:00')).to.equal('2024-03-05T17:30:00.000Z');
    expect(parsePaperDate('2024-03-05T18:30:00.123456Z')).to.equal('2024-03-05T18:30:00.123Z');
    expect(parsePaperDate('2024-03-05 18:30')).to.equal('2024-03-05T18:30:00.000Z');
    expect(parsePaperDate('2024-03-05T18:30:00-0800')).to.equal('2024-03-06T02:30:00.000Z');
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

  it("shows an instant in the reader's own time zone", () => {
    const instant = '2025-10-29T23:30:00.000Z';
    const expected = new Date(instant).toLocaleDateString('en-US', {
      year: 'numeric',
      month: 'short',
      day: 'numeric',
    });
    expect(formatPaperDate(instant, 'en-US')).to.equal(expected);
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
