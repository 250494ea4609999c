/** The full table, as a chunk of the module builds. */
export async function importFullEntities(): Promise<Record<string, string>> {
  return (await import('./entities-full.js')).characterEntities;
}
