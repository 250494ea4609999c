import { fixture } from '@open-wc/testing';
import type { Paper, PaperfeedCard } from '../../src/index.js';

/** A card showing `paper`, in an English page, with `attributes` written as HTML. */
export async function cardFor(paper: Paper, attributes = ''): Promise<PaperfeedCard> {
  const wrapper = await fixture<HTMLDivElement>(
    `<div lang="en"><paperfeed-card ${attributes}></paperfeed-card></div>`,
  );
  const card = wrapper.querySelector('paperfeed-card')!;
  card.paper = paper;
  await card.updateComplete;
  return card;
}
