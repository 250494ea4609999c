import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { SHIPPED_LANGUAGES } from './src/i18n/shipped.js';
import { minifyCssTemplates } from './vite.css-templates.js';
import { preloadChunkImports } from './vite.preload-chunks.js';

/** Each shipped language as a file of its own, which the classic script imports by name. */
const languageEntries = Object.fromEntries(
  SHIPPED_LANGUAGES.map((code) => [`paperfeed-lang-${code}`, `src/i18n/lang/${code}.ts`]),
);

/** `paperfeed-reserve.css` beside the CDN files: the room the elements take before their script. */
function reserveStylesheet(): Plugin {
  return {
    name: 'paperfeed-reserve-stylesheet',
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: 'paperfeed-reserve.css',
        source: readFileSync(new URL('src/styles/reserve.css', import.meta.url)),
      });
    },
  };
}

/** The CDN files a page loads only for some sources, languages or lengths of feed. */
const ON_DEMAND = /^(paperfeed-(lang-|xml|bibtex|entities)|latex-|virtualize-|flow-)/;

/**
 * V8's explicit compile hint (Chromium 136 and later; a comment to other engines), on the first
 * line of each CDN file a page runs as soon as it has it: its functions are compiled on a
 * background thread while the file streams in, not on the page's thread the first time each
 * runs, which made every task of a cold page's first cards long on a phone's CPU. Not on the
 * files loaded on demand: most of their code may never run.
 */
const compileHint = ({ fileName }: { fileName: string }) =>
  ON_DEMAND.test(fileName) ? '' : '//# allFunctionsCalledOnLoad';

/**
 * Three builds, chosen by `--mode`:
 * - default: the npm package, ES modules with `lit` left as a dependency;
 * - `cdn`: `dist/cdn/paperfeed.js`, one minified ES module with Lit inlined;
 * - `iife`: `dist/cdn/paperfeed.iife.js`, the same as a classic script exposing `window.Paperfeed`.
 * `npm run build` cleans `dist/` first, so no build empties it.
 */
const builds: Record<string, UserConfig['build']> = {
  production: {
    outDir: 'dist',
    lib: {
      entry: {
        index: 'src/index.ts',
        define: 'src/define.ts',
        card: 'src/components/card/define.ts',
        list: 'src/components/list/define.ts',
        subscribe: 'src/components/subscribe/define.ts',
        output: 'src/output/index.ts',
        hydrate: 'src/hydrate.ts',
        prerender: 'src/output/prerender.ts',
      },
      formats: ['es'],
    },
    // Lit and its controllers stay dependencies: a page must load one copy of each.
    rolldownOptions: { external: /^(lit|lit-html|lit-element|@lit\/[^/]+|@lit-labs\/[^/]+)(\/|$)/ },
  },
  cdn: {
    outDir: 'dist/cdn',
    lib: {
      // The on-demand files are entries too: the classic script imports them by these names.
      entry: {
        paperfeed: 'src/cdn.ts',
        'paperfeed-hydrate': 'src/cdn-hydrate.ts',
        'paperfeed-entities': 'src/text/entities-full.ts',
        'paperfeed-xml': 'src/data/formats/xml-feed.ts',
        'paperfeed-bibtex': 'src/data/formats/bibtex.ts',
        ...languageEntries,
      },
      formats: ['es'],
    },
    rolldownOptions: {
      // The entry is the data layer and the loader itself, and exports what the element chunks
      // import from it too: a re-exporting entry was one more round trip before any element's
      // code was asked for. Lit's template core and directive helpers get chunks of their own:
      // the hydrate entry imports them too, and would otherwise hold them for every element chunk.
      preserveEntrySignatures: 'allow-extension',
      output: {
        minify: true,
        comments: { annotation: false },
        postBanner: compileHint,
        codeSplitting: {
          groups: [
            { name: 'lit-html', test: /lit-html[\\/]lit-html\.js$/ },
            { name: 'directive-helpers', test: /lit-html[\\/]directive(-helpers)?\.js$/ },
          ],
        },
      },
    },
  },
  iife: {
    outDir: 'dist/cdn',
    lib: {
      entry: 'src/cdn.ts',
      formats: ['iife'],
      name: 'Paperfeed',
      fileName: () => 'paperfeed.iife.js',
    },
    rolldownOptions: {
      output: { minify: true, comments: { annotation: false }, postBanner: compileHint },
    },
  },
};

export default defineConfig(({ mode }) => {
  const build = builds[mode];
  if (!build) throw new Error(`Unknown build mode "${mode}": use production, cdn or iife`);
  return {
    plugins:
      mode === 'cdn'
        ? [minifyCssTemplates(), reserveStylesheet(), preloadChunkImports()]
        : [minifyCssTemplates()],
    // The classic script imports what it loads on demand from the CDN module build beside it.
    resolve:
      mode === 'iife'
        ? {
            alias: [
              {
                find: /^\.\/import-full-entities\.js$/,
                replacement: fileURLToPath(
                  new URL('src/text/import-full-entities.classic.ts', import.meta.url),
                ),
              },
              {
                find: /^\.\/load-language\.js$/,
                replacement: fileURLToPath(
                  new URL('src/i18n/load-language.classic.ts', import.meta.url),
                ),
              },
              {
                find: /^\.\/import-syntax\.js$/,
                replacement: fileURLToPath(
                  new URL('src/data/import-syntax.classic.ts', import.meta.url),
                ),
              },
            ],
          }
        : undefined,
    build: {
      ...build,
      emptyOutDir: false,
      sourcemap: true,
      target: 'es2022',
      copyPublicDir: false,
    },
  };
});
