// The readers of XML and BibTeX feeds, as chunks of the module builds: a page that shows only
// JSON never downloads them.
export const importXmlFeeds = () => import('./formats/xml-feed.js');
export const importBibtexFeeds = () => import('./formats/bibtex.js');
