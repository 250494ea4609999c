import { expect } from '@open-wc/testing';
import { htmlToText, plainText } from '../../src/text/plain.js';

describe('plainText', () => {
  it('trims, drops control characters and treats empty as absent', () => {
    expect(plainText('  Layer\u0000 Normalization\u0007 ')).to.equal('Layer Normalization');
    expect(plainText('   ')).to.equal(undefined);
    expect(plainText(null)).to.equal(undefined);
    expect(plainText(42)).to.equal('42');
    expect(plainText(Number.NaN)).to.equal(undefined);
  });

  it('keeps markup as literal characters', () => {
    expect(plainText('<b>bold</b>')).to.equal('<b>bold</b>');
  });
});

describe('htmlToText', () => {
  it('keeps paragraphs as lines and decodes entities', () => {
    expect(htmlToText('<p>One &amp; two</p><p>Three&nbsp;&#8211;&#x2014; &hellip;</p>')).to.equal(
      'One & two\nThree\u00a0\u2013\u2014 \u2026',
    );
  });

  it('drops scripts, styles, comments and unclosed script tails', () => {
    expect(htmlToText('a<script>x()</script>b<style>p{}</style>c<!-- d -->e<script>f')).to.equal(
      'abce',
    );
  });

  it('leaves unknown entities as written and replaces invalid code points', () => {
    expect(htmlToText('&madeup; &#0; &#xD800;')).to.equal('&madeup; \uFFFD \uFFFD');
  });

  it('never produces a tag from encoded text', () => {
    expect(htmlToText('&lt;img src=x onerror=alert(1)&gt;')).to.equal(
      '<img src=x onerror=alert(1)>',
    );
  });
});
