import type { Feed, Paper } from '../../../data/paper.js';
import type { PaperGroup } from '../arrange.js';

/**
 * The first page from a feed's first papers, when their groups keep the feed's order: only then
 * are they likely the feed's newest (or oldest, under `order="asc"`) and its first page as the
 * whole feed will show it.
 */
export function previewPage(
  preview: Feed | undefined,
  items: number | undefined,
  arrangement: { arranged(papers: readonly Paper[]): { groups: PaperGroup[] } },
): Feed | undefined {
  if (!preview || !items || preview.papers.length < items) return undefined;
  const papers = preview.papers.slice(0, items);
  let index = 0;
  const inOrder = arrangement
    .arranged(papers)
    .groups.every((group) => group.papers.every((paper) => paper === papers[index++]));
  return inOrder ? { ...preview, papers } : undefined;
}
