// These tests load what `npm run build` wrote, not the sources: they catch a build that compiles
// but ships broken (untranspiled syntax, a missing export, a registration tree-shaken away).
import { expect, fixture, html } from '@open-wc/testing';
import { readFixture } from '../helpers/fixtures.js';

type PublicApi = typeof import('../../src/index.js');

const built = (path: string) => new URL(`../../dist/${path}`, import.meta.url).href;
const importBuilt = (path: string) => import(/* @vite-ignore */ built(path)) as Promise<PublicApi>;

function loadClassicScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${src}: run npm run build first`));
    document.head.append(script);
  });
}

async function captureWarnings(action: () => Promise<unknown>): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    await action();
  } finally {
    console.warn = original;
  }
  return warnings;
}

const TAGS = ['paperfeed-card', 'paperfeed-list', 'paperfeed-subscribe'];

function expectOneWarningPerElement(warnings: string[]): void {
  expect(warnings.map((warning) => /<([a-z-]+)>/.exec(warning)?.[1]).sort()).to.deep.equal(TAGS);
}

async function expectWorkingApi(api: PublicApi): Promise<void> {
  expect(api.parseFeed).to.be.a('function');
  expect(api.loadFeed).to.be.a('function');
  expect(new api.FeedError('http', 'x')).to.be.instanceOf(Error);
  const feed = api.parseFeed(await readFixture('hugging-face/daily-papers.json'));
  expect(feed.papers[0]!.title).to.equal(
    'Localizing and Editing Knowledge in Text-to-Image Generative Models',
  );
  const loaded = await api.loadFeed('/http/text-plain', { reload: true });
  expect(loaded.title).to.equal('Served as text');
  // The full list of character references is a file of its own, found by every build.
  await api.loadFullEntityTable();
  const rare = api.parseFeed({
    items: [{ id: 'r', title: '&bernou; &CounterClockwiseContourIntegral;' }],
  });
  expect(rare.papers[0]!.title).to.equal('\u212C \u2233');
}

// One page, as a site that loads Paperfeed twice would have it: the CDN module first, then the
// classic script, then the npm build. Each later copy must warn, never throw.
describe('the built files', () => {
  it('dist/cdn/paperfeed.js exports the API and registers each element as it appears', async () => {
    const api = (await importBuilt('cdn/paperfeed.js')) as PublicApi & {
      loadElement: (tag?: string) => Promise<unknown>;
    };
    await expectWorkingApi(api);
    const card = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(
      html`<paperfeed-card
        paper-title="Layer Normalization"
        published="2016-07-21"
      ></paperfeed-card>`,
    );
    await customElements.whenDefined('paperfeed-card');
    await card.updateComplete;
    expect(card.shadowRoot!.querySelector('h3')!.textContent!.trim()).to.equal(
      'Layer Normalization',
    );
    expect(customElements.get('paperfeed-list')).to.equal(undefined);
    const list = document.createElement('paperfeed-list');
    document.body.append(list);
    try {
      await customElements.whenDefined('paperfeed-list');
    } finally {
      list.remove();
    }
    await api.loadElement();
    expect(customElements.get('paperfeed-list')).not.to.equal(undefined);
  });

  it('dist/cdn/paperfeed.iife.js is a classic script exposing window.Paperfeed, and warns once as a second copy', async () => {
    const warnings = await captureWarnings(async () => {
      await loadClassicScript(built('cdn/paperfeed.iife.js'));
      await (
        window as unknown as { Paperfeed: { loadElement: () => Promise<unknown> } }
      ).Paperfeed.loadElement();
    });
    expectOneWarningPerElement(warnings);
    await expectWorkingApi((window as unknown as { Paperfeed: PublicApi }).Paperfeed);
  });

  it('dist/index.js and dist/define.js, the npm build, load beside the CDN copy', async () => {
    const api = await importBuilt('index.js');
    await expectWorkingApi(api);
    const warnings = await captureWarnings(() => importBuilt('define.js'));
    expectOneWarningPerElement(warnings);
    expect(customElements.get('paperfeed-card')).not.to.equal(api.PaperfeedCard);
    expect(customElements.get('paperfeed-list')).not.to.equal(api.PaperfeedList);
  });
});
