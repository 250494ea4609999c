import { expect } from '@open-wc/testing';
import { defineElement } from '../../src/base/define-element.js';

function captureWarnings(action: () => void): unknown[][] {
  const warnings: unknown[][] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args);
  try {
    action();
  } finally {
    console.warn = original;
  }
  return warnings;
}

describe('defineElement', () => {
  it('registers a new tag', () => {
    class First extends HTMLElement {}
    defineElement('paperfeed-test-first', First);
    expect(customElements.get('paperfeed-test-first')).to.equal(First);
  });

  it('keeps the first definition and warns once when a second copy registers the tag', () => {
    class Original extends HTMLElement {}
    class SecondCopy extends HTMLElement {}
    defineElement('paperfeed-test-twice', Original);
    const warnings = captureWarnings(() => {
      defineElement('paperfeed-test-twice', SecondCopy);
      defineElement('paperfeed-test-twice', SecondCopy);
    });
    expect(customElements.get('paperfeed-test-twice')).to.equal(Original);
    expect(warnings).to.have.length(1);
    expect(String(warnings[0]![0])).to.contain('<paperfeed-test-twice> is already defined');
  });

  it('stays silent when the same class is registered again', () => {
    class Same extends HTMLElement {}
    defineElement('paperfeed-test-same', Same);
    expect(captureWarnings(() => defineElement('paperfeed-test-same', Same))).to.deep.equal([]);
  });
});
