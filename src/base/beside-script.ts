// The classic script (`paperfeed.iife.js`) cannot carry chunks: what it loads on demand, it
// imports from the CDN module build beside itself. Read while the script first runs, when
// `document.currentScript` is still this script.
const script = typeof document === 'undefined' ? null : document.currentScript;
const scriptUrl = script instanceof HTMLScriptElement && script.src ? script.src : undefined;

/** Imports `file` (a CDN module build file) from the folder the classic script was loaded from. */
export function importBesideScript<T>(file: string): Promise<T> {
  const url = new URL(file, scriptUrl ?? location.href).href;
  return import(/* @vite-ignore */ url) as Promise<T>;
}
