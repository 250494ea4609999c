import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { engine, itIn } from '../../helpers/engines.js';
import '../../../src/define.js';
import type { PaperfeedList } from '../../../src/index.js';
import { uniqueKey } from '../../helpers/server.js';
import { shadowQuery, shadowQueryAll } from '../../helpers/shadow.js';

const animation = (element: Element) => getComputedStyle(element).animationName;

async function loadingList(): Promise<PaperfeedList> {
  return fixture<PaperfeedList>(
    html`<paperfeed-list
      lang="en"
      page-size="20"
      group-by="day"
      src=${`/http/slow?ms=1000&key=${uniqueKey()}`}
    ></paperfeed-list>`,
  );
}

describe('<paperfeed-list> skeleton motion', () => {
  afterEach(async () => {
    if (engine === 'chromium') await emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('pulses as one placeholder, not bar by bar', async () => {
    const list = await loadingList();
    const cardBars = shadowQueryAll(list, '.skeleton .bar');
    // 20 cards of 6 bars, and the day's heading.
    expect(cardBars).to.have.length(121);
    expect(animation(shadowQuery(list, '[part="skeleton"]')!)).to.equal('pulse');
    expect(cardBars.filter((bar) => animation(bar) !== 'none')).to.have.length(0);
  });

  itIn(
    ['chromium'],
    'emulating the reader’s motion setting needs the DevTools protocol',
    'stills it for readers who prefer reduced motion',
    async () => {
      const list = await loadingList();
      await emulateMedia({ reducedMotion: 'reduce' });
      expect(animation(shadowQuery(list, '[part="skeleton"]')!)).to.equal('none');
      const bars = shadowQueryAll(list, '.bar');
      expect(bars.filter((bar) => animation(bar) !== 'none')).to.have.length(0);
    },
  );
});
