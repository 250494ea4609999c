// `paperfeed/subscribe`: registers <paperfeed-subscribe>.
import { PaperfeedSubscribe } from './paperfeed-subscribe.js';

PaperfeedSubscribe.define('paperfeed-subscribe');

export { PaperfeedSubscribe };
