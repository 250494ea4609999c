import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define.js';
import { cardFor } from '../../helpers/card.js';
import { shadowQuery, shadowQueryAll, countIn, textIn } from '../../helpers/shadow.js';
import { parseFeed, type Paper, type PaperfeedCard } from '../../../src/index.js';
import { readFixture } from '../../helpers/fixtures.js';
import { NARROW_ABSTRACT } from '../../helpers/papers.js';
import { waitUntil } from '../../helpers/wait.js';

const shadow = (card: PaperfeedCard) => card.shadowRoot!;
const $ = shadowQuery;
const $$ = shadowQueryAll;
const textOf = textIn;

async function dailyPapers(): Promise<Paper[]> {
  return parseFeed(await readFixture('hugging-face/daily-papers.json')).papers;
}

const minimal: Paper = { id: 'p', title: 'Only a title', authors: [], tags: [], links: {} };

describe('<paperfeed-card> with a paper', () => {
  it('shows a Hugging Face daily paper as the reader expects', async () => {
    const [paper] = await dailyPapers();
    const card = await cardFor(paper!);
    const link = $(card, 'h3 a') as HTMLAnchorElement;
    expect(link.textContent!.trim()).to.equal(
      'Localizing and Editing Knowledge in Text-to-Image Generative Models',
    );
    expect(link.href).to.equal('https://huggingface.co/papers/2310.13730');
    expect(textOf(card, '[part="authors"]')).to.equal(
      'Samyadeep Basu, Nanxuan Zhao, Vlad Morariu +2 more',
    );
    const time = $(card, 'time')!;
    expect(time.getAttribute('datetime')).to.equal('2023-10-20T17:31:12.000Z');
    expect(time.textContent).to.equal('Oct 20, 2023');
    const stats = $$(card, '[part="stats"] .stat');
    // What a screen reader says, and the bare number a sighted reader sees beside its icon.
    expect(stats.map((stat) => stat.querySelector('.visually-hidden')!.textContent)).to.deep.equal([
      '2 upvotes',
      '1 comment',
    ]);
    expect(
      stats.map((stat) => stat.querySelector('[aria-hidden="true"]:not(svg)')!.textContent),
    ).to.deep.equal(['2', '1']);
    expect(
      $$(card, '[part="link"]').map((a) => a.textContent!.replace(/\s+/g, ' ').trim()),
    ).to.deep.equal(['PDF', 'arXiv', 'Code ★ 41, 41 stars']);
    expect($$(card, '[part="tag"]').map((tag) => tag.textContent)).to.deep.equal([
      'Causal Mediation Analysis',
      'UNet',
      'text-encoder',
      'CLIP',
      'model editing',
    ]);
    await expect(card).to.be.accessible();
  });

  it('builds a daily paper in few nodes: its plain title, names and abstract add no parts', async () => {
    // Each node is cloned, walked and inserted per card, dozens of cards a screen. Lit marks every
    // binding with a comment, and every item of a list with one more and a part of its own.
    const [paper] = await dailyPapers();
    const card = await cardFor(paper!);
    const walker = document.createTreeWalker(shadow(card), NodeFilter.SHOW_ALL);
    const counts = { element: 0, comment: 0, text: 0 };
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeType === Node.ELEMENT_NODE) counts.element++;
      else if (node.nodeType === Node.COMMENT_NODE) counts.comment++;
      else counts.text++;
    }
    // 192 nodes, 101 of them comments, when each name, title and abstract was a list of one.
    expect(counts.comment).to.be.at.most(70);
    expect(counts.element + counts.comment + counts.text).to.be.at.most(160);
  });

  it('expands "+N more" authors in place, by keyboard, the focus on the names', async () => {
    const [paper] = await dailyPapers();
    const card = await cardFor(paper!);
    const toggle = $(card, '[part="authors-toggle"]') as HTMLButtonElement;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await card.updateComplete;
    expect(textOf(card, '[part="authors"]')).to.equal(
      'Samyadeep Basu, Nanxuan Zhao, Vlad Morariu, Soheil Feizi, Varun Manjunatha',
    );
    expect((shadow(card).querySelector('[part="authors"] a') as HTMLAnchorElement).href).to.equal(
      'https://huggingface.co/nanxuanzhao',
    );
    // The button is gone: the focus is on the names it revealed, not the page's body.
    await waitUntil(() => shadow(card).activeElement === $(card, '[part="authors"]'), 'focus lost');
    await expect(card).to.be.accessible();
    // Another paper shows its first names again, not focusable names.
    card.paper = { ...paper!, id: 'another' };
    await card.updateComplete;
    expect(textOf(card, '[part="authors-toggle"]')).to.equal('+2 more');
    expect($(card, '[part="authors"]')?.hasAttribute('tabindex')).to.equal(false);
  });

  it('invents nothing for absent fields: no "0", no "undefined", no empty rows', async () => {
    const card = await cardFor(minimal);
    const text = shadow(card).textContent!;
    expect(text).not.to.contain('undefined');
    expect(text).not.to.match(/\b0\b/);
    for (const part of ['authors', 'meta', 'stats', 'abstract', 'links', 'tags', 'venue']) {
      expect(countIn(card, `[part~="${part}"]`), part).to.equal(0);
    }
    expect($(card, 'h3')!.textContent!.trim()).to.equal('Only a title');
    expect(countIn(card, 'h3 a')).to.equal(0);
    await expect(card).to.be.accessible();
  });

  it('says "5 authors" and "1 author" when the feed gives only a count', async () => {
    const five = await cardFor({ ...minimal, authorCount: 5 });
    expect(textOf(five, '[part="authors"]')).to.equal('5 authors');
    const one = await cardFor({ ...minimal, authorCount: 1 });
    expect(textOf(one, '[part="authors"]')).to.equal('1 author');
  });

  it('counts authors the feed does not name', async () => {
    const card = await cardFor({ ...minimal, authors: [{ name: 'Ada' }], authorCount: 4 });
    expect(textOf(card, '[part="authors"]')).to.equal('Ada +3 more');
  });

  it('shows 300 authors as three and a count, then all of them', async () => {
    const authors = Array.from({ length: 300 }, (_, i) => ({ name: `Author ${i + 1}` }));
    const card = await cardFor({ ...minimal, authors });
    expect(textOf(card, '[part="authors-toggle"]')).to.equal('+297 more');
    ($(card, '[part="authors-toggle"]') as HTMLButtonElement).click();
    await card.updateComplete;
    expect(textOf(card, '[part="authors"]').split(', ')).to.have.length(300);
  });

  it('uses the heading level and link target it is given', async () => {
    const [paper] = await dailyPapers();
    const card = await cardFor(paper!, 'heading-level="2" link-target="_blank"');
    const link = $(card, 'h2 a')!;
    expect(link.getAttribute('target')).to.equal('_blank');
    expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
    expect(countIn(card, 'h3')).to.equal(0);
  });

  it('formats dates for the nearest lang', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="de"><paperfeed-card></paperfeed-card></div>`,
    );
    const card = wrapper.querySelector('paperfeed-card')!;
    card.paper = { ...minimal, published: '2016-07-21', upvotes: 1234 };
    // German is shipped: the card shows once its words are here.
    await waitUntil(() => $(card, 'time'), 'the German words never came');
    expect($(card, 'time')!.textContent).to.equal('21. Juli 2016');
    expect(textOf(card, '[part="stats"]')).to.contain('1.234');
  });
});

describe('<paperfeed-card> abstract', () => {
  const longAbstract = 'Layer normalization stabilizes training. '.repeat(40);

  it('clamps to abstract-lines with a Show more / Show less button', async () => {
    const card = await cardFor({ ...minimal, summary: longAbstract }, 'abstract-lines="2"');
    const abstract = $(card, '[part="abstract"]') as HTMLElement;
    await waitUntil(() => $(card, '[part="abstract-toggle"]'), 'no Show more button');
    const lineHeight = parseFloat(getComputedStyle(abstract).lineHeight);
    expect(abstract.clientHeight).to.be.closeTo(2 * lineHeight, 2);
    const toggle = $(card, '[part="abstract-toggle"]') as HTMLButtonElement;
    expect(toggle.textContent!.trim()).to.equal('Show more');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    await expect(card).to.be.accessible();

    toggle.click();
    await card.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(toggle.textContent!.trim()).to.equal('Show less');
    expect(abstract.clientHeight).to.be.greaterThan(4 * lineHeight);
  });

  it('offers no button when the abstract fits', async () => {
    const card = await cardFor({ ...minimal, summary: 'Short.' });
    await new Promise(requestAnimationFrame);
    await card.updateComplete;
    expect(countIn(card, '[part="abstract-toggle"]')).to.equal(0);
  });

  it('shows all of it with abstract-display="full" and none with "none"', async () => {
    const full = await cardFor({ ...minimal, summary: longAbstract }, 'abstract-display="full"');
    expect(countIn(full, '.abstract.clamped')).to.equal(0);
    expect(countIn(full, '[part="abstract-toggle"]')).to.equal(0);
    const none = await cardFor({ ...minimal, summary: longAbstract }, 'abstract-display="none"');
    expect(countIn(none, '[part="abstract"]')).to.equal(0);
  });

  // 170 characters: by its length it fits two lines, so the card guesses no button at first.
  const toggleOf = (card: PaperfeedCard) => $(card, '[part="abstract-toggle"]');

  /** A two-line card 160 px wide showing `NARROW_ABSTRACT`. */
  async function narrowCard() {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 160px"></div>`);
    const card = document.createElement('paperfeed-card');
    card.setAttribute('abstract-lines', '2');
    card.paper = { ...minimal, summary: NARROW_ABSTRACT };
    wrapper.append(card);
    return { wrapper, card };
  }

  it('offers Show more for an abstract that overflows a narrow card, though its length says it fits', async () => {
    const { card } = await narrowCard();
    await waitUntil(() => toggleOf(card), 'no Show more in a narrow card');
    const abstract = $(card, '[part="abstract"]') as HTMLElement;
    expect(abstract.scrollHeight).to.be.above(abstract.clientHeight);
  });

  it('takes Show more away once the card is wide enough for the abstract, and back when narrow', async () => {
    const { wrapper, card } = await narrowCard();
    await waitUntil(() => toggleOf(card), 'no Show more in a narrow card');
    wrapper.style.width = '3000px';
    await waitUntil(() => !toggleOf(card), 'Show more stayed in a wide card');
    wrapper.style.width = '160px';
    await waitUntil(() => toggleOf(card), 'no Show more once narrow again');
  });

  it("measures a new paper's abstract in the same box: Show more comes and goes with it", async () => {
    // One line: a short abstract and a clamped long one are boxes of the same height.
    const card = await cardFor({ ...minimal, summary: 'Short.' }, 'abstract-lines="1"');
    await new Promise(requestAnimationFrame);
    await card.updateComplete;
    expect(toggleOf(card)).to.equal(null);
    card.paper = { ...minimal, id: 'another', summary: longAbstract };
    await waitUntil(() => toggleOf(card), "no Show more for the new paper's long abstract");
    card.paper = { ...minimal, id: 'a third', summary: 'Short again.' };
    await waitUntil(() => !toggleOf(card), "Show more stayed for the new paper's short abstract");
  });

  it('keeps Show more after the reader closes the abstract again', async () => {
    const card = await cardFor({ ...minimal, summary: longAbstract }, 'abstract-lines="2"');
    await waitUntil(() => toggleOf(card), 'no Show more button');
    (toggleOf(card) as HTMLButtonElement).click();
    await waitUntil(() => toggleOf(card)?.textContent?.trim() === 'Show less', 'never opened');
    (toggleOf(card) as HTMLButtonElement).click();
    await waitUntil(() => toggleOf(card)?.textContent?.trim() === 'Show more', 'never closed');
    await new Promise(requestAnimationFrame);
    await new Promise(requestAnimationFrame);
    expect(toggleOf(card)?.textContent?.trim()).to.equal('Show more');
  });

  it('keeps abstract-lines within 1 to 12', async () => {
    const card = await cardFor({ ...minimal, summary: longAbstract }, 'abstract-lines="40"');
    expect(card.getAttribute('abstract-lines')).to.equal('12');
  });
});

describe('<paperfeed-card> highlight', () => {
  it('marks the search terms in title, authors and abstract', async () => {
    const card = await cardFor(
      {
        ...minimal,
        title: 'Layer Normalization',
        authors: [{ name: 'Ada Layerwise' }],
        summary: 'We normalize each layer.',
      },
      'highlight="layer norm"',
    );
    expect($$(card, 'mark').map((mark) => mark.textContent)).to.deep.equal([
      'Layer',
      'Norm',
      'Layer',
      'norm',
      'layer',
    ]);
  });

  it('marks and unmarks as the search changes, the text the same', async () => {
    const card = await cardFor({
      ...minimal,
      title: 'Layer Normalization',
      authors: [{ name: 'Ada Layerwise' }, { name: 'Bo Norm', url: 'https://example.org/bo' }],
      summary: 'We normalize each layer.\nThen we train.',
    });
    const texts = () =>
      ['[part="title"]', '[part="authors"]', '[part="abstract"]'].map((part) => textOf(card, part));
    const plain = texts();
    expect(plain).to.deep.equal([
      'Layer Normalization',
      'Ada Layerwise, Bo Norm',
      'We normalize each layer.Then we train.',
    ]);
    for (const highlight of ['norm', '', 'train layer', 'nothing here', '']) {
      card.highlight = highlight;
      await card.updateComplete;
      expect(texts(), highlight).to.deep.equal(plain);
      expect($$(card, 'mark').length > 0, highlight).to.equal(
        highlight.startsWith('norm') || highlight.startsWith('train'),
      );
    }
    // A lab member's name keeps its bold and gets its mark.
    card.highlightAuthors = ['Bo Norm'];
    card.highlight = 'norm';
    await card.updateComplete;
    expect(textOf(card, '[part="authors"]')).to.equal(plain[1]);
    expect($(card, '[part="member"] mark')?.textContent).to.equal('Norm');
    expect($$(card, '[part="abstract"] br')).to.have.length(1);
    expect(($(card, '[part="authors"] a') as HTMLAnchorElement).href).to.equal(
      'https://example.org/bo',
    );
  });
});

describe('<paperfeed-card> copy citation', () => {
  let original: Clipboard['writeText'];
  let copied: string[];
  beforeEach(() => {
    original = navigator.clipboard.writeText;
    copied = [];
  });
  afterEach(() => {
    navigator.clipboard.writeText = original;
  });

  it('puts a BibTeX entry on the clipboard and says so', async () => {
    navigator.clipboard.writeText = async (text: string) => {
      copied.push(text);
    };
    const [paper] = await dailyPapers();
    const card = await cardFor(paper!);
    ($(card, '[part="copy-button"]') as HTMLButtonElement).click();
    await waitUntil(() => textOf(card, '[role="status"]') !== '');
    expect(textOf(card, '[role="status"]')).to.equal('BibTeX citation copied to the clipboard');
    expect(copied[0]).to.match(/^@misc\{basu2023localizing,/);
    expect(copied[0]).to.contain('eprint = {2310.13730}');
  });

  it('says so when the browser refuses', async () => {
    navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied'));
    const card = await cardFor({ ...minimal, published: '2016-07-21' });
    ($(card, '[part="copy-button"]') as HTMLButtonElement).click();
    await waitUntil(() => textOf(card, '[role="status"]') !== '');
    expect(textOf(card, '[role="status"]')).to.contain('Could not copy');
  });

  it('is not offered without a year to cite', async () => {
    const card = await cardFor(minimal);
    expect(countIn(card, '[part="copy-button"]')).to.equal(0);
  });
});

describe('<paperfeed-card> with hostile content', () => {
  it('shows HTML as text and keeps script URLs out of every href', async () => {
    const card = await cardFor(
      {
        ...minimal,
        title: '<img src=x onerror="window.pwned=1">Title',
        url: 'javascript:window.pwned=1',
        summary: '<script>window.pwned=1</script>',
        authors: [{ name: '<b>Ada</b>', url: 'javascript:window.pwned=1' }],
        thumbnail: 'javascript:window.pwned=1',
        links: {
          pdf: 'JaVaScRiPt:window.pwned=1',
          code: { url: 'data:text/html,x' },
          project: ' javascript:x',
        },
        published: '2020-01-01',
      },
      'show-thumbnail',
    );
    expect(countIn(card, 'img')).to.equal(0);
    expect(countIn(card, 'script')).to.equal(0);
    expect(countIn(card, 'b')).to.equal(0);
    expect($(card, 'h3')!.textContent!.trim()).to.equal(
      '<img src=x onerror="window.pwned=1">Title',
    );
    for (const anchor of $$(card, '[href]')) {
      expect(anchor.getAttribute('href')).to.match(/^(https?|mailto):/);
    }
    expect($$(card, 'a')).to.have.length(0);
    expect((window as unknown as { pwned?: number }).pwned).to.equal(undefined);
  });

  it('wraps long titles and unbroken strings without overflowing 320 px', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 320px"><paperfeed-card></paperfeed-card></div>`,
    );
    const card = wrapper.querySelector('paperfeed-card')!;
    card.paper = {
      ...minimal,
      title: 'A'.repeat(200),
      summary: `https://example.org/${'very-long-path-'.repeat(20)}`,
      authors: [{ name: 'B'.repeat(120) }],
      tags: ['C'.repeat(80)],
      venue: 'D'.repeat(90),
      published: '2024-01-01',
      links: { pdf: 'https://example.org/x.pdf' },
    };
    await card.updateComplete;
    const base = $(card, '[part="base"]') as HTMLElement;
    expect(card.getBoundingClientRect().width).to.equal(320);
    expect(base.scrollWidth).to.be.at.most(base.clientWidth + 2);
    for (const child of shadow(card).querySelectorAll('*')) {
      expect(child.getBoundingClientRect().right, child.className.toString()).to.be.at.most(
        card.getBoundingClientRect().right + 1,
      );
    }
  });
});

describe('<paperfeed-card> thumbnail', () => {
  it('lazy-loads into a fixed-ratio box and keeps the box when the image breaks', async () => {
    const card = await cardFor(
      { ...minimal, thumbnail: `${location.origin}/http/status/404` },
      'show-thumbnail',
    );
    const box = $(card, '[part="thumbnail"]') as HTMLElement;
    const img = box.querySelector('img')!;
    expect(img.getAttribute('loading')).to.equal('lazy');
    expect(img.getAttribute('alt')).to.equal('');
    const height = box.getBoundingClientRect().height;
    expect(height).to.be.closeTo((box.getBoundingClientRect().width * 9) / 16, 1);
    await waitUntil(() => !box.querySelector('img'), 'the broken image stayed');
    expect(box.getBoundingClientRect().height).to.be.closeTo(height, 1);
  });

  it('shows no thumbnail unless asked', async () => {
    const card = await cardFor({ ...minimal, thumbnail: 'https://example.org/t.png' });
    expect(countIn(card, '[part="thumbnail"]')).to.equal(0);
  });
});

describe('<paperfeed-card> compact variant', () => {
  it('shows the title and one line of details', async () => {
    const [paper] = await dailyPapers();
    const card = await cardFor(paper!, 'variant="compact"');
    expect(countIn(card, '[part="abstract"]')).to.equal(0);
    expect(countIn(card, '[part="links"]')).to.equal(0);
    expect(textOf(card, '[part="meta"]')).to.contain('5 authors');
    await expect(card).to.be.accessible();
  });
});

describe('<paperfeed-card> highlight-authors', () => {
  it("makes the lab's own members stand out, ignoring case and accents", async () => {
    const card = await cardFor(
      {
        ...minimal,
        authors: [{ name: 'Ada Lovelace' }, { name: 'Charles Babbage' }, { name: 'Alan Türing' }],
      },
      'highlight-authors="ada lovelace; Alan Turing"',
    );
    expect($$(card, '[part="member"]').map((member) => member.textContent)).to.deep.equal([
      'Ada Lovelace',
      'Alan Türing',
    ]);
  });
});
