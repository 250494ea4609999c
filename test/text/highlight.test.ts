import { expect } from '@open-wc/testing';
import { highlightParts, searchTerms } from '../../src/text/highlight.js';
import { plural } from '../../src/base/plural.js';
import { splitNames as splitAuthors } from '../../src/base/converters.js';

describe('highlightParts', () => {
  it('splits text around every case-insensitive match, longest term first', () => {
    expect(highlightParts('Transformers transform', ['trans', 'transformer'])).to.deep.equal([
      { text: 'Transformer', match: true },
      { text: 's ', match: false },
      { text: 'trans', match: true },
      { text: 'form', match: false },
    ]);
  });

  it('treats regular-expression characters as text', () => {
    expect(highlightParts('C++ (and C)', searchTerms('c++ (and'))).to.deep.equal([
      { text: 'C++', match: true },
      { text: ' ', match: false },
      { text: '(and', match: true },
      { text: ' C)', match: false },
    ]);
  });

  it('ignores case, accents and the kind of white space, whatever characters are around', () => {
    const text =
      'ÉCOLE\tNormale, ecole; Ünïcode 𝒜 LAYER\u00a0norm; e\u0301cole; Layer\tNorm\nlayer\nnorm';
    const marked = highlightParts(text, searchTerms('ecole unicode Layer'))
      .filter((part) => part.match)
      .map((part) => part.text);
    expect(marked).to.deep.equal([
      'ÉCOLE',
      'ecole',
      'Ünïcode',
      'LAYER',
      'e\u0301cole',
      'Layer',
      'layer',
    ]);
    // A term's space matches a tab, a line break or a no-break space alike.
    expect(
      highlightParts(text, ['layer norm'])
        .filter((part) => part.match)
        .map((part) => part.text),
    ).to.deep.equal(['LAYER\u00a0norm', 'Layer\tNorm', 'layer\nnorm']);
  });

  it('leaves text alone without terms', () => {
    expect(highlightParts('Layer', [])).to.deep.equal([{ text: 'Layer', match: false }]);
    expect(searchTerms('   ')).to.deep.equal([]);
  });
});

describe('plural', () => {
  it("picks the locale's plural category and formats the number", () => {
    const authors = { one: '{count} author', other: '{count} authors' };
    expect(plural(authors, 1, 'en')).to.equal('1 author');
    expect(plural(authors, 1200, 'en')).to.equal('1,200 authors');
    const polish = {
      one: '{count} autor',
      few: '{count} autorzy',
      many: '{count} autorów',
      other: '{count} autora',
    };
    expect(plural(polish, 3, 'pl')).to.equal('3 autorzy');
    expect(plural(polish, 5, 'pl')).to.equal('5 autorów');
  });
});

describe('splitAuthors', () => {
  it('splits on commas, or on semicolons when any is present', () => {
    expect(splitAuthors('Jimmy Lei Ba, Jamie Ryan Kiros ,Geoffrey E. Hinton')).to.deep.equal([
      'Jimmy Lei Ba',
      'Jamie Ryan Kiros',
      'Geoffrey E. Hinton',
    ]);
    expect(splitAuthors('Ba, Jimmy; Kiros, Jamie;')).to.deep.equal(['Ba, Jimmy', 'Kiros, Jamie']);
    expect(splitAuthors(undefined)).to.deep.equal([]);
  });
});
