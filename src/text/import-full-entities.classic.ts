// The classic script (`paperfeed.iife.js`) cannot carry chunks, and the table would add ~11 KB to
// every page that loads it: it imports the CDN build's `paperfeed-entities.js` from beside itself.
const script = typeof document === 'undefined' ? null : document.currentScript;
const scriptUrl = script instanceof HTMLScriptElement && script.src ? script.src : undefined;

export async function importFullEntities(): Promise<Record<string, string>> {
  const url = new URL('paperfeed-entities.js', scriptUrl ?? location.href).href;
  const module = (await import(/* @vite-ignore */ url)) as {
    characterEntities: Record<string, string>;
  };
  return module.characterEntities;
}
