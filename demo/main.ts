// The demo pages load the library from its sources, as the npm build would be used.
import '../src/define.js';
