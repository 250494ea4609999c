import { createServer } from 'vite';

/** The demo as `npm run dev` serves it, on a free port of this machine; returns it and its origin. */
export async function startDemoServer() {
  const server = await createServer({
    configFile: new URL('../../vite.demo.config.ts', import.meta.url).pathname,
    server: { port: 0, host: '127.0.0.1' },
    logLevel: 'error',
  });
  await server.listen();
  return { server, origin: server.resolvedUrls.local[0].replace(/\/$/, '') };
}
