// Writes docs/elements/<tag>.md from custom-elements.json, so the reference cannot drift from
// the code's JSDoc. `--check` writes nothing and fails when a committed page is out of date.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const manifestUrl = new URL('../custom-elements.json', import.meta.url);
if (!existsSync(manifestUrl)) {
  console.error('custom-elements.json is missing: run npm run build first');
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(manifestUrl, 'utf8'));

const cell = (text) => (text ?? '').replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');
const code = (text) => (text ? `\`${text.replace(/`/g, "'")}\`` : '');

function table(headers, rows) {
  if (rows.length === 0) return '';
  return [
    `| ${headers.join(' | ')} |`,
    `| ${headers.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
  ].join('\n');
}

function page(element, modulePath) {
  const publicFields = (element.members ?? []).filter(
    (member) => member.kind === 'field' && !member.privacy && !member.static && !member.readonly,
  );
  const methods = (element.members ?? []).filter(
    (member) => member.kind === 'method' && !member.privacy && !member.static,
  );
  const sections = [
    `# \`<${element.tagName}>\``,
    `<!-- Generated from custom-elements.json by scripts/element-docs.mjs: edit the JSDoc in ${modulePath}, then run npm run docs:elements. -->`,
    element.summary ?? '',
    element.description ?? '',
    '## Attributes and properties',
    table(
      ['Attribute', 'Property', 'Type', 'Default', 'Description'],
      publicFields.map((field) => [
        code(field.attribute),
        code(field.name),
        code(field.type?.text),
        code(field.default),
        field.description,
      ]),
    ),
    methods.length ? '## Methods' : '',
    table(
      ['Method', 'Description'],
      methods.map((method) => [code(`${method.name}()`), method.description]),
    ),
    element.events?.length ? '## Events' : '',
    table(
      ['Event', 'Description'],
      (element.events ?? []).map((event) => [code(event.name), event.description]),
    ),
    element.slots?.length ? '## Slots' : '',
    table(
      ['Slot', 'Description'],
      (element.slots ?? []).map((slot) => [
        slot.name ? code(slot.name) : '(default)',
        slot.description,
      ]),
    ),
    element.cssParts?.length ? '## CSS parts' : '',
    table(
      ['Part', 'Description'],
      (element.cssParts ?? []).map((part) => [code(part.name), part.description]),
    ),
    element.cssStates?.length ? '## CSS states' : '',
    table(
      ['State', 'Description'],
      (element.cssStates ?? []).map((state) => [code(`:state(${state.name})`), state.description]),
    ),
    element.cssProperties?.length ? '## CSS custom properties' : '',
    table(
      ['Property', 'Description'],
      (element.cssProperties ?? []).map((property) => [code(property.name), property.description]),
    ),
  ];
  return `${sections.filter((section) => section !== '').join('\n\n')}\n`;
}

let stale = [];
for (const module of manifest.modules) {
  for (const declaration of module.declarations ?? []) {
    if (!declaration.customElement || !declaration.tagName) continue;
    const target = new URL(`../docs/elements/${declaration.tagName}.md`, import.meta.url);
    const text = page(declaration, module.path);
    if (process.argv.includes('--check')) {
      if (!existsSync(target) || readFileSync(target, 'utf8') !== text)
        stale.push(declaration.tagName);
    } else {
      writeFileSync(target, text);
      console.log(`wrote docs/elements/${declaration.tagName}.md`);
    }
  }
}
if (stale.length > 0) {
  console.error(`docs/elements out of date for ${stale.join(', ')}: run npm run docs:elements`);
  process.exit(1);
}
