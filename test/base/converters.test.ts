import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { PaperfeedCard, PaperfeedList } from '../../src/index.js';
import { splitNames } from '../../src/base/converters.js';

describe('attributes, parsed once into their properties', () => {
  it('gives the list numbers and lists, not strings to parse again', async () => {
    const list = await fixture<PaperfeedList>(
      html`<paperfeed-list
        page-size="5"
        filter-tags="nlp, vision ,"
        filter-author="Ba, Jimmy; Hinton, Geoffrey"
        highlight-authors="Ada Lovelace, Alan Turing"
      ></paperfeed-list>`,
    );
    expect(list.pageSize).to.equal(5);
    expect(list.filterTags).to.deep.equal(['nlp', 'vision']);
    expect(list.filterAuthor).to.deep.equal(['Ba, Jimmy', 'Hinton, Geoffrey']);
    expect(list.highlightAuthors).to.deep.equal(['Ada Lovelace', 'Alan Turing']);
    list.setAttribute('page-size', 'all');
    expect(list.pageSize).to.equal('all');
    list.setAttribute('page-size', 'lots');
    expect(list.pageSize).to.equal(20);
  });

  it('gives the hand-written card its authors and tags as lists', async () => {
    const card = await fixture<PaperfeedCard>(
      html`<paperfeed-card
        paper-title="T"
        authors="Jimmy Lei Ba, Jamie Ryan Kiros"
        tags="a, b"
      ></paperfeed-card>`,
    );
    expect(card.authors).to.deep.equal(['Jimmy Lei Ba', 'Jamie Ryan Kiros']);
    expect(card.tags).to.deep.equal(['a', 'b']);
    expect(splitNames('Ba, Jimmy;')).to.deep.equal(['Ba, Jimmy']);
  });
});
