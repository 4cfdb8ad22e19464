import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { palette } from '../../src/config/palette.ts';

/** The diagrams are drawn from palette.ts; the pages are coloured by theme.css: they must agree. */
const css = await readFile(new URL('../../src/styles/theme.css', import.meta.url), 'utf8');

describe('site colours', () => {
  const block = (selector: string) =>
    css.slice(css.indexOf(`${selector} {`), css.indexOf('}', css.indexOf(`${selector} {`)));
  const value = (selector: string, property: string) =>
    new RegExp(`${property}:\\s*(#[0-9a-f]{6})`).exec(block(selector))?.[1];

  it.each([
    [':root', 'dark'],
    [':root[data-theme="light"]', 'light'],
  ] as const)('%s uses the %s palette', (selector, theme) => {
    expect(value(selector, '--sl-color-accent-low')).toBe(palette[theme].accentLow);
    expect(value(selector, '--sl-color-accent')).toBe(palette[theme].accent);
    expect(value(selector, '--sl-color-accent-high')).toBe(palette[theme].accentHigh);
  });

  it('sets again in light mode every colour it sets for dark mode', () => {
    // These rules are unlayered and Starlight's are layered: a dark value left alone here would
    // also apply in light mode, whatever Starlight's light theme says.
    const properties = (selector: string) => [...block(selector).matchAll(/(--sl-[\w-]+):/g)].map((match) => match[1]);
    const light = new Set(properties(':root[data-theme="light"]'));
    expect(properties(':root').filter((property) => !light.has(property))).toEqual([]);
  });
});
