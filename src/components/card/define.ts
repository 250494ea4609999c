// `paperfeed/card`: registers <paperfeed-card> alone.
import { PaperfeedCard } from './paperfeed-card.js';

PaperfeedCard.define('paperfeed-card');

export { PaperfeedCard };
