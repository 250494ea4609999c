import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { subscribeEndpoint } from './demo/server/subscribe-endpoint.mjs';

/** The demo's own subscribe endpoint at /api/subscribe, storing addresses in demo/.data/. */
function demoSubscribeEndpoint(): Plugin {
  const handler = subscribeEndpoint({
    file: fileURLToPath(new URL('./demo/.data/subscribers.jsonl', import.meta.url)),
  });
  return {
    name: 'paperfeed-demo-subscribe',
    configureServer(server) {
      server.middlewares.use((request, response, next) => void handler(request, response, next));
    },
  };
}

/** The site's front door is the demo's index. */
function demoIndex(): Plugin {
  return {
    name: 'paperfeed-demo-index',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        if (request.url !== '/') return next();
        response.writeHead(302, { Location: '/demo/' }).end();
      });
    },
  };
}

/**
 * The classic script as a CDN serves it: byte for byte. Vite's dev server would rewrite its
 * dynamic import (of `paperfeed-entities.js`) with an `import` statement a classic script cannot
 * hold.
 */
function builtClassicScript(): Plugin {
  return {
    name: 'paperfeed-demo-classic-script',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = request.url?.split('?')[0];
        if (path !== '/dist/cdn/paperfeed.iife.js') return next();
        readFile(new URL(`.${path}`, import.meta.url)).then(
          (body) => response.writeHead(200, { 'Content-Type': 'text/javascript' }).end(body),
          next,
        );
      });
    },
  };
}

// `npm run dev`: the demo pages in demo/, the library from its sources (demo/main.ts) or, on the
// CDN and strict-CSP pages, from the build in dist/ (which `npm run dev` makes first).
// `npm start` serves the same pages built and compressed: scripts/demo-site.mjs.
export default defineConfig({
  publicDir: false,
  appType: 'mpa',
  server: { port: 5173, open: false },
  plugins: [demoIndex(), builtClassicScript(), demoSubscribeEndpoint()],
});
