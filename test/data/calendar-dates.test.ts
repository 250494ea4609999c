import { expect } from '@open-wc/testing';
import { formatPaperDate, parseFeed } from '../../src/index.js';

const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;

describe(`a feed's calendar dates (browser time zone ${zone})`, () => {
  it('reads "2016-07-21" as July 21 wherever the reader is', () => {
    const feed = parseFeed({
      version: 'https://jsonfeed.org/version/1.1',
      items: [
        {
          id: 'ln',
          title: 'Layer Normalization',
          date_published: '2016-07-21',
          _paperfeed: { featured_at: '2025-10-29' },
        },
      ],
    });
    const [paper] = feed.papers;
    expect(formatPaperDate(paper!.published!, 'en-US')).to.equal('Jul 21, 2016');
    expect(formatPaperDate(paper!.featured!, 'en-US', { month: 'short', day: 'numeric' })).to.equal(
      'Oct 29',
    );
  });

  it('differs from a naive Date in zones west of UTC, which is why it is needed', () => {
    const naive = new Date('2016-07-21').toLocaleDateString('en-US', { day: 'numeric' });
    const offsetHours = -new Date('2016-07-21T00:00:00Z').getTimezoneOffset() / 60;
    expect(naive).to.equal(offsetHours < 0 ? '20' : '21');
  });
});
