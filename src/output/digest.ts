import { formatPaperDate } from '../text/dates.js';
import type { Feed, Paper } from '../data/paper.js';
import { paperLink } from './feed-info.js';
import { escapeMarkup } from './markup.js';

/** The digest's two palettes: each text color has a contrast of at least 4.5:1 on its background. */
export const DIGEST_COLORS = {
  light: { background: '#ffffff', text: '#1f2328', muted: '#57606a', link: '#0a58ca' },
  dark: { background: '#0d1117', text: '#e6edf3', muted: '#9da7b3', link: '#79b8ff' },
} as const;

export interface DigestOptions {
  title: string;
  /** The language of the dates. */
  locale: string;
}

/** The first sentence of an abstract, or its first 200 characters. */
function oneLine(summary: string | undefined): string | undefined {
  if (!summary) return undefined;
  const first = summary.split('\n')[0] ?? '';
  const sentence = /^.{40,}?[.!?](?=\s|$)/.exec(first)?.[0] ?? first;
  return sentence.length > 200 ? `${sentence.slice(0, 199).trimEnd()}…` : sentence;
}

function authorsLine(paper: Paper): string {
  const names = paper.authors.map((author) => author.name);
  return names.length > 4
    ? `${names.slice(0, 3).join(', ')} +${names.length - 3}`
    : names.join(', ');
}

function details(paper: Paper, locale: string): string[] {
  return [
    authorsLine(paper),
    paper.published ? formatPaperDate(paper.published, locale) : '',
    paper.upvotes !== undefined ? `▲ ${paper.upvotes}` : '',
  ].filter((part) => part !== '');
}

/**
 * An email-safe HTML digest: one table, inline styles, no script, no image; a dark palette for
 * mail clients that honour `prefers-color-scheme`.
 */
export function digestHtml(feed: Feed, options: DigestOptions): string {
  const { light, dark } = DIGEST_COLORS;
  const rows = feed.papers.map((paper) => {
    const link = paperLink(paper);
    const title = escapeMarkup(paper.title);
    const summary = oneLine(paper.summary);
    return `<tr><td class="paper" style="padding:12px 0;border-bottom:1px solid #d0d7de">
<p style="margin:0 0 4px;font-size:17px;font-weight:bold;line-height:1.3">${
      link ? `<a href="${escapeMarkup(link)}" style="color:${light.link}">${title}</a>` : title
    }</p>
<p class="muted" style="margin:0 0 4px;font-size:14px;color:${light.muted}">${escapeMarkup(details(paper, options.locale).join(' · '))}</p>${
      summary
        ? `\n<p style="margin:0;font-size:15px;line-height:1.45">${escapeMarkup(summary)}</p>`
        : ''
    }
</td></tr>`;
  });
  return `<!doctype html>
<html lang="${escapeMarkup(options.locale)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${escapeMarkup(options.title)}</title>
<style>
@media (prefers-color-scheme: dark) {
  body, .digest { background: ${dark.background} !important; color: ${dark.text} !important; }
  .digest a { color: ${dark.link} !important; }
  .digest .muted { color: ${dark.muted} !important; }
}
</style>
</head>
<body style="margin:0;padding:0;background:${light.background};color:${light.text}">
<table class="digest" role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:${light.background};color:${light.text};font-family:-apple-system,'Segoe UI',Helvetica,Arial,sans-serif">
<tr><td style="padding:16px">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:640px;margin:0 auto">
<tr><td><h1 style="margin:0 0 8px;font-size:22px">${escapeMarkup(options.title)}</h1></td></tr>
${rows.join('\n')}
</table>
</td></tr>
</table>
</body>
</html>
`;
}

/** The plain-text alternative of the digest, for mail clients that show no HTML. */
export function digestText(feed: Feed, options: DigestOptions): string {
  const entries = feed.papers.map((paper) => {
    const link = paperLink(paper);
    return [paper.title, details(paper, options.locale).join(' · '), oneLine(paper.summary), link]
      .filter((line) => line)
      .join('\n');
  });
  return `${options.title}\n${'='.repeat(options.title.length)}\n\n${entries.join('\n\n')}\n`;
}
