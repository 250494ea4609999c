/**
 * What one task may spend on elements' first renders before the rest wait for the next: input
 * then waits about this long, plus one element's first render, at most.
 */
const FIRST_RENDERS_BUDGET_MS = 10;

const waiting: Array<() => void> = [];
let taskBegan: number | undefined;

/**
 * Time spent since the first of the first renders queued together (zero for the first): those of
 * the elements a task defines or adds, which Lit runs in microtasks queued before this reset.
 */
function spentThisTask(): number {
  const now = performance.now();
  if (taskBegan === undefined) {
    taskBegan = now;
    queueMicrotask(() => (taskBegan = undefined));
  }
  return now - taskBegan;
}

// One channel for the page's lifetime, made on first use: its messages run the waiting renders.
let channel: MessagePort | undefined;

function renderWaitingLater(): void {
  if (!channel) {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = renderWaiting;
    channel = port2;
  }
  channel.postMessage(null);
}

function renderWaiting(): void {
  taskBegan = undefined;
  spentThisTask();
  do waiting.shift()?.();
  while (waiting.length > 0 && spentThisTask() < FIRST_RENDERS_BUDGET_MS);
  if (waiting.length > 0) renderWaitingLater();
}

/**
 * Runs `render`, an element's first render, now if this task has time left for it, else in a
 * later task (the promise then settles once it has run); `later` always in a later task.
 * Elements render in the order they asked: a page of twenty lists and cards, defined in one task,
 * would otherwise render them all in it, one long task that holds back input and paint.
 */
export function inFirstRenderTurn(render: () => void, later = false): void | Promise<void> {
  if (!later && waiting.length === 0 && spentThisTask() < FIRST_RENDERS_BUDGET_MS) {
    render();
    return;
  }
  return new Promise<void>((resolve, reject) => {
    waiting.push(() => {
      try {
        render();
        resolve();
      } catch (error) {
        reject(error);
      }
    });
    if (waiting.length === 1) renderWaitingLater();
  });
}
