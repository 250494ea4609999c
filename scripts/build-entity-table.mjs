// Writes src/text/entities-common.ts: the character references built into every bundle (HTML's
// legacy names, which decode even without ";", Greek letters and common typography and math).
// Every other name of the WHATWG list comes from `character-entities` in a chunk loaded on demand.
import { writeFileSync } from 'node:fs';
import { characterEntities } from 'character-entities';
import { characterEntitiesLegacy } from 'character-entities-legacy';

const greek =
  'Alpha Beta Gamma Delta Epsilon Zeta Eta Theta Iota Kappa Lambda Mu Nu Xi Omicron Pi Rho Sigma Tau Upsilon Phi Chi Psi Omega'.split(
    ' ',
  );
const common = (
  'apos ndash mdash hellip lsquo rsquo sbquo ldquo rdquo bdquo prime Prime bull dagger Dagger permil ' +
  'lsaquo rsaquo euro trade minus le ge ne asymp equiv infin sum prod radic part nabla isin notin cap ' +
  'cup and or sub sup sube supe sim prop ang int there4 forall exist empty larr rarr uarr darr harr ' +
  'lArr rArr hArr thinsp ensp emsp zwnj zwj lrm rlm OElig oelig Scaron scaron Yuml fnof circ tilde ' +
  'thetasym piv sigmaf epsiv phiv loz frasl lowast lceil rceil lfloor rfloor lang rang sdot oplus ' +
  'otimes perp cong ell hbar ast plus equals colon comma period sol lpar rpar lsqb rsqb lcub rcub ' +
  'num dollar percnt excl quest commat lowbar grave verbar NewLine Tab'
).split(' ');

const names = [
  ...new Set([
    ...characterEntitiesLegacy,
    ...greek,
    ...greek.map((g) => g.toLowerCase()),
    ...common,
  ]),
].sort();
const escape = (text) =>
  [...text]
    .map((char) => {
      const code = char.codePointAt(0);
      return code < 0x21 || code > 0x7e || char === '\\' || char === "'"
        ? `\\u{${code.toString(16)}}`
        : char;
    })
    .join('');
const entries = names.map((name) => {
  const value = characterEntities[name];
  if (value === undefined) throw new Error(`${name} is not an HTML character reference`);
  return `${name}:${escape(value)}`;
});

writeFileSync(
  new URL('../src/text/entities-common.ts', import.meta.url),
  `// Written by scripts/build-entity-table.mjs from \`character-entities\`: do not edit by hand.

/** Space-separated \`name:value\` pairs (no value is a space) of the character references every bundle decodes without loading a chunk. */
export const COMMON_ENTITIES = '${entries.join(' ')}';

/** Names HTML decodes even without the closing ";" (\`&eacute\`), longest match first. */
export const LEGACY_ENTITIES = '${[...characterEntitiesLegacy].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).join(',')}';
`,
);
console.log(`${names.length} common character references written`);
