import { unsafeCSS, type CSSResult } from 'lit';

/** A themeable color: its light and dark values. */
const COLORS = {
  accent: ['#0b57d0', '#8ab4f8'],
  text: ['#1f2328', '#e6edf3'],
  'muted-text': ['#59636e', '#9ea7b3'],
  surface: ['#ffffff', '#151b23'],
  border: ['#d1d9e0', '#3d444d'],
  highlight: ['#fff0a8', '#5a4800'],
  danger: ['#b42318', '#ff9b8f'],
} as const;

const SIZES = {
  radius: '0.75em',
  space: '1em',
} as const;

/**
 * The private `--_name` variables an element's styles use, each resolved from
 * `--paperfeed-<component>-<name>`, then the global `--paperfeed-<name>`, then a default that
 * follows the inherited `color-scheme` through `light-dark()`. Browsers without `light-dark()`
 * get the light defaults, or the dark ones under `theme="dark"`.
 */
export function themeTokens(component: string): CSSResult {
  const resolve = (name: string, fallback: string) =>
    `--_${name}: var(--paperfeed-${component}-${name}, var(--paperfeed-${name}, ${fallback}));`;
  const colors = Object.entries(COLORS);
  return unsafeCSS(`
    :host {
      ${Object.entries(SIZES)
        .map(([name, value]) => resolve(name, value))
        .join('\n')}
      ${colors.map(([name, [light]]) => resolve(name, light)).join('\n')}
    }
    :host([theme='light']) { color-scheme: light; }
    :host([theme='dark']) { color-scheme: dark; }
    @supports (color: light-dark(#000, #fff)) {
      :host {
        ${colors.map(([name, [light, dark]]) => resolve(name, `light-dark(${light}, ${dark})`)).join('\n')}
      }
    }
    @supports not (color: light-dark(#000, #fff)) {
      :host([theme='dark']) {
        ${colors.map(([name, [, dark]]) => resolve(name, dark)).join('\n')}
      }
    }
  `);
}
