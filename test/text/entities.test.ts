import { expect } from '@open-wc/testing';
import { characterEntities } from 'character-entities';
import { COMMON_ENTITIES } from '../../src/text/entities-common.js';
import {
  decodeCharacterReferences as decode,
  loadFullEntityTable,
  needsFullEntityTable,
} from '../../src/text/entities.js';

describe('character references', () => {
  it('decodes as HTML does: names with and without ";" where HTML allows, decimal and hex', () => {
    expect(decode('Crystallography &amp; NMR')).to.equal('Crystallography & NMR');
    expect(decode('Schr&ouml;dinger, Poincar&eacute;, &Delta; and &delta;')).to.equal(
      'Schrödinger, Poincaré, Δ and δ',
    );
    // Legacy names decode without ";", the longest that fits: "&notit;" is "¬it;".
    expect(decode('caf&eacute &notit; &amp')).to.equal('café ¬it; &');
    // Names that are not legacy need their ";".
    expect(decode('&omega &omega;')).to.equal('&omega ω');
    expect(decode('&#8217;&#x2014;&#X2013;&#150;')).to.equal('\u2019\u2014\u2013\u2013');
    expect(decode('&#0;&#xD800;&#x110000;')).to.equal('\uFFFD\uFFFD\uFFFD');
  });

  it('decodes once: an escaped reference stays text', () => {
    expect(decode('&amp;lt;b&amp;gt; &amp;amp;')).to.equal('&lt;b&gt; &amp;');
  });

  it('knows every WHATWG name once the full table is loaded, and tells when it is needed', async () => {
    expect(needsFullEntityTable('&amp; &eacute; &alpha; &mdash;')).to.equal(false);
    expect(needsFullEntityTable('a &NotNestedGreaterGreater; b')).to.equal(true);
    expect(needsFullEntityTable('&unknownname; only')).to.equal(true);
    // As the feed's own syntax escapes them: HTML in RSS (`&amp;ncaron;`), Go's JSON (`\u0026`).
    expect(needsFullEntityTable('<description>Ka&amp;ncaron;uch</description>')).to.equal(true);
    expect(needsFullEntityTable('{"title": "Ka\\u0026ncaron;uch"}')).to.equal(true);
    expect(needsFullEntityTable('{"title": "R\\u0026D"}')).to.equal(false);
    await loadFullEntityTable();
    expect(decode('&NotNestedGreaterGreater; &bernou; &CounterClockwiseContourIntegral;')).to.equal(
      `${characterEntities['NotNestedGreaterGreater']} \u212C \u2233`,
    );
    expect(decode('&madeup;')).to.equal('&madeup;');
    expect(needsFullEntityTable('&bernou;')).to.equal(false);
  });

  it('builds in only values the WHATWG list has', () => {
    for (const entry of COMMON_ENTITIES.split(' ')) {
      const colon = entry.indexOf(':');
      const name = entry.slice(0, colon);
      expect(entry.slice(colon + 1), name).to.equal(characterEntities[name]);
    }
  });
});
