// Mailchimp's post-json endpoint answers JSONP only: a script from the list's host calls a
// global function. Used only when a site chose `transport="jsonp"`; its CSP must allow the host.

let counter = 0;
let policy: { createScriptURL(url: string): unknown } | undefined;

interface TrustedTypesWindow {
  trustedTypes?: {
    createPolicy(
      name: string,
      rules: { createScriptURL(url: string): string },
    ): { createScriptURL(url: string): unknown };
  };
}

/** Under Trusted Types, script URLs must come from a named policy: `paperfeed-jsonp`. */
function scriptUrl(url: string): unknown {
  const trustedTypes = (window as TrustedTypesWindow).trustedTypes;
  if (!trustedTypes) return url;
  policy ??= trustedTypes.createPolicy('paperfeed-jsonp', {
    createScriptURL: (value) => {
      const parsed = new URL(value);
      if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
        throw new TypeError(`refusing a non-http script URL: ${value}`);
      }
      return parsed.href;
    },
  });
  return policy.createScriptURL(url);
}

/** Loads `url` with a `c=<callback>` parameter and resolves with what the callback receives. */
export function jsonp(url: string, signal: AbortSignal): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const callback = `__paperfeedJsonp${Date.now().toString(36)}${counter++}`;
    const target = new URL(url);
    target.searchParams.set('c', callback);
    const script = document.createElement('script');
    const globals = window as unknown as Record<string, unknown>;
    const cleanUp = () => {
      Reflect.deleteProperty(globals, callback);
      script.remove();
      signal.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      cleanUp();
      reject(signal.reason);
    };
    globals[callback] = (reply: unknown) => {
      cleanUp();
      resolve(reply);
    };
    script.onerror = () => {
      cleanUp();
      reject(new TypeError('the subscription script could not be loaded'));
    };
    signal.addEventListener('abort', onAbort, { once: true });
    (script as unknown as { src: unknown }).src = scriptUrl(target.href);
    document.head.append(script);
  });
}
