export interface DailyPapersItem {
  id: string;
  title: string;
  content_text: string;
  date_published?: string;
  _paperfeed: { featured_at?: string; author_count?: number; upvotes?: number };
}

export function parseDailyPapersPage(
  text: string,
  year: number,
): { title: string; subtitle?: string; items: DailyPapersItem[] };

export function dailyPapersFeed(
  text: string,
  year: number,
): { version: string; title: string; description?: string; items: DailyPapersItem[] };
