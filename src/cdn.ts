// The CDN bundle: registers every element on load and exposes the public API.
import './define.js';

export * from './index.js';
