import { expect, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import { SHIPPED_LANGUAGES } from '../../src/i18n/shipped.js';
import { uniqueKey } from '../helpers/server.js';

/** What a page holds before the script: the element undefined, only the reserve stylesheet. */
async function reservedHeight(markup: string, frame: string): Promise<number> {
  const iframe = document.createElement('iframe');
  iframe.style.cssText = 'width: 100%; height: 10px; border: 0';
  iframe.srcdoc = `<!doctype html><html lang="en"><head>
    <link rel="stylesheet" href="/src/styles/reserve.css">
    <style>body { margin: 0; ${frame} }</style></head><body>${markup}</body></html>`;
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  document.body.append(iframe);
  await loaded;
  const height = iframe.contentDocument!.body.firstElementChild!.getBoundingClientRect().height;
  iframe.remove();
  return height;
}

/** What the element shows first once defined: its placeholder while `src` loads. */
async function placeholderHeight(markup: string, frame: string): Promise<number> {
  const host = document.createElement('div');
  host.lang = 'en';
  host.style.cssText = frame;
  host.innerHTML = markup.replaceAll('SLOW', `/http/slow?ms=5000&key=${uniqueKey()}`);
  document.body.append(host);
  const element = host.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
  await element.updateComplete;
  // Until its language's words arrive, a subscribe form keeps its place unseen, in no words yet.
  await waitUntil(() => !element.shadowRoot?.querySelector('.waiting'), 'its words', {
    timeout: 5000,
  });
  const height = element.getBoundingClientRect().height;
  host.remove();
  return height;
}

/** The form's reserved height against its rendered one, in `font` at each of `widths`. */
async function expectFormReserved(markup: string, font: string, widths: readonly number[]) {
  for (const width of widths) {
    const frame = `font: 16px/normal ${font}; width: ${width}px`;
    const reserved = await reservedHeight(markup, frame);
    const form = await placeholderHeight(markup, frame);
    // WebKitGTK's field and button are 1.8-2.2 px shorter where they take a row each, and each
    // line of the inline call to action half a pixel shorter (23 px of 23.52): 3.2 px over four
    // lines. A line more or less is 22 px or more.
    expect(Math.abs(reserved - form), `${width} px: ${reserved} vs ${form}`).to.be.lessThan(3.5);
  }
}

/**
 * Whether Korean is drawn in a Korean font here. With none, Chromium draws Hangul at about a
 * third of its width, and the card form's Korean words fit on lines no Korean font fits them on.
 */
function drawsKorean(): boolean {
  const context = document.createElement('canvas').getContext('2d')!;
  context.font = '16px sans-serif';
  return context.measureText('한국어').width > 0.8 * 3 * 16;
}

const PAGES = {
  'a 16 px page with normal line height, 600 px wide': 'font: 16px/normal sans-serif; width: 600px',
  'a 20 px serif page with 1.5 line height, 800 px wide': 'font: 20px/1.5 serif; width: 800px',
  'a phone: 16 px, 380 px wide': 'font: 16px/1.4 sans-serif; width: 380px',
};

const SKELETONS = {
  'a list of 20 (the default page size)': '<paperfeed-list src="SLOW"></paperfeed-list>',
  'a list of 5 grouped by day':
    '<paperfeed-list src="SLOW" page-size="5" group-by="day"></paperfeed-list>',
  'a searchable list of 2': '<paperfeed-list src="SLOW" page-size="2" searchable></paperfeed-list>',
  'a compact list of 3':
    '<paperfeed-list src="SLOW" page-size="3" card-variant="compact"></paperfeed-list>',
  'a list of every paper':
    '<paperfeed-list src="SLOW" page-size="all" group-by="year"></paperfeed-list>',
  'a list limited to 4': '<paperfeed-list src="SLOW" page-size="10" limit="4"></paperfeed-list>',
  'a dark list of 1': '<paperfeed-list src="SLOW" page-size="1" theme="dark"></paperfeed-list>',
  'a card from src': '<paperfeed-card src="SLOW"></paperfeed-card>',
  'a compact card from src': '<paperfeed-card src="SLOW" variant="compact"></paperfeed-card>',
  'a list of 3 whose cards run taller':
    '<paperfeed-list src="SLOW" page-size="3" group-by="day" style="--paperfeed-card-placeholder-height: 24em"></paperfeed-list>',
  'a compact list of 4 whose cards run taller':
    '<paperfeed-list src="SLOW" page-size="4" card-variant="compact" style="--paperfeed-card-placeholder-height: 6em"></paperfeed-list>',
  'a card from src that runs taller':
    '<paperfeed-card src="SLOW" style="--paperfeed-card-placeholder-height: 30em"></paperfeed-card>',
};

describe('paperfeed-reserve.css', () => {
  for (const [page, frame] of Object.entries(PAGES)) {
    for (const [what, markup] of Object.entries(SKELETONS)) {
      it(`reserves the height of ${what}'s placeholder on ${page}`, async () => {
        const reserved = await reservedHeight(markup, frame);
        const placeholder = await placeholderHeight(markup, frame);
        expect(reserved).to.be.greaterThan(50);
        expect(Math.abs(reserved - placeholder), `${reserved} vs ${placeholder}`).to.be.lessThan(1);
      });
    }
  }

  // The form is text: its height follows the font and where its words wrap, so the reserved
  // height is the form's at the widths where its layout settles (docs/performance.md says so).
  for (const [width, variant, fields] of [
    [600, 'inline', ''],
    [600, 'card', ''],
    [320, 'inline', ''],
    [320, 'card', ''],
    // Optional fields add rows: by attribute, and the name field by width (its 12em basis).
    [600, 'inline', 'frequencies="daily, weekly"'],
    [320, 'inline', 'topic-choices="NLP, Vision" consent="I agree to receive email."'],
    [600, 'inline', 'ask-name'],
    // Where the button takes a row of its own: Firefox's and WebKit's at 562 px, Chromium's
    // at 550 px, unless the form makes it one width in all.
    [570, 'inline', 'ask-name'],
    [556, 'inline', 'ask-name'],
    [480, 'inline', 'ask-name'],
    [320, 'inline', 'ask-name frequencies="daily, weekly"'],
    [600, 'card', 'ask-name'],
    [480, 'card', 'ask-name frequencies="daily, weekly"'],
  ] as const) {
    const title = `reserves the ${variant} subscribe form's height at ${width} px${fields ? ` with ${fields}` : ''}`;
    it(title, async () => {
      const markup = `<paperfeed-subscribe action="/api" variant="${variant}" ${fields}></paperfeed-subscribe>`;
      const frame = `font: 16px/normal sans-serif; width: ${width}px`;
      const reserved = await reservedHeight(markup, frame);
      const form = await placeholderHeight(markup, frame);
      expect(Math.abs(reserved - form), `${reserved} vs ${form}`).to.be.lessThan(4);
    });
  }

  // Between 22.75em and 26.7em the call to action takes one line in a narrow font and two in a
  // wide one: the inline form makes it two in every font, so one reserved height fits them all.
  // The card's heading and description likewise, at each width where they change lines.
  const SWEEPS = {
    inline: [330, 350, 370, 390, 410, 420, 430, 460, 500],
    card: [330, 350, 370, 390, 420, 460, 490, 510, 550, 600, 630, 650, 700],
  };
  for (const [variant, widths] of Object.entries(SWEEPS))
    for (const font of ['sans-serif', 'serif']) {
      it(`reserves the ${variant} subscribe form's height in ${font} at every width from ${widths[0]} to ${widths.at(-1)} px`, () =>
        expectFormReserved(
          `<paperfeed-subscribe action="/api" variant="${variant}"></paperfeed-subscribe>`,
          font,
          widths,
        ));
    }

  // The widest common face and a narrow one, by name: the generic families differ by engine
  // (Chromium's sans-serif is Arial's metric twin here, Firefox's and WebKit's DejaVu Sans).
  const LANGUAGE_FONTS = ["'DejaVu Sans'", "'Liberation Serif'"];

  // Each language's words are as wide as they are: by width, as many lines in every font. The
  // inline call to action takes one line at every width here in Chinese and Korean, and on the
  // narrowest phones three in German, French and Italian, four in Portuguese; the card form is
  // swept up to where its heading and description take one line each, from 320 px (under it
  // Spanish takes a fourth line in the widest fonts). Dutch has no words of its own: it reads
  // English, and takes the English widths. Korean's card is measured where a Korean font draws it.
  const LANGUAGE_SWEEPS = {
    inline: [300, 320, 340, 360, 380, 400, 440, 480, 520, 560, 600, 640],
    card: [320, 340, 360, 380, 400, 420, 440, 480, 520, 560, 600, 640, 700, 760, 820, 880],
  };
  for (const [variant, widths] of Object.entries(LANGUAGE_SWEEPS))
    for (const lang of [...SHIPPED_LANGUAGES, 'nl'])
      for (const font of LANGUAGE_FONTS) {
        it(`reserves the ${variant} subscribe form's height in ${lang} and ${font} at every width from ${widths[0]} to ${widths.at(-1)} px`, function () {
          if (variant === 'card' && lang === 'ko' && !drawsKorean()) this.skip();
          return expectFormReserved(
            `<paperfeed-subscribe lang="${lang}" action="/api" variant="${variant}"></paperfeed-subscribe>`,
            font,
            widths,
          );
        });
      }

  // A hand-written card's rows follow its attributes; its title is one line wide, two on a phone.
  const SHORT_TITLE = 'paper-title="Triangulated categories without models"';
  const HAND_WRITTEN = {
    'a title, names and a date': `${SHORT_TITLE} authors="Fernando Muro, Stefan Schwede" published="2007-05-30"`,
    'a venue, names, a date and links': `${SHORT_TITLE} href="https://doi.org/10.1007/s00222-007-0061-2" authors="Fernando Muro, Stefan Schwede, Neil Strickland" published="2007-05-30" venue="Inventiones mathematicae" doi="10.1007/s00222-007-0061-2" arxiv-id="0704.1378"`,
    'tags and counts, no date': `${SHORT_TITLE} author-count="4" tags="algebra, topology" upvotes="12" pdf="https://example.org/paper.pdf"`,
    'a title alone': SHORT_TITLE,
    'a compact card': `variant="compact" ${SHORT_TITLE} authors="Fernando Muro" published="2007-05-30"`,
  };
  const handWritten = (attributes: string) => `<paperfeed-card ${attributes}></paperfeed-card>`;
  for (const [page, frame] of Object.entries(PAGES).slice(0, 2)) {
    for (const [what, attributes] of Object.entries(HAND_WRITTEN)) {
      it(`reserves the height of a hand-written card with ${what} on ${page}`, async () => {
        const markup = handWritten(attributes);
        const reserved = await reservedHeight(markup, frame);
        const rendered = await placeholderHeight(markup, frame);
        expect(reserved).to.be.greaterThan(30);
        // WebKit rounds each row to the pixel: 2.4 px over six rows of a 20 px card.
        expect(Math.abs(reserved - rendered), `${reserved} vs ${rendered}`).to.be.lessThan(3);
      });
    }
  }

  it("reserves two lines for a hand-written card's title on a phone", async () => {
    const markup = handWritten(
      'paper-title="Localizing and Editing Knowledge in Text-to-Image Models" authors="Samyadeep Basu" published="2023-10-20" arxiv-id="2310.13730"',
    );
    const frame = PAGES['a phone: 16 px, 380 px wide'];
    const reserved = await reservedHeight(markup, frame);
    const rendered = await placeholderHeight(markup, frame);
    expect(Math.abs(reserved - rendered), `${reserved} vs ${rendered}`).to.be.lessThan(2);
  });

  it("lets a hand-written card's own text show, and take more room than its rows", async () => {
    const abstract =
      'Training state-of-the-art deep neural networks is computationally expensive. '.repeat(8);
    const markup = `<paperfeed-card published="2016-07-21"><a slot="title" href="https://arxiv.org/abs/1607.06450">Layer Normalization</a> ${abstract}</paperfeed-card>`;
    const frame = 'font: 16px/1.5 serif; width: 600px';
    const rows = await reservedHeight(
      '<paperfeed-card published="2016-07-21"><a slot="title" href="#">Layer Normalization</a></paperfeed-card>',
      frame,
    );
    const withText = await reservedHeight(markup, frame);
    // A title, a date line and "Copy citation": the rows the card will show besides its abstract.
    expect(rows).to.be.within(115, 130);
    expect(withText).to.be.greaterThan(rows + 40);
  });
});
