// The framework typings are written by hand (types/element-props.d.ts); this keeps them equal to
// what the elements really have, as custom-elements.json (made by `npm run build`) describes it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

const manifest = JSON.parse(readFileSync(new URL('../../custom-elements.json', import.meta.url)));
const typings = readFileSync(new URL('../../types/element-props.d.ts', import.meta.url), 'utf8');

const CLASSES = {
  'paperfeed-card': 'PaperfeedCardProps',
  'paperfeed-list': 'PaperfeedListProps',
  'paperfeed-subscribe': 'PaperfeedSubscribeProps',
};

function settableFields(tagName) {
  const element = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .find((declaration) => declaration.tagName === tagName);
  assert.ok(element, `${tagName} is in the manifest`);
  return element.members
    .filter((member) => member.kind === 'field' && !member.static && !member.readonly)
    .filter((member) => !['private', 'protected'].includes(member.privacy))
    .map((member) => member.name)
    .sort();
}

function typedProps(typeName) {
  const body = new RegExp(`export type ${typeName} = Settable<\\s*\\w+,([^>]*)>`).exec(typings);
  assert.ok(body, `${typeName} is in the typings`);
  return [...body[1].matchAll(/'(\w+)'/g)].map((match) => match[1]).sort();
}

for (const [tagName, typeName] of Object.entries(CLASSES)) {
  test(`${typeName} names every settable property of <${tagName}>`, () => {
    assert.deepEqual(typedProps(typeName), settableFields(tagName));
  });
}

test('every field the table gives a card property is a property of <paperfeed-card>, with an attribute', () => {
  const table = readFileSync(new URL('../../src/data/fields.ts', import.meta.url), 'utf8');
  const cardProperties = [...table.matchAll(/card: '(\w+)'/g)].map((match) => match[1]);
  assert.ok(cardProperties.length >= 10);
  const card = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .find((declaration) => declaration.tagName === 'paperfeed-card');
  for (const name of cardProperties) {
    const member = card.members.find((each) => each.name === name);
    assert.ok(member, `<paperfeed-card> has no property ${name}`);
    assert.ok(
      card.attributes.some((attribute) => attribute.fieldName === name),
      `<paperfeed-card> has no attribute for ${name}`,
    );
  }
});
