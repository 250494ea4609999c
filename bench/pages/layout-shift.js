// Layout shifts on a host page: all of them, and those after every Paperfeed element has shadow
// content and a non-zero height (what the elements themselves cause once they are on screen).
// `?unreserved` measures the same page without the reserve stylesheet, dropped before first paint.
if (new URLSearchParams(location.search).has('unreserved')) {
  document.querySelector('link[href$="paperfeed-reserve.css"]')?.remove();
}
window.shifts = { total: 0, afterElements: 0, elementsAt: undefined, entries: [] };
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    if (entry.hadRecentInput) continue;
    window.shifts.total += entry.value;
    const after =
      window.shifts.elementsAt !== undefined && entry.startTime >= window.shifts.elementsAt;
    if (after) window.shifts.afterElements += entry.value;
    window.shifts.entries.push({
      at: Math.round(entry.startTime),
      value: Number(entry.value.toFixed(4)),
      afterElements: after,
      moved: entry.sources.map(
        ({ node, previousRect: was, currentRect: now }) =>
          `${node?.localName ?? node?.nodeName ?? '?'}.${node?.className ?? ''} y ${was.y}→${now.y} h ${was.height}→${now.height}`,
      ),
    });
  }
}).observe({ type: 'layout-shift', buffered: true });

const elementsShown = () => {
  const elements = [
    ...document.querySelectorAll('paperfeed-list, paperfeed-card, paperfeed-subscribe'),
  ];
  return (
    elements.length > 0 &&
    elements.every(
      (element) =>
        element.shadowRoot?.childElementCount > 0 && element.getBoundingClientRect().height > 0,
    )
  );
};
// Counted from the frame after the one that first painted them: that first frame's shift is the
// elements taking their room, which a page reserves before the script arrives (docs/performance.md).
const watch = () => {
  if (!elementsShown()) return requestAnimationFrame(watch);
  requestAnimationFrame((now) => (window.shifts.elementsAt = now));
};
requestAnimationFrame(watch);
