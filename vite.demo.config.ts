import { defineConfig } from 'vite';

// `npm start`: the demo pages, served from demo/ with the library's sources.
export default defineConfig({
  root: 'demo',
  publicDir: false,
  server: { port: 5173, fs: { allow: ['..'] } },
});
