import { expect } from '@open-wc/testing';
import { foldForSearch } from '../../src/text/fold.js';

describe('foldForSearch', () => {
  it('lowers the case, drops the accents and makes each white-space character a plain space', () => {
    const cases: [text: string, folded: string][] = [
      ['Bernhard SCHÄFL', 'bernhard schafl'],
      ['e\u0301cole Ünïcode', 'ecole unicode'],
      ['Donald~E.\u00a0Knuth', 'donald~e. knuth'],
      [
        'layer\tnorm\nand\r\nnarrow\u202fthin\u2009ideographic\u3000end',
        'layer norm and  narrow thin ideographic end',
      ],
      ['two  spaces stay two', 'two  spaces stay two'],
      ['𝒜 astral and 深層学習', '𝒜 astral and 深層学習'],
      ['', ''],
    ];
    for (const [text, folded] of cases) {
      expect(foldForSearch(text), JSON.stringify(text)).to.equal(folded);
    }
  });
});
