// The list renders its cards in steps: a few in the task that gets the papers, a few more in
// each later task. Its first screen is laid out once the rendered cards reach below the viewport.

/** Resolves in a task queued now: after the list's render of what was just set, before its next step. */
const afterTask = () =>
  new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = resolve;
    channel.port2.postMessage(null);
  });

const renderedCards = (list) => [...list.shadowRoot.querySelectorAll('paperfeed-card')];

/** Whether the rendered cards fill the screen (or are every card there is). */
function screenFull(list, papers) {
  const cards = renderedCards(list);
  return (
    cards.length >= papers || (cards.at(-1)?.getBoundingClientRect().bottom ?? 0) >= innerHeight
  );
}

/** Waits, task by task, until the list's cards fill the first screen; returns how many it took. */
export async function untilScreenFull(list, papers) {
  do {
    await afterTask();
    await Promise.all(renderedCards(list).map((card) => card.updateComplete));
  } while (!screenFull(list, papers));
  return renderedCards(list).length;
}
