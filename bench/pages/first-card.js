// Records when the first card's title is on screen, and the layout shift the widget causes.
window.layoutShift = 0;
new PerformanceObserver((entries) => {
  for (const entry of entries.getEntries()) {
    if (!entry.hadRecentInput) window.layoutShift += entry.value;
  }
}).observe({ type: 'layout-shift', buffered: true });

window.firstCard = new Promise((resolve) => {
  const check = () => {
    const card = document
      .querySelector('paperfeed-list')
      ?.shadowRoot?.querySelector('paperfeed-card');
    if (card?.shadowRoot?.querySelector('h3, h4')) resolve(performance.now());
    else requestAnimationFrame(check);
  };
  check();
});
