// A BibTeX reader that recovers entry by entry, as lab files need: prose and `%` comments between
// entries, a missing comma, a brace that never closes, an undefined macro (`month = april`).
// Part of an on-demand chunk: imports nothing at run time.

export interface BibEntry {
  /** Lower case: `article`, `inproceedings`. */
  type: string;
  key: string;
  /** Field names in lower case; values with macros expanded and `#` joined, LaTeX as written. */
  fields: Map<string, string>;
  /** The entry as written: what its citation is copied from. */
  source: string;
}

export interface BibFile {
  entries: BibEntry[];
  /** One sentence per damaged place, naming the entry by its key (or its position). */
  warnings: string[];
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** An entry starts at `@name{` (or `(`) at the start of a line: where recovery resumes. */
const ENTRY_START = /^[ \t]*@[a-zA-Z]+[ \t]*[{(]/gm;
const NAME = /[^\s"#%'(),={}]+/y;
const KEY = /[^\s,{}()]*/y;
const MAX_VALUE = 100_000;
const AT_ENTRY = /@\s*[a-zA-Z]+\s*[{(]/y;
const SPACE = /(?:\s|%[^\n]*(?:\n|$))*/y;

class BibSyntaxError extends Error {}

/** Parses a .bib file; never throws: what cannot be read is left out and named in `warnings`. */
export function parseBibtex(text: string): BibFile {
  const macros = new Map<string, string>(
    MONTHS.map((month, i) => [month, MONTH_NAMES[i] as string]),
  );
  const entries: BibEntry[] = [];
  const warnings: string[] = [];
  const starts = [...text.matchAll(ENTRY_START)].map((match) => match.index);
  // An entry that is not at the start of a line still counts (one-line files): chunk by line
  // starts, then read every entry inside each chunk.
  const chunkStarts = starts.length > 0 ? starts : [0];
  for (const [n, start] of chunkStarts.entries()) {
    const end = chunkStarts[n + 1] ?? text.length;
    readChunk(text.slice(start, end));
  }
  return { entries, warnings };

  function readChunk(chunk: string): void {
    let position = 0;
    for (;;) {
      const at = chunk.indexOf('@', position);
      if (at < 0) return;
      AT_ENTRY.lastIndex = at;
      if (!AT_ENTRY.test(chunk)) {
        // An "@" in the prose between entries (an address, a note): text, as BibTeX reads it.
        position = at + 1;
        continue;
      }
      const reader = new Reader(chunk, at + 1, macros);
      const label = () =>
        reader.key ? `entry ${reader.key}` : `the entry at position ${entries.length + 1}`;
      try {
        const entry = reader.readEntry();
        warnings.push(...reader.notes.map((note) => `${label()} ${note}`));
        if (entry) entries.push(entry);
        position = reader.position;
      } catch (error) {
        warnings.push(`${label()} could not be read (${(error as Error).message}); skipped`);
        return;
      }
    }
  }
}

class Reader {
  key = '';
  notes: string[] = [];

  constructor(
    private readonly text: string,
    public position: number,
    private readonly macros: Map<string, string>,
  ) {}

  readEntry(): BibEntry | undefined {
    const start = this.position - 1;
    const type = this.name().toLowerCase();
    if (!type) throw new BibSyntaxError('no entry type after "@"');
    this.space();
    const open = this.text[this.position];
    if (open !== '{' && open !== '(') throw new BibSyntaxError(`"{" expected after @${type}`);
    const close = open === '{' ? '}' : ')';
    this.position++;
    if (type === 'comment' || type === 'preamble') {
      this.position = this.groupEnd(this.position - 1, close);
      return undefined;
    }
    if (type === 'string') {
      this.fields(close, (name, value) => this.macros.set(name, value));
      return undefined;
    }
    this.space();
    KEY.lastIndex = this.position;
    this.key = KEY.exec(this.text)?.[0] ?? '';
    this.position += this.key.length;
    this.space();
    if (this.text[this.position] === ',') this.position++;
    const fields = new Map<string, string>();
    this.fields(close, (name, value) => fields.set(name, value));
    return { type, key: this.key, fields, source: this.text.slice(start, this.position).trim() };
  }

  private fields(close: string, set: (name: string, value: string) => void): void {
    for (;;) {
      this.space();
      const char = this.text[this.position];
      if (char === undefined)
        throw new BibSyntaxError(`its "${close === '}' ? '{' : '('}" is never closed`);
      if (char === close) {
        this.position++;
        return;
      }
      if (char === ',') {
        this.position++;
        continue;
      }
      const name = this.name().toLowerCase();
      if (!name) throw new BibSyntaxError(`a field name was expected, found "${char}"`);
      this.space();
      if (this.text[this.position] !== '=') throw new BibSyntaxError(`"=" expected after ${name}`);
      this.position++;
      set(name, this.value(name));
      this.space();
      const after = this.text[this.position];
      if (after !== ',' && after !== close && after !== undefined) {
        this.notes.push(`misses a comma after its ${name} field; read as if it were there`);
      }
    }
  }

  /** A value: parts in braces, quotes, numbers or macro names, joined by `#`. */
  private value(field: string): string {
    let value = '';
    for (;;) {
      this.space();
      const char = this.text[this.position];
      if (char === '{') {
        const end = this.groupEnd(this.position, '}');
        value += this.text.slice(this.position + 1, end - 1);
        this.position = end;
      } else if (char === '"') {
        value += this.quoted();
      } else {
        const name = this.name();
        if (!name) throw new BibSyntaxError(`the ${field} field has no value`);
        const lower = name.toLowerCase();
        const macro = this.macros.get(lower);
        if (macro !== undefined) value += macro;
        else {
          value += name;
          const known =
            /^\d+$/.test(name) || (field === 'month' && monthNumber(name) !== undefined);
          if (!known) this.notes.push(`uses "${name}", which no @string defines; kept as written`);
        }
      }
      // Macros of macros can double at every step: a hostile file would fill the memory.
      if (value.length > MAX_VALUE) {
        throw new BibSyntaxError(
          `its ${field} grows past ${MAX_VALUE.toLocaleString('en')} characters`,
        );
      }
      this.space();
      if (this.text[this.position] !== '#') return value;
      this.position++;
    }
  }

  private quoted(): string {
    let depth = 0;
    for (let i = this.position + 1; i < this.text.length; i++) {
      const char = this.text[i];
      if (char === '\\') i++;
      else if (char === '{') depth++;
      else if (char === '}') depth--;
      else if (char === '"' && depth <= 0) {
        const value = this.text.slice(this.position + 1, i);
        this.position = i + 1;
        return value;
      }
    }
    throw new BibSyntaxError('a quoted value is never closed');
  }

  /** The position after the group opening at `start`, braces balanced, `\{` escaped. */
  private groupEnd(start: number, close: string): number {
    let depth = 0;
    for (let i = start; i < this.text.length; i++) {
      const char = this.text[i];
      if (char === '\\') i++;
      else if (char === '{' || (close === ')' && char === '(')) depth++;
      else if ((char === '}' || char === close) && --depth === 0) return i + 1;
    }
    throw new BibSyntaxError('a "{" is never closed');
  }

  private name(): string {
    NAME.lastIndex = this.position;
    const name = NAME.exec(this.text)?.[0] ?? '';
    this.position += name.length;
    return name;
  }

  private space(): void {
    SPACE.lastIndex = this.position;
    SPACE.exec(this.text);
    this.position = SPACE.lastIndex;
  }
}

/** 1-12 from `4`, `apr`, `April`, `Apr.`; undefined otherwise. */
export function monthNumber(value: string): number | undefined {
  const text = value.trim().toLowerCase().replace(/\.$/, '');
  if (/^\d{1,2}$/.test(text)) {
    const number = Number(text);
    return number >= 1 && number <= 12 ? number : undefined;
  }
  const index = MONTHS.findIndex(
    (month, i) => text === month || text === MONTH_NAMES[i]?.toLowerCase(),
  );
  return index < 0 ? undefined : index + 1;
}

/** Splits at ` and ` outside braces: the names of an `author` field, or its keywords' parts. */
export function splitOutsideBraces(text: string, separator: RegExp): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '\\') i++;
    else if (char === '{') depth++;
    else if (char === '}') depth--;
    else if (depth === 0) {
      separator.lastIndex = i;
      const match = separator.exec(text);
      if (match) {
        parts.push(text.slice(start, i));
        start = i + match[0].length;
        i = start - 1;
      }
    }
  }
  parts.push(text.slice(start));
  return parts.map((part) => part.trim()).filter((part) => part !== '');
}
