import { importBesideScript } from '../base/beside-script.js';

// The table would add ~11 KB to every page that loads the classic script.
export async function importFullEntities(): Promise<Record<string, string>> {
  const module = await importBesideScript<{ characterEntities: Record<string, string> }>(
    'paperfeed-entities.js',
  );
  return module.characterEntities;
}
