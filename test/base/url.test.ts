import { expect } from '@open-wc/testing';
import { safeUrl } from '../../src/data/url.js';

describe('safeUrl', () => {
  it('keeps http(s) URLs, normalized', () => {
    expect(safeUrl(' https://Example.org/a b ')).to.equal('https://example.org/a%20b');
    expect(safeUrl('http://example.org')).to.equal('http://example.org/');
  });

  it('resolves relative URLs against the base, and drops them without one', () => {
    expect(safeUrl('../b.pdf', { base: 'https://lab.example.org/feeds/a.json' })).to.equal(
      'https://lab.example.org/b.pdf',
    );
    expect(safeUrl('b.pdf')).to.equal(undefined);
  });

  it('refuses script and data schemes however they are spelled', () => {
    const base = 'https://lab.example.org/';
    for (const value of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'java\r\nscript:alert(1)',
      '\u0000javascript:alert(1)',
      '\u001fjavascript:alert(1)',
      'vbscript:msgbox(1)',
      'data:text/html,<script>alert(1)</script>',
      'file:///etc/passwd',
      'ftp://example.org/x',
      'blob:https://example.org/x',
    ]) {
      expect(safeUrl(value, { base }), JSON.stringify(value)).to.equal(undefined);
      expect(safeUrl(value, { base, allowMailto: true }), JSON.stringify(value)).to.equal(
        undefined,
      );
    }
  });

  it('tells a scheme from a colon later in a relative link, in any case', () => {
    const base = 'https://lab.example.org/feeds/';
    expect(safeUrl('HTTPS://Lab.Example.org/a', { base })).to.equal('https://lab.example.org/a');
    expect(safeUrl('papers/2310.12345:v2.pdf', { base })).to.equal(
      'https://lab.example.org/feeds/papers/2310.12345:v2.pdf',
    );
    expect(safeUrl('doi:10.1000/182', { base })).to.equal(undefined);
    expect(safeUrl('c:/papers/a.pdf', { base })).to.equal(undefined);
  });

  it('turns an entity-encoded scheme into a harmless relative path', () => {
    expect(safeUrl('&#106;avascript:alert(1)', { base: 'https://lab.example.org/' })).to.equal(
      'https://lab.example.org/&#106;avascript:alert(1)',
    );
  });

  it('allows mailto only where asked', () => {
    expect(safeUrl('mailto:ada@example.org')).to.equal(undefined);
    expect(safeUrl('MAILTO:ada@example.org', { allowMailto: true })).to.equal(
      'mailto:ada@example.org',
    );
    for (const junk of ['mailto:', 'mailto: !', 'mailto:ada', 'mailto:a b@example.org']) {
      expect(safeUrl(junk, { allowMailto: true }), junk).to.equal(undefined);
    }
  });

  it('ignores what is not a string', () => {
    for (const value of [undefined, null, 42, {}, ['https://example.org']]) {
      expect(safeUrl(value)).to.equal(undefined);
    }
  });

  it("gives what this engine's URL parser writes, also for links it keeps without parsing", () => {
    // The first ones are already as the parser writes them (safeUrl skips parsing those); the
    // others are near misses that must go through it.
    for (const value of [
      'https://arxiv.org/abs/2310.12345',
      'https://arxiv.org/pdf/2310.12345v2',
      'https://doi.org/10.1007/978-3-031-57789-5_4',
      'https://huggingface.co/papers/2310.12345?utm=feed&x=1#abstract',
      'https://github.com/google/belief-localization',
      'http://lab.example.org/people/~muro/papers/a(1).pdf',
      'https://idus.us.es/handle//11441/85269',
      'https://example.org/a/./b',
      'https://example.org/a/../b',
      'https://example.org/%7Euser/a%2Fb',
      'https://EXAMPLE.org/a',
      'https://example.org:443/a',
      'https://user@example.org/a',
      'https://example.123/a',
      'https://xn--nxasmq6b.com/a',
      "https://example.org/it's?q='1'",
      'https://example.org/a b',
      'https://example.org/a\\b',
      'https://example.org/{a}/`b`',
      'https://192.168.0.1/a',
    ]) {
      expect(safeUrl(value), value).to.equal(URL.parse(value)?.href);
    }
  });
});
