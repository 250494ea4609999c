// The part of a list's view that lives in the page URL (`history`): pure functions, no DOM.

export interface ListView {
  query: string;
  tags: string[];
  year?: string;
  date?: string;
  pages: number;
}

/** Reads a list's view from a query string, under its namespace (`papers.q`, `papers.tag`, …). */
export function readView(search: string, namespace: string): ListView {
  const params = new URLSearchParams(search);
  const get = (key: string) => params.get(`${namespace}.${key}`) ?? undefined;
  const pages = Number(get('page'));
  const view: ListView = {
    query: get('q') ?? '',
    tags: params.getAll(`${namespace}.tag`),
    pages: Number.isInteger(pages) && pages > 1 ? pages : 1,
  };
  const year = get('year');
  if (year && /^\d{4}$/.test(year)) view.year = year;
  const date = get('date');
  if (date && /^\d{4}-\d{2}-\d{2}$/.test(date)) view.date = date;
  return view;
}

/** The query string with this list's view written in, everything else on the page kept. */
export function writeView(search: string, namespace: string, view: ListView): string {
  const params = new URLSearchParams(search);
  for (const key of [...params.keys()]) {
    if (key.startsWith(`${namespace}.`)) params.delete(key);
  }
  if (view.query) params.set(`${namespace}.q`, view.query);
  for (const tag of view.tags) params.append(`${namespace}.tag`, tag);
  if (view.year) params.set(`${namespace}.year`, view.year);
  if (view.date) params.set(`${namespace}.date`, view.date);
  if (view.pages > 1) params.set(`${namespace}.page`, String(view.pages));
  const text = params.toString();
  return text ? `?${text}` : '';
}
