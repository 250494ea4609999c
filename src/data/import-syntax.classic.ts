import { importBesideScript } from '../base/beside-script.js';

export const importXmlFeeds = () =>
  importBesideScript<typeof import('./formats/xml-feed.js')>('paperfeed-xml.js');
export const importBibtexFeeds = () =>
  importBesideScript<typeof import('./formats/bibtex.js')>('paperfeed-bibtex.js');
