// Layout shifts on a host page: all of them, and those after every Paperfeed element has shadow
// content and a non-zero height (what the elements themselves cause once they are on screen).
// `?unreserved` measures the same page without the reserve stylesheet, dropped before first paint;
// `?lang=de` in another language (the elements' words, and the room the stylesheet keeps for them);
// `?card` with the subscribe box as a card (`variant="card"`), set as the page's parser adds it.
const query = new URLSearchParams(location.search);
if (query.has('unreserved')) {
  document.querySelector('link[href$="paperfeed-reserve.css"]')?.remove();
}
if (query.has('lang')) document.documentElement.lang = query.get('lang');
if (query.has('card')) {
  new MutationObserver((_, observer) => {
    const form = document.querySelector('paperfeed-subscribe');
    if (!form) return;
    form.setAttribute('variant', 'card');
    observer.disconnect();
  }).observe(document.documentElement, { childList: true, subtree: true });
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

// Firefox and WebKit have no Layout Instability API: the same score worked out from the boxes of
// every element, shadow roots included, frame by frame, as Chromium defines it: the share of the
// viewport the moved boxes cover before and after the move, times the farthest move over the
// viewport's longer side. A box moved by less than 3 px does not count, as in Chromium.
// Chromium reports both, so the two can be compared.
window.shifts.fromBoxes = { total: 0, afterElements: 0 };
const MIN_MOVE = 3;
const CELL = 4;
let boxes = new Map();
function everyElement(root, found = []) {
  for (const element of root.querySelectorAll('*')) {
    found.push(element);
    if (element.shadowRoot) everyElement(element.shadowRoot, found);
  }
  return found;
}
function coveredShare(rects, width, height) {
  const columns = Math.ceil(width / CELL);
  const rows = Math.ceil(height / CELL);
  const covered = new Uint8Array(columns * rows);
  for (const { x, y, w, h } of rects) {
    const left = Math.max(0, Math.floor(x / CELL));
    const right = Math.min(columns, Math.ceil((x + w) / CELL));
    const top = Math.max(0, Math.floor(y / CELL));
    const bottom = Math.min(rows, Math.ceil((y + h) / CELL));
    for (let row = top; row < bottom; row++)
      covered.fill(1, row * columns + left, row * columns + right);
  }
  return covered.reduce((sum, cell) => sum + cell, 0) / (columns * rows);
}
const visible = ({ x, y, w, h }, width, height) =>
  x < width && y < height && x + w > 0 && y + h > 0;
function frameShift() {
  const width = document.documentElement.clientWidth;
  const height = document.documentElement.clientHeight;
  const next = new Map();
  const impact = [];
  let farthest = 0;
  for (const element of everyElement(document)) {
    const rect = element.getBoundingClientRect();
    if (rect.width === 0 && rect.height === 0) continue;
    // Unseen boxes (`visibility: hidden`: a subscribe form waiting for its words) are not shifts.
    if (element.checkVisibility?.({ visibilityProperty: true }) === false) continue;
    const box = { x: rect.x, y: rect.y, w: rect.width, h: rect.height };
    next.set(element, box);
    const was = boxes.get(element);
    if (!was) continue;
    const move = Math.max(Math.abs(box.x - was.x), Math.abs(box.y - was.y));
    if (move < MIN_MOVE) continue;
    if (!visible(was, width, height) && !visible(box, width, height)) continue;
    impact.push(was, box);
    farthest = Math.max(farthest, move);
  }
  boxes = next;
  return impact.length === 0
    ? 0
    : coveredShare(impact, width, height) * (farthest / Math.max(width, height));
}
const measureFrame = (now) => {
  const value = frameShift();
  window.shifts.fromBoxes.total += value;
  if (window.shifts.elementsAt !== undefined && now >= window.shifts.elementsAt)
    window.shifts.fromBoxes.afterElements += value;
  requestAnimationFrame(measureFrame);
};
requestAnimationFrame(measureFrame);
