import type { IncomingMessage, ServerResponse } from 'node:http';

export function subscribeEndpoint(options: {
  file: string;
  path?: string;
}): (request: IncomingMessage, response: ServerResponse, next?: () => void) => Promise<void>;
