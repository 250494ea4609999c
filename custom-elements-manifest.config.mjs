// `cem analyze` reads the elements' JSDoc into custom-elements.json, which Storybook's docs,
// editors and docs/elements/*.md are generated from.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.d.ts'],
  outdir: '.',
  litelement: true,
};
