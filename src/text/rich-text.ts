/**
 * A piece of text with the inline formatting that carries meaning in paper titles and abstracts
 * (H₂O, *E. coli*): rendered as `<i>`, `<b>`, `<sub>`, `<sup>` elements, never as HTML.
 */
export interface TextRun {
  text: string;
  italic?: true;
  bold?: true;
  sub?: true;
  sup?: true;
}

export type RunStyle = Omit<TextRun, 'text'>;

const STYLE_KEYS = ['italic', 'bold', 'sub', 'sup'] as const;

export const sameStyle = (a: RunStyle, b: RunStyle) => STYLE_KEYS.every((key) => a[key] === b[key]);

export const isStyled = (run: TextRun) => STYLE_KEYS.some((key) => run[key]);

/** The plain text of runs. */
export const runsText = (runs: readonly TextRun[]) => runs.map((run) => run.text).join('');

/** Runs of one line of plain text, for fields the source gave without formatting. */
export const plainRuns = (text: string): TextRun[] => (text === '' ? [] : [{ text }]);

/**
 * Cuts runs at `ranges` (offsets into their plain text, sorted, not overlapping), marking the
 * pieces inside a range: a search match can start in one run and end in the next.
 */
export function markRuns(
  runs: readonly TextRun[],
  ranges: readonly [number, number][],
): (TextRun & { match: boolean })[] {
  const pieces: (TextRun & { match: boolean })[] = [];
  let offset = 0;
  for (const run of runs) {
    const end = offset + run.text.length;
    let cursor = offset;
    for (const [start, stop] of ranges) {
      if (stop <= cursor || start >= end) continue;
      if (start > cursor)
        pieces.push({
          ...run,
          text: run.text.slice(cursor - offset, start - offset),
          match: false,
        });
      const to = Math.min(stop, end);
      pieces.push({
        ...run,
        text: run.text.slice(Math.max(start, cursor) - offset, to - offset),
        match: true,
      });
      cursor = to;
    }
    if (cursor < end) pieces.push({ ...run, text: run.text.slice(cursor - offset), match: false });
    offset = end;
  }
  return pieces;
}
