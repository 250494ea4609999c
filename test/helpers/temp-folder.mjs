// Folders for what a test writes, removed when the test process ends, whatever its outcome.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';

const made = [];
process.on('exit', () => {
  for (const folder of made) rmSync(folder, { recursive: true, force: true });
});

/** A new empty folder in the system's temporary folder. */
export function tempFolder() {
  const folder = mkdtempSync(join(tmpdir(), 'paperfeed-'));
  made.push(folder);
  return folder;
}
