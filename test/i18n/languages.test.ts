// Every reader's language: the shipped translations, chosen by the nearest `lang`, complete to the
// last key and plural category, with no English left on screen where a translation exists.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { plural, type PluralMessage } from '../../src/base/plural.js';
import { warmIntl } from '../../src/base/warm-intl.js';
import { defaultCardStrings } from '../../src/components/card/card.strings.js';
import { defaultListStrings } from '../../src/components/list/list.strings.js';
import { defaultSubscribeStrings } from '../../src/components/subscribe/subscribe.strings.js';
import { loadLanguagePack } from '../../src/i18n/load-language.js';
import { languageCandidates } from '../../src/i18n/registry.js';
import type { ElementStrings, LanguagePack } from '../../src/i18n/translation.js';
import {
  registerTranslation,
  SHIPPED_LANGUAGES,
  type Paper,
  type PaperfeedCard,
  type PaperfeedList,
  type PaperfeedSubscribe,
} from '../../src/index.js';
import { waitUntil } from '../helpers/wait.js';

const ENGLISH: ElementStrings = {
  card: defaultCardStrings,
  list: defaultListStrings,
  subscribe: defaultSubscribeStrings,
};

const isPlural = (value: unknown): value is PluralMessage =>
  typeof value === 'object' && value !== null && 'other' in value;

/** Every text a reader can see or hear in an element, through nested shadow roots. */
function everythingSaid(root: Element | ShadowRoot): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    if (node instanceof Element) {
      for (const name of ['aria-label', 'placeholder', 'title', 'alt']) {
        const value = node.getAttribute(name);
        if (value) parts.push(value);
      }
      if (node.shadowRoot) walk(node.shadowRoot);
    }
    for (const child of node.childNodes) walk(child);
  };
  walk(root);
  return parts.join(' ').replace(/\s+/g, ' ');
}

const papers: Paper[] = [
  {
    id: 'a',
    title: 'Layer Normalization',
    url: 'https://arxiv.org/abs/1607.06450',
    summary:
      'Training state-of-the-art, deep neural networks is computationally expensive. '.repeat(8),
    authors: [
      'Jimmy Lei Ba',
      'Jamie Ryan Kiros',
      'Geoffrey E. Hinton',
      'Ada Lovelace',
      'Alan Turing',
    ].map((name) => ({ name })),
    published: '2016-07-21',
    upvotes: 3,
    comments: 1,
    citations: 21,
    tags: ['normalization'],
    links: {
      pdf: 'https://arxiv.org/pdf/1607.06450',
      code: { url: 'https://github.com/x/y', stars: 5 },
    },
  },
  {
    id: 'b',
    title: 'Attention',
    published: '2017-06-12',
    authors: [],
    tags: ['attention'],
    links: {},
  },
];

describe('the shipped languages are complete', () => {
  for (const code of SHIPPED_LANGUAGES) {
    it(`${code}: every key, and every plural category its rules can select`, async () => {
      const pack = await loadLanguagePack(code);
      const categories = new Intl.PluralRules(code).resolvedOptions().pluralCategories;
      for (const element of ['card', 'list', 'subscribe'] as const) {
        const english = ENGLISH[element] as unknown as Record<string, unknown>;
        const words = pack[element] as unknown as Record<string, unknown>;
        expect(Object.keys(words).sort(), element).to.deep.equal(Object.keys(english).sort());
        for (const [key, value] of Object.entries(english)) {
          const translated = words[key];
          if (isPlural(value)) {
            expect(Object.keys(translated as object).sort(), `${element}.${key}`).to.deep.equal(
              [...categories].sort(),
            );
          } else if (typeof value === 'string') {
            // The same placeholders, so nothing the element fills in is lost.
            const holes = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
            expect(holes(translated as string), `${element}.${key}`).to.deep.equal(holes(value));
          } else {
            expect(Object.keys(translated as object)).to.deep.equal(Object.keys(value as object));
          }
        }
      }
    });

    it(`${code}: plurals for 0, 1, 2, 3, 5, 11, 21, 100`, async () => {
      const pack: LanguagePack = await loadLanguagePack(code);
      const rules = new Intl.PluralRules(code);
      const format = new Intl.NumberFormat(code);
      for (const count of [0, 1, 2, 3, 5, 11, 21, 100]) {
        const category = rules.select(count);
        for (const message of [pack.list.paperCount, pack.card.authorCount, pack.card.upvotes]) {
          const template = message[category] ?? message.other;
          const said = plural(message, count, code);
          expect(said).to.equal(template.replaceAll('{count}', format.format(count)));
          expect(said).not.to.contain('{count}');
        }
      }
    });
  }

  it('Arabic says zero, one, two, a few, many and other as Arabic grammar has them', async () => {
    const { list } = await loadLanguagePack('ar');
    const n = (count: number) => new Intl.NumberFormat('ar').format(count);
    expect(plural(list.paperCount, 0, 'ar')).to.equal(list.paperCount.zero);
    expect(plural(list.paperCount, 2, 'ar')).to.equal(list.paperCount.two);
    expect(plural(list.paperCount, 3, 'ar')).to.contain(n(3));
    expect(plural(list.paperCount, 11, 'ar')).to.equal(
      list.paperCount.many!.replace('{count}', n(11)),
    );
    expect(plural(list.paperCount, 100, 'ar')).to.equal(
      list.paperCount.other.replace('{count}', n(100)),
    );
  });
});

describe('the language is the nearest lang, with fallbacks', () => {
  it('pt-BR reads Portuguese; zh-TW, zh-HK, zh-MO, zh-Hant Traditional Chinese; zh-CN Simplified', () => {
    expect(languageCandidates('pt-BR')).to.deep.equal(['pt-BR', 'pt']);
    for (const tag of ['zh-TW', 'zh-HK', 'zh-MO', 'zh-Hant', 'zh-Hant-CN']) {
      expect(languageCandidates(tag), tag).to.include('zh-Hant');
      expect(languageCandidates(tag), tag).not.to.include('zh-Hans');
    }
    for (const tag of ['zh', 'zh-CN', 'zh-SG', 'zh-Hans']) {
      expect(languageCandidates(tag), tag).to.include('zh-Hans');
    }
    expect(languageCandidates('not a tag')).to.deep.equal([]);
  });

  it('a list in a <div lang="pt-BR"> speaks Portuguese, and French when the lang changes', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="pt-BR"><paperfeed-list searchable page-size="1"></paperfeed-list></div>`,
    );
    const list = wrapper.querySelector('paperfeed-list')!;
    list.papers = papers;
    const pt = await loadLanguagePack('pt');
    await waitUntil(() => everythingSaid(list).includes(pt.list.showMore), 'no Portuguese');
    wrapper.lang = 'fr';
    const fr = await loadLanguagePack('fr');
    await waitUntil(
      () => everythingSaid(list).includes(fr.list.showMore),
      'no French after the change',
    );
    expect(everythingSaid(list)).not.to.contain(pt.list.searchPlaceholder);
    // What the live region said (the count) is worded anew, not left in the language before.
    const status = list.shadowRoot!.querySelector('[role="status"]')!;
    expect(status.textContent!.trim()).to.equal(plural(fr.list.paperCount, papers.length, 'fr'));
  });

  for (const code of ['fr', 'ar'] as const) {
    it(`${code}: a search box narrower than its placeholder ends it in "…"`, async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang=${code} style="width: 300px">
          <paperfeed-list searchable .papers=${papers}></paperfeed-list>
        </div>`,
      );
      const list = wrapper.querySelector('paperfeed-list')!;
      const { list: words } = await loadLanguagePack(code);
      await waitUntil(
        () => list.shadowRoot!.querySelector('[part="search"]') !== null,
        'no search box',
      );
      const input = list.shadowRoot!.querySelector<HTMLInputElement>('[part="search"]')!;
      expect(input.placeholder).to.equal(words.searchPlaceholder);
      const style = getComputedStyle(input);
      const context = document.createElement('canvas').getContext('2d')!;
      context.font = style.font;
      const room =
        input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      expect(context.measureText(input.placeholder).width).to.be.above(room);
      expect(style.textOverflow).to.equal('ellipsis');
    });
  }

  it('an element moved from a <div lang="pt"> into a <div lang="fr"> speaks French', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <div lang="pt">
          <paperfeed-card></paperfeed-card>
          <paperfeed-list page-size="1"></paperfeed-list>
          <paperfeed-subscribe action="/api"></paperfeed-subscribe>
        </div>
        <div lang="fr"></div>
      </div>`,
    );
    const card = wrapper.querySelector<PaperfeedCard>('paperfeed-card')!;
    const list = wrapper.querySelector<PaperfeedList>('paperfeed-list')!;
    const form = wrapper.querySelector<PaperfeedSubscribe>('paperfeed-subscribe')!;
    card.paper = papers[0];
    list.papers = papers;
    const [pt, fr] = await Promise.all([loadLanguagePack('pt'), loadLanguagePack('fr')]);
    const words = (pack: LanguagePack) => [
      pack.card.copyCitation,
      pack.list.showMore,
      pack.subscribe.button,
    ];
    const speak = (pack: LanguagePack) =>
      [card, list, form].every((element, i) => everythingSaid(element).includes(words(pack)[i]!));
    await waitUntil(() => speak(pt), 'no Portuguese');
    wrapper.lastElementChild!.append(card, list, form);
    await waitUntil(() => speak(fr), 'still Portuguese after the move');
  });

  it('Traditional Chinese for zh-TW, through the list into its cards', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="zh-TW"><paperfeed-list></paperfeed-list></div>`,
    );
    const list = wrapper.querySelector('paperfeed-list')!;
    list.papers = papers;
    const hant = await loadLanguagePack('zh-Hant');
    await waitUntil(
      () => everythingSaid(list).includes(hant.card.copyCitation),
      'no zh-Hant cards',
    );
  });

  it('a language Paperfeed does not ship is English until the page registers it', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="nl-BE"><paperfeed-subscribe></paperfeed-subscribe></div>`,
    );
    const subscribe = wrapper.querySelector('paperfeed-subscribe')!;
    await subscribe.updateComplete;
    expect(everythingSaid(subscribe)).to.contain('Subscribe');
    registerTranslation({ lang: 'nl', subscribe: { button: 'Inschrijven' } });
    await waitUntil(
      () => everythingSaid(subscribe).includes('Inschrijven'),
      'registration not taken',
    );
    // What Dutch does not give stays English.
    expect(everythingSaid(subscribe)).to.contain(defaultSubscribeStrings.emailLabel);
  });

  it('a regional registration (pt-BR) changes its words and keeps the shipped pt for the rest', async () => {
    registerTranslation({ lang: 'pt-BR', list: { empty: 'Nada por aqui.' } });
    const list = await fixture<PaperfeedList>(html`<paperfeed-list lang="pt-BR"></paperfeed-list>`);
    list.papers = [];
    await waitUntil(
      () => everythingSaid(list).includes('Nada por aqui.'),
      'regional words missing',
    );
    const pt = await loadLanguagePack('pt');
    list.papers = papers;
    await waitUntil(
      () =>
        everythingSaid(list).includes(pt.list.showMore) ||
        everythingSaid(list).includes(pt.card.copyCitation),
      'no Portuguese',
    );
  });

  it("a site's own wording goes over a shipped language, and an element's strings over both", async () => {
    registerTranslation({ lang: 'it', list: { empty: 'Ancora niente qui.' } });
    const list = await fixture<PaperfeedList>(html`<paperfeed-list lang="it"></paperfeed-list>`);
    list.papers = [];
    await waitUntil(
      () => everythingSaid(list).includes('Ancora niente qui.'),
      'site wording missing',
    );
    list.strings = { empty: 'Vuoto.' };
    await list.updateComplete;
    expect(everythingSaid(list)).to.contain('Vuoto.');
  });
});

describe('readers see plain words; site owners, the reason', () => {
  it('a subscribe box the page set up without an action says so in French, and the owner why', async () => {
    const warned: string[] = [];
    const original = console.warn;
    console.warn = (message: string) => warned.push(message);
    try {
      const form = await fixture<PaperfeedSubscribe>(
        html`<paperfeed-subscribe lang="fr"></paperfeed-subscribe>`,
      );
      const fr = await loadLanguagePack('fr');
      await waitUntil(() => everythingSaid(form).includes(fr.subscribe.button), 'no French');
      const input = form.shadowRoot!.querySelector<HTMLInputElement>('input[type="email"]')!;
      input.value = 'ada@example.org';
      const failed = new Promise<Event>((resolve) =>
        form.addEventListener('paperfeed-subscribe-error', resolve, { once: true }),
      );
      form.shadowRoot!.querySelector('form')!.requestSubmit();
      const event = (await failed) as Event & { message: string };
      await form.updateComplete;
      const shown = form.shadowRoot!.querySelector('[part="message"]')!.textContent!.trim();
      expect(shown).to.equal(fr.subscribe.unavailable);
      expect(event.message).to.contain('no action');
      expect(warned.some((message) => message.includes('no action'))).to.equal(true);
    } finally {
      console.warn = original;
    }
  });
});

describe('no English flash', () => {
  it('a list in a language still on its way shows its skeleton, with no word, until the words come', async () => {
    // Its formatters made: its first render, with its papers, then comes before its words.
    await warmIntl('ko');
    const list = await fixture<PaperfeedList>(
      html`<paperfeed-list lang="ko" searchable .papers=${papers}></paperfeed-list>`,
    );
    expect(list.shadowRoot!.querySelector('[part="base"]')!.getAttribute('aria-busy')).to.equal(
      'true',
    );
    expect(everythingSaid(list).trim()).to.equal('');
    const ko = await loadLanguagePack('ko');
    await waitUntil(() => everythingSaid(list).includes(ko.list.searchPlaceholder), 'no Korean');
  });
});

describe('every element in every shipped language', () => {
  for (const code of SHIPPED_LANGUAGES) {
    it(`${code}: no English word left where a translation exists`, async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang=${code}>
          <paperfeed-list searchable filterable page-size="1"></paperfeed-list>
          <paperfeed-card></paperfeed-card>
          <paperfeed-subscribe frequencies="daily, weekly" ask-name></paperfeed-subscribe>
        </div>`,
      );
      const list = wrapper.querySelector('paperfeed-list') as PaperfeedList;
      const card = wrapper.querySelector('paperfeed-card') as PaperfeedCard;
      const subscribe = wrapper.querySelector('paperfeed-subscribe') as PaperfeedSubscribe;
      list.papers = papers;
      card.paper = papers[0]!;
      const pack = await loadLanguagePack(code);
      await waitUntil(() => everythingSaid(card).includes(pack.card.copyCitation), 'no words');
      await Promise.all([list.updateComplete, subscribe.updateComplete]);
      const said = everythingSaid(wrapper);
      const expectTranslated = (english: string, translated: string, key: string) => {
        if (english === translated || /\{/.test(english) || english.length < 4) return;
        expect(said, key).not.to.contain(english);
      };
      for (const element of ['card', 'list', 'subscribe'] as const) {
        for (const [key, english] of Object.entries(ENGLISH[element])) {
          const translated = (pack[element] as unknown as Record<string, unknown>)[key];
          if (typeof english === 'string') expectTranslated(english, translated as string, key);
        }
      }
      // And the translations are what is shown.
      for (const word of [
        pack.list.showMore,
        pack.list.searchPlaceholder,
        pack.subscribe.button,
        pack.subscribe.emailLabel,
        pack.card.pdf,
      ]) {
        expect(said).to.contain(word);
      }
      expect(said).to.contain(plural(pack.card.moreAuthors, 2, code));
    });
  }
});

describe('names in a list, the language’s way', () => {
  for (const [lang, expected] of [
    ['en', 'Jimmy Lei Ba, Jamie Ryan Kiros, Geoffrey E. Hinton'],
    ['ja', 'Jimmy Lei Ba、Jamie Ryan Kiros、Geoffrey E. Hinton'],
    ['zh-Hans', 'Jimmy Lei Ba、Jamie Ryan Kiros、Geoffrey E. Hinton'],
  ] as const) {
    it(`${lang}: ${expected}`, async () => {
      const card = await fixture<PaperfeedCard>(
        html`<paperfeed-card lang=${lang} .paper=${papers[0]!}></paperfeed-card>`,
      );
      await waitUntil(() => card.shadowRoot!.querySelector('[part="authors"]'), 'no authors');
      const authors = card.shadowRoot!.querySelector('[part="authors"]')!.textContent!;
      expect(authors.replace(/\s+/g, ' ').trim().startsWith(expected)).to.equal(true);
    });
  }
});

describe('right to left', () => {
  for (const [code, scheme] of [
    ['ar', 'light'],
    ['ar', 'dark'],
    ['he', 'light'],
    ['he', 'dark'],
  ] as const) {
    it(`${code} in ${scheme}: every element passes axe, laid out right to left`, async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div
          lang=${code}
          dir="rtl"
          style=${`color-scheme: ${scheme}; background: ${scheme === 'dark' ? '#111' : '#fff'}; color: ${scheme === 'dark' ? '#eee' : '#111'}`}
        >
          <paperfeed-list searchable page-size="1"></paperfeed-list>
          <paperfeed-subscribe></paperfeed-subscribe>
        </div>`,
      );
      const list = wrapper.querySelector('paperfeed-list') as PaperfeedList;
      list.papers = papers;
      const pack = await loadLanguagePack(code);
      await waitUntil(() => everythingSaid(list).includes(pack.list.showMore), 'no words');
      const card = list.shadowRoot!.querySelector('paperfeed-card')!;
      await (card as PaperfeedCard).updateComplete;
      expect(getComputedStyle(card).direction).to.equal('rtl');
      // The title's words start on the right: logical properties, not left and right.
      const range = document.createRange();
      range.selectNodeContents(card.shadowRoot!.querySelector('[part="title"]')!);
      const words = range.getBoundingClientRect();
      const box = card.getBoundingClientRect();
      expect(box.right - words.right).to.be.lessThan(words.left - box.left);
      // The English paper's own text reads left to right (its "?" and the clamp's "…" at the end
      // of its words), its side still the card's; the card's own words stay right to left.
      const own = (part: string) => card.shadowRoot!.querySelector(`[part~="${part}"]`)!;
      for (const part of ['title', 'abstract', 'authors']) {
        expect(own(part).matches(':dir(ltr)'), part).to.equal(true);
        expect(getComputedStyle(own(part)).textAlign, part).to.equal('right');
      }
      expect(own('meta').matches(':dir(rtl)')).to.equal(true);
      await expect(wrapper).to.be.accessible();
    });
  }
});
