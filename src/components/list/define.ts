// `paperfeed/list`: registers <paperfeed-list> and the <paperfeed-card> it renders.
import '../card/define.js';
import { PaperfeedList } from './paperfeed-list.js';

PaperfeedList.define('paperfeed-list');

export { PaperfeedList };
