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

// `npm start`: the demo pages, served from demo/ with the library's sources.
export default defineConfig({
  root: 'demo',
  publicDir: false,
  server: { port: 5173, fs: { allow: ['..'] } },
  plugins: [demoSubscribeEndpoint()],
});
