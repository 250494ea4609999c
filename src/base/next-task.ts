/**
 * Runs `callback` in a task of its own, soon; returns what cancels it. A message, not a timer:
 * a timer set from a timer's task is held back at least 4 ms once they nest five deep.
 */
export function inNextTask(callback: () => void): () => void {
  const channel = new MessageChannel();
  channel.port1.onmessage = callback;
  channel.port2.postMessage(null);
  return () => channel.port1.close();
}

/** Resolves in a task of its own: the page paints and answers input before what follows. */
export const nextTask = () => new Promise<void>((resolve) => inNextTask(resolve));

/**
 * Resolves once the page has painted what was rendered before it: in a task after the next frame.
 * A hidden page, which has no frames, goes on after 100 ms.
 */
export const afterPaint = () =>
  new Promise<void>((resolve) => {
    requestAnimationFrame(() => resolve(nextTask()));
    setTimeout(resolve, 100);
  });
