import { expect } from '@open-wc/testing';
import { foldWhiteSpace } from '../../src/text/white-space.js';

describe('foldWhiteSpace', () => {
  it('makes each run of white space one space, and leaves single spaces as they are', () => {
    const cases: [text: string, folded: string][] = [
      ['Diffusion models  are\nstrong', 'Diffusion models are strong'],
      ['a\tb\r\nc', 'a b c'],
      ['  leading and trailing \n', ' leading and trailing '],
      ['line\u2028separator\u0085next\vvertical', 'line separator next vertical'],
      ['one space between words', 'one space between words'],
      ['', ''],
    ];
    for (const [text, folded] of cases) {
      expect(foldWhiteSpace(text), JSON.stringify(text)).to.equal(folded);
    }
  });

  it('keeps the spaces a writer chose, as HTML does: no-break, narrow, thin, ideographic', () => {
    for (const text of [
      'E.\u00a0coli',
      'Pourquoi\u202f?',
      '10\u2009000 papers',
      '深層学習\u3000入門',
      'a \u00a0 b',
    ]) {
      expect(foldWhiteSpace(text), JSON.stringify(text)).to.equal(text);
    }
  });
});
