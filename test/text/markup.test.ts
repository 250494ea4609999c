import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { htmlToText, readBlock, readInline } from '../../src/text/plain.js';

describe('the text pipeline: markup scholarly sources send', () => {
  it('keeps the meaning of inline tags as runs, and the plain title beside them', () => {
    expect(readInline('Dynamics of H<sub>2</sub>O in <i>E.&nbsp;coli</i>')).to.deep.equal({
      text: 'Dynamics of H2O in E.\u00a0coli',
      runs: [
        { text: 'Dynamics of H' },
        { text: '2', sub: true },
        { text: 'O in ' },
        { text: 'E.\u00a0coli', italic: true },
      ],
    });
    expect(readInline('the program<i>PLATON</i>')?.runs).to.deep.equal([
      { text: 'the program' },
      { text: 'PLATON', italic: true },
    ]);
    expect(
      readInline('S<sub>N</sub>2 at <strong>10<sup>6</sup></strong> <scp>K</scp>'),
    ).to.deep.equal({
      text: 'SN2 at 106 K',
      runs: [
        { text: 'S' },
        { text: 'N', sub: true },
        { text: '2 at ' },
        { text: '10', bold: true },
        { text: '6', bold: true, sup: true },
        { text: ' K' },
      ],
    });
  });

  it('folds line breaks in titles and keeps paragraph breaks in abstracts', () => {
    expect(readInline('Attention Is\n  All You\r\nNeed')).to.deep.equal({
      text: 'Attention Is All You Need',
    });
    expect(readBlock('First paragraph\nstill first.\n\nSecond one.')).to.deep.equal({
      text: 'First paragraph still first.\nSecond one.',
    });
  });

  it('reads JATS: the "Abstract" label dropped, paragraphs kept, formulas as TeX once', () => {
    const jats =
      '<jats:title>Abstract</jats:title><jats:p>We study <jats:italic>k</jats:italic>-NN with ' +
      '<jats:inline-formula><jats:alternatives><jats:tex-math>\\documentclass[12pt]{minimal}' +
      '\\begin{document}$k$\\end{document}</jats:tex-math><mml:math><mml:mi>k</mml:mi></mml:math>' +
      '<jats:inline-graphic xlink:href="13_2020_1_Article_IEq1.gif"/></jats:alternatives>' +
      '</jats:inline-formula> neighbours.</jats:p><jats:p>CO<jats:sub>2</jats:sub> rises.</jats:p>';
    const block = readBlock(jats);
    expect(block?.text).to.equal('We study k-NN with $k$ neighbours.\nCO2 rises.');
    expect(block?.text).not.to.contain('gif');
    expect(block?.paragraphs?.[1]).to.deep.equal([
      { text: 'CO' },
      { text: '2', sub: true },
      { text: ' rises.' },
    ]);
  });

  it('reads MathML as its text, and keeps other section titles as their own paragraph', () => {
    expect(htmlToText('<p>Let <math><mi>x</mi><mo>=</mo><mn>2</mn></math>.</p>')).to.equal(
      'Let x=2.',
    );
    // Crossref's MathML carries the TeX beside the formula: the formula is read once.
    expect(
      htmlToText(
        'Energy <mml:math><mml:semantics><mml:msup><mml:mi>E</mml:mi><mml:mn>2</mml:mn></mml:msup><mml:annotation encoding="application/x-tex">E^2</mml:annotation></mml:semantics></mml:math> grows.',
      ),
    ).to.equal('Energy E2 grows.');
    expect(
      htmlToText('<jats:sec><jats:title>Background</jats:title><jats:p>Text.</jats:p></jats:sec>'),
    ).to.equal('Background\nText.');
  });

  it('leaves plain text alone: a literal "<" and encoded tags survive as text', () => {
    expect(readBlock('a < b and b > c')?.text).to.equal('a < b and b > c');
    expect(readBlock('if (x<y) swap')?.text).to.equal('if (x<y) swap');
    expect(readBlock('&lt;noscript&gt; shown as code')?.text).to.equal('<noscript> shown as code');
    // Plain by the spec, but clearly markup: a generator left <p> in it.
    expect(readBlock('<p>One &amp; two</p><p>Three</p>')?.text).to.equal('One & two\nThree');
  });

  it('keeps TeX inequalities as text, where a "<" and a later ">" look like a tag', () => {
    const title = 'Sharp bounds for $1<p \\le 2$ and the case $p>2$';
    expect(readInline(title)?.text).to.equal(title);
    const abstract = 'For all $n<m$ the bound holds whenever $k>2$, and $x<y and y>z$ too.';
    expect(readBlock(abstract)?.text).to.equal(abstract);
    expect(htmlToText(`<p>${abstract.replaceAll('<', '&lt;')}</p>`)).to.equal(abstract);
    expect(htmlToText(abstract)).to.equal(abstract);
    // Tags with attributes, valueless ones too, are still tags.
    expect(
      htmlToText('<p class=lead>Video: <iframe src="v" allowfullscreen></iframe>seen.</p>'),
    ).to.equal('Video: seen.');
    expect(readInline('The <i class="sp">Drosophila</i> gut')?.text).to.equal('The Drosophila gut');
  });

  it('normalizes to NFC, so a combining accent equals the composed letter', () => {
    expect(readInline('Lavi\u0301nia')?.text).to.equal('Lav\u00EDnia');
    expect(readInline('Lavi&#x301;nia')?.text).to.equal('Lav\u00EDnia');
  });

  it('survives deep nesting and unclosed tags', () => {
    const deep = '<i>'.repeat(10_000) + 'deep' + '</i>'.repeat(10_000);
    expect(readInline(deep)?.text).to.equal('deep');
    expect(readInline('<b>bold <i>both')?.runs).to.deep.equal([
      { text: 'bold ', bold: true },
      { text: 'both', bold: true, italic: true },
    ]);
  });
});

const TAGS = ['p', 'i', 'b', 'em', 'sub', 'sup', 'span', 'jats:p', 'jats:italic', 'div', 'a'];
const ENTITY = ['&amp;', '&lt;', '&gt;', '&eacute;', '&#8217;', '&#x3b1;', '&nbsp;', '&quot;'];

describe('the text pipeline on any input', () => {
  it('never puts out a tag or a reference the input did not hold as text', () => {
    const fragment = fc.oneof(
      fc.constantFrom(...TAGS).map((tag) => `<${tag}>`),
      fc.constantFrom(...TAGS).map((tag) => `</${tag}>`),
      fc.constantFrom(...TAGS).map((tag) => `<${tag} class="x" title='a>b'>`),
      fc.constantFrom(...ENTITY),
      fc.constantFrom('<script>alert(1)</script>', '<!-- c -->', '<br/>', 'a < b', ' \n '),
      fc.string().map((text) => text.replace(/[<&]/g, '')),
    );
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 30 }), (parts) => {
        const input = parts.join('');
        const inline = readInline(input, 'markup')?.text ?? '';
        const block = readBlock(input, 'markup')?.text ?? '';
        for (const text of [inline, block]) {
          // "<" and "&" come out only where the input encoded them (&lt; &amp;) or wrote "a < b".
          const allowedLt = (input.match(/&lt;|a < b/g) ?? []).length;
          const allowedAmp = (input.match(/&amp;/g) ?? []).length;
          expect((text.match(/</g) ?? []).length).to.be.at.most(allowedLt);
          expect((text.match(/&/g) ?? []).length).to.be.at.most(allowedAmp);
          expect(text).not.to.contain('alert');
        }
      }),
      { numRuns: 500 },
    );
  });

  it('gives back any text that was encoded, as that text', () => {
    const encode = (text: string) =>
      text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (text) => {
        // White space folds as HTML folds it: a no-break or ideographic space stays.
        const fold = (value: string) => value.replace(/[\t\n\v\f\r \x85\u2028\u2029]+/g, ' ');
        const expected = fold(text).trim().normalize('NFC');
        // eslint-disable-next-line no-control-regex
        const kept = expected.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g, '');
        expect(readInline(encode(text), 'markup')?.text ?? '').to.equal(fold(kept).trim());
      }),
      { numRuns: 500 },
    );
  });
});

describe('the shared pipeline cases (also run in Node)', () => {
  it('reads every case as the reader must see it', async () => {
    const { loadFullEntityTable, parseFeed } = await import('../../src/index.js');
    const cases = (await (
      await fetch(new URL('../fixtures/text-pipeline-cases.json', import.meta.url))
    ).json()) as { titles: [string, string][]; abstracts: [string, string][] };
    await loadFullEntityTable();
    const feedOf = (fields: object) => ({
      version: 'https://jsonfeed.org/version/1.1',
      items: [{ id: 'a', title: 'T', ...fields }],
    });
    for (const [input, expected] of cases.titles) {
      expect(parseFeed(feedOf({ title: input })).papers[0]!.title).to.equal(expected);
    }
    for (const [input, expected] of cases.abstracts) {
      expect(parseFeed(feedOf({ content_html: input })).papers[0]!.summary).to.equal(expected);
    }
  });
});
