/**
 * One SVG for both site themes: the build draws a diagram once per theme with the same ids, so
 * the two drawings differ only in their colours. Here they become one drawing whose differing
 * colours are CSS custom properties, and a rule gives those properties their value per theme.
 */

/** A colour as Mermaid writes one: `#rgb`, `#rrggbb`, `#rrggbbaa`, `rgb(…)`, `rgba(…)`, `hsl(…)`, `hsla(…)`. */
const COLOUR_LITERAL = /(#[0-9a-f]{3,8}\b|(?:rgb|hsl)a?\([^()]*\))/i;

/** A colour that differs between the themes: `name` holds `light` in the light theme and `dark` otherwise. */
export interface ThemeColour {
  name: string;
  light: string;
  dark: string;
}

export type ThemeMerge =
  | { svg: string; colours: ThemeColour[] }
  /** Why the drawings cannot be one: where they first differ other than in a colour. */
  | { mismatch: string };

/**
 * Merges the light and the dark drawing of one diagram.
 *
 * Input: two SVG strings that are identical once every colour literal is set aside, e.g.
 * `<style>#d .node{fill:#d7f4fb;stroke:#1d2028}</style>` and `<style>#d .node{fill:#0d3a47;stroke:#1d2028}</style>`.
 * Output: `<style>#d .node{fill:var(--d0);stroke:#1d2028}</style>` with the colour `--d0`
 * (light `#d7f4fb`, dark `#0d3a47`); a colour the themes share stays as it was written.
 * Two drawings that differ in anything else (a word, a coordinate, an id) give a `mismatch`.
 */
export function mergeThemeDrawings(light: string, dark: string): ThemeMerge {
  const lightParts = light.split(COLOUR_LITERAL);
  const darkParts = dark.split(COLOUR_LITERAL);
  const colours = new Map<string, ThemeColour>();
  const merged: string[] = [];
  for (let index = 0; index < Math.max(lightParts.length, darkParts.length); index += 1) {
    const lightPart = lightParts[index] ?? '';
    const darkPart = darkParts[index] ?? '';
    const isColour = index % 2 === 1;
    if (!isColour && lightPart !== darkPart) {
      return { mismatch: describeMismatch(lightParts.slice(0, index).join(''), lightPart, darkPart) };
    }
    if (!isColour || sameColour(lightPart, darkPart)) {
      merged.push(lightPart);
      continue;
    }
    const pair = `${lightPart.toLowerCase()} ${darkPart.toLowerCase()}`;
    let colour = colours.get(pair);
    if (!colour) {
      colour = { name: `--d${colours.size}`, light: lightPart, dark: darkPart };
      colours.set(pair, colour);
    }
    merged.push(`var(${colour.name})`);
  }
  return { svg: merged.join(''), colours: [...colours.values()] };
}

/**
 * The rule that colours one merged drawing: light values on the drawing itself, dark ones unless
 * the page says light, as the site does (dark is its default, and what a page without script shows).
 */
export function themeColourRule(svgId: string, colours: readonly ThemeColour[]): string {
  if (colours.length === 0) return '';
  const declarations = (theme: 'light' | 'dark') =>
    colours.map((colour) => `${colour.name}:${colour[theme]}`).join(';');
  return `#${svgId}{${declarations('light')}}:root:not([data-theme="light"]) #${svgId}{${declarations('dark')}}`;
}

/** Puts the theme rule at the end of the drawing's own `<style>` (or in a new one). */
export function withThemeColourRule(svg: string, rule: string): string {
  if (!rule) return svg;
  const end = svg.indexOf('</style>');
  if (end >= 0) return `${svg.slice(0, end)}${rule}${svg.slice(end)}`;
  const openTagEnd = svg.indexOf('>') + 1;
  return `${svg.slice(0, openTagEnd)}<style>${rule}</style>${svg.slice(openTagEnd)}`;
}

function sameColour(a: string, b: string): boolean {
  return a.toLowerCase().replace(/\s+/g, '') === b.toLowerCase().replace(/\s+/g, '');
}

/** Where two drawings part, with some text either side, for the build's error message. */
function describeMismatch(before: string, light: string, dark: string): string {
  let common = 0;
  while (common < light.length && light[common] === dark[common]) common += 1;
  const context = (before + light.slice(0, common)).slice(-80);
  const show = (text: string) => JSON.stringify(text.slice(common, common + 60));
  return `the light and dark drawings differ after …${JSON.stringify(context)}: light has ${show(light)}, dark has ${show(dark)}`;
}
