import { FeedError } from './feed-error.js';

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${Math.ceil(bytes / 1024)} KB`;
}

/**
 * The body's text, read as a stream: abandoned past `maxBytes`, told to `onText` as it grows.
 */
export async function readText(
  response: Response,
  url: string,
  maxBytes: number,
  onText: (textSoFar: string) => void,
): Promise<string> {
  const tooLarge = () =>
    new FeedError(
      'too-large',
      `The feed at ${url} is larger than the ${formatBytes(maxBytes)} limit`,
      { url },
    );
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) throw tooLarge();
  if (!response.body) return '';

  const reader = response.body.getReader();
  const contentType = response.headers.get('content-type') ?? '';
  let decoder: TextDecoder | undefined;
  let received = 0;
  let text = '';
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      received += value.byteLength;
      if (received > maxBytes) {
        void reader.cancel();
        throw tooLarge();
      }
      decoder ??= decoderFor(contentType, value);
      text += decoder.decode(value, { stream: true });
      onText(text);
    }
  } catch (error) {
    if (error instanceof FeedError || (error as Error)?.name === 'AbortError') throw error;
    throw new FeedError(
      'network',
      `The connection to ${url} closed before the whole feed arrived`,
      {
        url,
        cause: error,
      },
    );
  }
  return text + (decoder?.decode() ?? '');
}

/**
 * The answer's own encoding: the charset its Content-Type names, else an XML declaration's (old
 * RSS feeds in ISO-8859-1), else UTF-8, which JSON always is. One the browser does not know
 * reads as UTF-8.
 */
function decoderFor(contentType: string, start: Uint8Array): TextDecoder {
  const declared = /json/i.test(contentType)
    ? undefined
    : (/;\s*charset\s*=\s*"?([\w.:-]+)/i.exec(contentType)?.[1] ??
      /^\s*<\?xml[^>]*\sencoding\s*=\s*["']([\w.:-]+)/.exec(
        String.fromCharCode(...start.subarray(0, 200)),
      )?.[1]);
  try {
    return new TextDecoder(declared);
  } catch {
    return new TextDecoder();
  }
}
