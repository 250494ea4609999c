import { posix } from 'node:path';
import MagicString from 'magic-string';
import type { Plugin } from 'vite';

interface ChunkImports {
  imports: readonly string[];
}

/** A chunk and every chunk it imports statically, however deep. */
function staticClosure(file: string, chunks: Record<string, ChunkImports>): Set<string> {
  const found = new Set<string>();
  const visit = (name: string) => {
    if (found.has(name)) return;
    found.add(name);
    for (const imported of chunks[name]?.imports ?? []) visit(imported);
  };
  visit(file);
  return found;
}

/**
 * Makes each `import()` of a chunk also import, at once, the chunks that one imports statically
 * and its importer has not loaded yet: a browser learns a module's imports only once it has
 * fetched it, so an element's chunk and then Lit and the card's chunk were two round trips, one
 * after the other. Vite's own module preloading does this for sites, not for a library's build;
 * this does it with `import()` alone, which a strict content security policy allows wherever it
 * allows the chunk.
 */
export function preloadChunkImports(): Plugin {
  return {
    name: 'paperfeed-preload-chunk-imports',
    renderChunk(code, chunk, _options, meta) {
      if (chunk.dynamicImports.length === 0) return null;
      const loaded = staticClosure(chunk.fileName, meta.chunks);
      const output = new MagicString(code);
      const here = posix.dirname(chunk.fileName);
      const specifier = (file: string) => JSON.stringify(`./${posix.relative(here, file)}`);
      for (const target of chunk.dynamicImports) {
        const missing = [...staticClosure(target, meta.chunks)].filter(
          (file) => file !== target && !loaded.has(file),
        );
        if (missing.length === 0) continue;
        const call = `import(${specifier(target)})`;
        const together = `Promise.all([${[target, ...missing]
          .map((file) => `import(${specifier(file)})`)
          .join(',')}]).then((modules)=>modules[0])`;
        let at = code.indexOf(call);
        // The bundler writing its imports another way would silently bring the round trip back.
        if (at === -1) this.error(`${chunk.fileName} has no ${call} to ask for its imports with`);
        for (; at !== -1; at = code.indexOf(call, at + call.length))
          output.overwrite(at, at + call.length, together);
      }
      return output.hasChanged()
        ? { code: output.toString(), map: output.generateMap({ hires: true }) }
        : null;
    },
  };
}
