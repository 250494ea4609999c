import { expect } from '@open-wc/testing';
import { foldWhiteSpace } from '../../src/text/white-space.js';

describe('foldWhiteSpace', () => {
  it('makes each run of white space one space, and leaves single spaces as they are', () => {
    const cases: [text: string, folded: string][] = [
      ['Diffusion models  are\nstrong', 'Diffusion models are strong'],
      ['a\tb\r\nc', 'a b c'],
      ['  leading and trailing \n', ' leading and trailing '],
      ['no\u00a0break\u2009thin\u3000ideographic\ufeffbom', 'no break thin ideographic bom'],
      [' \u00a0 \n', ' '],
      ['one space between words', 'one space between words'],
      ['', ''],
    ];
    for (const [text, folded] of cases) {
      expect(foldWhiteSpace(text), JSON.stringify(text)).to.equal(folded);
      // The same as folding every run, which it replaces.
      expect(foldWhiteSpace(text), JSON.stringify(text)).to.equal(text.replace(/\s+/g, ' '));
    }
  });
});
