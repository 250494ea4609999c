/**
 * Registers every Paperfeed element: `import 'paperfeed/define'`. Registration is guarded, so a
 * second copy of Paperfeed on the page (the CDN bundle beside an npm build) warns, never throws.
 */
import './components/card/define.js';
import './components/list/define.js';
import './components/subscribe/define.js';

export { defineElement } from './base/define-element.js';
