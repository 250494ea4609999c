// The list's code for the CDN bundle's loader, with the card's it renders: the list's chunk then
// imports the card's, rather than both sharing a third chunk of the card's modules.
export { PaperfeedList } from './paperfeed-list.js';
export { PaperfeedCard } from '../card/paperfeed-card.js';
