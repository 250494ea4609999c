/**
 * Registers every Paperfeed element. Import it once (`import 'paperfeed/define'`); each element
 * registers through `defineElement`, so a second copy of Paperfeed on the page warns, never throws.
 * The elements arrive with their own issues; the data layer ships first.
 */
export { defineElement } from './internal/define-element.js';
