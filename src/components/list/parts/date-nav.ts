import { html } from 'lit';
import { formatPaperDate, localToday, shiftDay } from '../../../text/dates.js';
import type { ListStrings } from '../list.strings.js';

/** Previous / next day around the day shown; there is no next day after the reader's today. */
export function renderDateNav(
  day: string,
  locale: string,
  text: ListStrings,
  goToDay: (day: string) => void,
) {
  const label = formatPaperDate(day, locale, {
    weekday: 'long',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
  });
  // Not `disabled`: a reader who pressed "Next day" onto today keeps the focus there.
  const last = day >= localToday();
  return html`<nav part="date-nav" class="date-nav" aria-label=${text.days}>
    <button
      part="date-button"
      class="button"
      type="button"
      @click=${() => goToDay(shiftDay(day, -1))}
    >
      ${text.previousDay}
    </button>
    <time part="date" datetime=${day}>${label}</time>
    <button
      part="date-button"
      class="button"
      type="button"
      aria-disabled=${last ? 'true' : 'false'}
      @click=${() => (last ? undefined : goToDay(shiftDay(day, 1)))}
    >
      ${text.nextDay}
    </button>
  </nav>`;
}
