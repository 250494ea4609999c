import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../src/define.js';
import { shadowQuery, countIn, textIn } from '../../helpers/shadow.js';
import { PaperfeedErrorEvent, PaperfeedLoadEvent, type PaperfeedCard } from '../../../src/index.js';
import { requestsSeen, uniqueKey } from '../../helpers/server.js';
import { waitUntil } from '../../helpers/wait.js';

const $ = shadowQuery;
const textOf = textIn;

const ABSTRACT =
  'Training state-of-the-art, deep neural networks is computationally expensive. One way to reduce the training time is to normalize the activities of the neurons.';

describe('<paperfeed-card> written in plain HTML', () => {
  it('reads its paper from attributes, with the light-DOM text as the abstract', async () => {
    const card = await fixture<PaperfeedCard>(html`
      <paperfeed-card
        lang="en"
        paper-title="Layer Normalization"
        href="https://arxiv.org/abs/1607.06450"
        authors="Jimmy Lei Ba, Jamie Ryan Kiros, Geoffrey E. Hinton"
        published="2016-07-21"
        venue="arXiv"
      >
        ${ABSTRACT}
      </paperfeed-card>
    `);
    expect(textOf(card, 'h3')).to.equal('Layer Normalization');
    expect(($(card, 'h3 a') as HTMLAnchorElement).href).to.equal(
      'https://arxiv.org/abs/1607.06450',
    );
    expect(textOf(card, '[part="authors"]')).to.equal(
      'Jimmy Lei Ba, Jamie Ryan Kiros, Geoffrey E. Hinton',
    );
    expect(textOf(card, 'time')).to.equal('Jul 21, 2016');
    expect(textOf(card, '[part="venue"]')).to.equal('arXiv');
    expect(textOf(card, '[part="abstract"]')).to.equal(ABSTRACT);
    // The arXiv URL gives the arXiv id, and with it the PDF.
    expect(($(card, '[part="link"]') as HTMLAnchorElement).href).to.equal(
      'https://arxiv.org/pdf/1607.06450',
    );
    expect(card.hasAttribute('title')).to.equal(false);
    await expect(card).to.be.accessible();
  });

  it('splits authors on semicolons when any is present', async () => {
    const card = await fixture<PaperfeedCard>(html`
      <paperfeed-card
        paper-title="Layer Normalization"
        authors="Ba, Jimmy; Kiros, Jamie"
      ></paperfeed-card>
    `);
    expect(textOf(card, '[part="authors"]')).to.equal('Ba, Jimmy, Kiros, Jamie');
    expect(card.shownPaper!.authors).to.deep.equal([
      { name: 'Ba, Jimmy' },
      { name: 'Kiros, Jamie' },
    ]);
  });

  it('reads a title link from the title slot, and follows edits to its children', async () => {
    const card = await fixture<PaperfeedCard>(html`
      <paperfeed-card published="2016-07-21">
        <a slot="title" href="https://arxiv.org/abs/1607.06450">Layer Normalization</a>
        ${ABSTRACT}
      </paperfeed-card>
    `);
    expect(textOf(card, 'h3')).to.equal('Layer Normalization');
    expect(($(card, 'h3 a') as HTMLAnchorElement).href).to.equal(
      'https://arxiv.org/abs/1607.06450',
    );
    expect(textOf(card, '[part="abstract"]')).to.equal(ABSTRACT);

    card.querySelector('a')!.textContent = 'Layer Normalization (revised)';
    await waitUntil(() => textOf(card, 'h3') === 'Layer Normalization (revised)');
  });

  it('drops a javascript: href written in the page', async () => {
    const card = await fixture<PaperfeedCard>(html`
      <paperfeed-card
        paper-title="T"
        href="javascript:alert(1)"
        pdf=" JAVASCRIPT:alert(1)"
      ></paperfeed-card>
    `);
    expect(countIn(card, 'a')).to.equal(0);
  });

  it('reads well before it upgrades: a link and the abstract, as plain HTML', async () => {
    // A document with no Paperfeed script: what a reader sees before the element loads.
    const frame = await fixture<HTMLIFrameElement>(html`<iframe title="before upgrade"></iframe>`);
    frame.contentDocument!.body.innerHTML = `<paperfeed-card published="2016-07-21"><a slot="title" href="https://arxiv.org/abs/1607.06450">Layer Normalization</a> ${ABSTRACT}</paperfeed-card>`;
    const page = frame.contentDocument!;
    expect(page.defaultView!.customElements.get('paperfeed-card')).to.equal(undefined);
    expect(page.body.innerText).to.contain('Layer Normalization');
    expect(page.body.innerText).to.contain('Training state-of-the-art');
    expect(page.querySelector('a')!.href).to.equal('https://arxiv.org/abs/1607.06450');
  });
});

describe('<paperfeed-card src>', () => {
  it('fetches a Hugging Face /api/papers/{id} response and fires paperfeed-load once', async () => {
    const card = await fixture<PaperfeedCard>(
      html`<paperfeed-card src="/test/fixtures/hugging-face/paper.json"></paperfeed-card>`,
    );
    const event = (await oneEvent(card, 'paperfeed-load')) as PaperfeedLoadEvent;
    expect(event).to.be.instanceOf(PaperfeedLoadEvent);
    expect(event.paper!.id).to.equal('2306.13575');
    expect(event.feed.papers).to.have.length(1);
    await card.updateComplete;
    expect(textOf(card, 'h3')).to.equal('Scaling MLPs: A Tale of Inductive Bias');
    await expect(card).to.be.accessible();
  });

  it('shows the paper picked by paper-id', async () => {
    const card = await fixture<PaperfeedCard>(
      html`<paperfeed-card src="/http/counted?key=pick" paper-id="relative"></paperfeed-card>`,
    );
    await oneEvent(card, 'paperfeed-load');
    await card.updateComplete;
    expect(textOf(card, 'h3')).to.equal('A paper with a relative link');
  });

  it('shows the paper a changed paper-id picks', async () => {
    const card = await fixture<PaperfeedCard>(
      html`<paperfeed-card src="/http/counted?key=repick" paper-id="relative"></paperfeed-card>`,
    );
    await oneEvent(card, 'paperfeed-load');
    const loaded = oneEvent(card, 'paperfeed-load') as Promise<PaperfeedLoadEvent>;
    card.setAttribute('paper-id', 'layer-norm');
    expect((await loaded).paper!.id).to.equal('layer-norm');
    await card.updateComplete;
    expect(textOf(card, 'h3')).to.equal('Layer Normalization');
    const failed = oneEvent(card, 'paperfeed-error');
    card.setAttribute('paper-id', 'nope');
    await failed;
  });

  it('shows a skeleton of its size while loading, busy for screen readers', async () => {
    const card = await fixture<PaperfeedCard>(
      html`<paperfeed-card src=${'/http/slow?ms=400&key=skeleton'}></paperfeed-card>`,
    );
    const skeleton = $(card, '[part~="skeleton"]')!;
    expect(skeleton.getAttribute('aria-busy')).to.equal('true');
    expect(textOf(card, '[role="status"]')).to.equal('Loading paper…');
    expect(card.getBoundingClientRect().height).to.be.greaterThan(60);
    await expect(card).to.be.accessible();
    await oneEvent(card, 'paperfeed-load');
  });

  it('waits with loading="lazy" until it nears the viewport, keeping the room of its placeholder', async () => {
    const key = uniqueKey();
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <paperfeed-card src=${`/http/slow?ms=2000&key=${uniqueKey()}`}></paperfeed-card>
        <div style="height: 3000px"></div>
        <paperfeed-card loading="lazy" src=${`/http/counted?key=${key}`}></paperfeed-card>
      </div>`,
    );
    const [loadingCard, card] = [...wrapper.querySelectorAll('paperfeed-card')] as [
      PaperfeedCard,
      PaperfeedCard,
    ];
    try {
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect((await requestsSeen(key)).length).to.equal(0);
      // The placeholder a card shows while loading, but not busy, and no status region: one
      // made with its words when the load begins is not read out as the reader scrolls by.
      expect($(card, '[part~="skeleton"]')!.getAttribute('aria-busy')).to.equal('false');
      expect(countIn(card, '[role="status"]')).to.equal(0);
      expect(card.getBoundingClientRect().height).to.be.closeTo(
        loadingCard.getBoundingClientRect().height,
        0.01,
      );
      await expect(card).to.be.accessible();
      card.scrollIntoView();
      await oneEvent(card, 'paperfeed-load');
      await card.updateComplete;
      expect(textOf(card, 'h3')).to.equal('Layer Normalization');
      expect((await requestsSeen(key)).length).to.equal(1);
    } finally {
      window.scrollTo(0, 0);
    }
  });

  it('still waits when it left the page and came back before its first render', async () => {
    const key = uniqueKey();
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><div style="height: 3000px"></div></div>`,
    );
    const card = document.createElement('paperfeed-card');
    card.loading = 'lazy';
    card.src = `/http/counted?key=${key}`;
    wrapper.append(card);
    card.remove();
    await new Promise((resolve) => setTimeout(resolve, 100));
    wrapper.append(card);
    try {
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect((await requestsSeen(key)).length).to.equal(0);
      card.scrollIntoView();
      await waitUntil(() => textOf(card, 'h3') === 'Layer Normalization', 'never loaded');
      expect((await requestsSeen(key)).length).to.equal(1);
    } finally {
      window.scrollTo(0, 0);
    }
  });

  it('keeps its paper when made lazy once loaded, and when moved in the page', async () => {
    const key = uniqueKey();
    let loads = 0;
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <paperfeed-card
          src=${`/http/counted?key=${key}`}
          @paperfeed-load=${() => loads++}
        ></paperfeed-card>
        <section></section>
      </div>`,
    );
    const card = wrapper.querySelector('paperfeed-card') as PaperfeedCard;
    await waitUntil(() => loads === 1, 'never loaded');
    card.loading = 'lazy';
    wrapper.querySelector('section')!.append(card);
    card.paperTitle = 'an update after the move';
    await new Promise((resolve) => setTimeout(resolve, 200));
    await card.updateComplete;
    expect(textOf(card, 'h3')).to.equal('Layer Normalization');
    expect((await requestsSeen(key)).length).to.equal(1);
    expect(loads).to.equal(1);
  });

  it('loads when moved in the page while its paper was on its way', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <paperfeed-card src=${`/http/slow?ms=400&key=${uniqueKey()}`}></paperfeed-card>
        <section></section>
      </div>`,
    );
    const card = wrapper.querySelector('paperfeed-card') as PaperfeedCard;
    await new Promise((resolve) => setTimeout(resolve, 100));
    wrapper.querySelector('section')!.append(card);
    await waitUntil(() => textOf(card, 'h3') !== '', 'stuck on its placeholder');
    expect(countIn(card, '[part~="skeleton"]')).to.equal(0);
  });

  it('takes a blank src for none: a hand-written card shows its own paper', async () => {
    const card = await fixture<PaperfeedCard>(
      html`<paperfeed-card src="  " loading="lazy" paper-title="Written by hand"></paperfeed-card>`,
    );
    expect(textOf(card, 'h3')).to.equal('Written by hand');
    expect(countIn(card, '[part~="skeleton"]')).to.equal(0);
  });

  it('shows what went wrong with a Retry that works, and fires paperfeed-error', async () => {
    const key = `retry${Math.random().toString(36).slice(2)}`;
    const card = await fixture<PaperfeedCard>(
      html`<paperfeed-card src=${`/http/flaky?key=${key}`}></paperfeed-card>`,
    );
    const failure = (await oneEvent(card, 'paperfeed-error')) as PaperfeedErrorEvent;
    expect(failure).to.be.instanceOf(PaperfeedErrorEvent);
    expect(failure.error.kind).to.equal('http');
    await card.updateComplete;
    const error = $(card, '[part~="error"]')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(error.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Could not load this paper. Retry',
    );
    expect(failure.error.message).to.contain('The server answered 503');
    await expect(card).to.be.accessible();

    const retry = $(card, '[part="retry-button"]') as HTMLButtonElement;
    retry.focus();
    retry.click();
    await oneEvent(card, 'paperfeed-load');
    await card.updateComplete;
    expect(textOf(card, 'h3')).to.equal('Layer Normalization');
    // The focus comes to the paper that came, not back to the page's body.
    await waitUntil(() => card.shadowRoot!.activeElement === $(card, 'h3 a'), 'the focus was lost');
  });

  it('says when paper-id is not in the feed', async () => {
    const card = await fixture<PaperfeedCard>(
      html`<paperfeed-card src="/http/counted?key=missing" paper-id="nope"></paperfeed-card>`,
    );
    const failure = (await oneEvent(card, 'paperfeed-error')) as PaperfeedErrorEvent;
    expect(failure.error.message).to.contain('No paper with id "nope"');
  });

  it('fires no event when it is handed its paper', async () => {
    const events: string[] = [];
    const listen = (event: Event) => events.push(event.type);
    document.addEventListener('paperfeed-load', listen);
    document.addEventListener('paperfeed-error', listen);
    try {
      const card = await fixture<PaperfeedCard>(html`<paperfeed-card></paperfeed-card>`);
      card.paper = { id: 'x', title: 'Handed', authors: [], tags: [], links: {} };
      await card.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(textOf(card, 'h3')).to.equal('Handed');
      expect(events).to.deep.equal([]);
    } finally {
      document.removeEventListener('paperfeed-load', listen);
      document.removeEventListener('paperfeed-error', listen);
    }
  });
});

describe('<paperfeed-card> with both a paper and a src', () => {
  it('shows the paper it was handed and never fetches src, nor fires paperfeed-load', async () => {
    const key = uniqueKey();
    let loads = 0;
    const card = await fixture<PaperfeedCard>(
      html`<paperfeed-card
        src=${`/http/counted?key=${key}`}
        .paper=${{ id: 'p', title: 'Handed paper', authors: [], tags: [], links: {} }}
        @paperfeed-load=${() => loads++}
      ></paperfeed-card>`,
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    await card.updateComplete;
    expect(textOf(card, '[part="title"]')).to.equal('Handed paper');
    expect((await requestsSeen(key)).length).to.equal(0);
    expect(loads).to.equal(0);
  });
});
