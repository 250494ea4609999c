import { expect } from '@open-wc/testing';
import { bibtexFor, type Paper } from '../../src/index.js';

const layerNorm: Paper = {
  id: 'ln',
  title: 'Layer Normalization',
  url: 'https://arxiv.org/abs/1607.06450',
  authors: [{ name: 'Jimmy Lei Ba' }, { name: 'Jamie Ryan Kiros' }, { name: 'Geoffrey E. Hinton' }],
  published: '2016-07-21',
  tags: [],
  links: { arxiv: 'https://arxiv.org/abs/1607.06450' },
  arxivId: '1607.06450',
};

describe('bibtexFor', () => {
  it("uses the feed's own entry when it has one", () => {
    expect(bibtexFor({ ...layerNorm, bibtex: '@article{own}' })).to.equal('@article{own}');
  });

  it('builds an arXiv entry from the fields', () => {
    expect(bibtexFor(layerNorm)).to.equal(
      [
        '@misc{ba2016layer,',
        '  title = {{Layer Normalization}},',
        '  author = {Jimmy Lei Ba and Jamie Ryan Kiros and Geoffrey E. Hinton},',
        '  year = {2016},',
        '  eprint = {1607.06450},',
        '  archivePrefix = {arXiv},',
        '  url = {https://arxiv.org/abs/1607.06450}',
        '}',
      ].join('\n'),
    );
  });

  it('puts a venue in the journal field, with the DOI, and escapes what BibTeX treats as special', () => {
    const entry = bibtexFor({
      ...layerNorm,
      title: 'Costs & Benefits of 100% {Braces}_x',
      authors: [{ name: 'Ba, Jimmy' }],
      venue: 'Journal of A & B',
      doi: '10.1000/xyz_1',
      arxivId: undefined,
      links: {},
      url: 'https://example.org/p?a=1&b=2',
    })!;
    expect(entry).to.match(/^@article\{ba2016costs,/);
    expect(entry).to.contain('title = {{Costs \\& Benefits of 100\\% \\{Braces\\}\\_x}}');
    expect(entry).to.contain('journal = {Journal of A \\& B}');
    expect(entry).to.contain('doi = {10.1000/xyz_1}');
    expect(entry).to.contain('url = {https://example.org/p?a=1&b=2}');
  });

  it('writes the spaces a title keeps as TeX does, a tilde as text', () => {
    const entry = bibtexFor({
      ...layerNorm,
      title: 'Growth of E.\u00a0coli at ~37 °C: 10\u2009000 cells\u202f? 深層学習\u3000入門',
    })!;
    expect(entry).to.contain(
      'title = {{Growth of E.~coli at \\textasciitilde{}37 °C: 10\\,000 cells\\,? 深層学習 入門}}',
    );
  });

  it('offers nothing without a year', () => {
    expect(bibtexFor({ ...layerNorm, published: undefined })).to.equal(undefined);
  });
});
