import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DiagramMergeError, oneDrawingForBothThemes } from '../../src/build/diagram-drawing.ts';
import { optimiseDiagramSvg } from '../../src/build/svg-optimise.ts';
import { mergeThemeDrawings, themeColourRule, withThemeColourRule } from '../../src/build/svg-theme-merge.ts';
import { palette } from '../../src/config/palette.ts';
import { DIAGRAM_FIXTURE_ID as id } from '../support/draw-diagram-fixtures.ts';

/** Real Mermaid drawings, as the build draws them before merging (`tests/support/draw-diagram-fixtures.ts`). */
const fixture = (name: string, theme: string) =>
  readFileSync(new URL(`../fixtures/diagrams/${name}.${theme}.svg`, import.meta.url), 'utf8').trim();
const drawings = (name: string) => ({ light: fixture(name, 'light'), dark: fixture(name, 'dark') });
const KINDS = ['flowchart', 'sequence'] as const;

const mergedOf = (name: string) => {
  const { light, dark } = drawings(name);
  const merged = mergeThemeDrawings(light, dark);
  if ('mismatch' in merged) throw new Error(merged.mismatch);
  return merged;
};

/** The merged drawing with every custom property replaced by its value in one theme. */
const resolve = (svg: string, colours: ReturnType<typeof mergedOf>['colours'], theme: 'light' | 'dark') =>
  colours.reduce((text, colour) => text.replaceAll(`var(${colour.name})`, colour[theme]), svg);

const countOf = (svg: string, pattern: RegExp) => svg.match(pattern)?.length ?? 0;

describe('mergeThemeDrawings (real Mermaid drawings)', () => {
  it.each(KINDS)('turns the %s drawings into one whose custom properties give back each theme exactly', (name) => {
    const { light, dark } = drawings(name);
    const { svg, colours } = mergedOf(name);
    expect(resolve(svg, colours, 'light')).toBe(light);
    expect(resolve(svg, colours, 'dark')).toBe(dark);
    expect(colours.length).toBeGreaterThan(3);
    expect(colours.map((colour) => colour.name)).toEqual(colours.map((_, index) => `--d${index}`));
  });

  it('names each differing pair of colours once, and leaves colours the themes share as written', () => {
    const { svg, colours } = mergedOf('flowchart');
    expect(colours).toContainEqual(
      expect.objectContaining({ light: palette.light.accentLow, dark: palette.dark.accentLow }),
    );
    expect(new Set(colours.map((colour) => `${colour.light} ${colour.dark}`)).size).toBe(colours.length);
    // Colours Mermaid does not take from the theme are the same in both drawings.
    expect(svg).toContain('rgba(185,185,185,1)');
  });

  it('reports where drawings differ in more than colour', () => {
    const { light, dark } = drawings('flowchart');
    const relabelled = dark.replace('>order-42:<', '>order-43:<');
    expect(relabelled).not.toBe(dark);
    const merged = mergeThemeDrawings(light, relabelled);
    expect(merged).toEqual({ mismatch: expect.stringContaining('order-4') });
    expect('mismatch' in merged && merged.mismatch).toMatch(/light has "2:<.*dark has "3:</);
  });
});

describe('themeColourRule and withThemeColourRule', () => {
  const colours = [
    { name: '--d0', light: '#ffffff', dark: '#17181c' },
    { name: '--d1', light: '#1d2028', dark: '#e6e8ef' },
  ];

  it('gives light values on the drawing and dark ones unless the page says light', () => {
    expect(themeColourRule('mmd-1', colours)).toBe(
      '#mmd-1{--d0:#ffffff;--d1:#1d2028}:root:not([data-theme="light"]) #mmd-1{--d0:#17181c;--d1:#e6e8ef}',
    );
    expect(themeColourRule('mmd-1', [])).toBe('');
  });

  it("ends the drawing's own style with the rule, or adds a style when it has none", () => {
    expect(withThemeColourRule('<svg id="a"><style>x{}</style><g/></svg>', 'R')).toBe(
      '<svg id="a"><style>x{}R</style><g/></svg>',
    );
    expect(withThemeColourRule('<svg id="a"><g/></svg>', 'R')).toBe('<svg id="a"><style>R</style><g/></svg>');
  });
});

describe('optimiseDiagramSvg (SVGO on a merged drawing)', () => {
  it.each(KINDS)('makes the %s drawing much smaller and keeps what the page relies on', (name) => {
    const merged = mergedOf(name).svg;
    const optimised = optimiseDiagramSvg(merged, id);
    expect(optimised.length).toBeLessThan(merged.length * 0.7);

    expect(optimised).toMatch(new RegExp(`^<svg[^>]*\\sid="${id}"`));
    expect(optimised).toMatch(/^<svg[^>]*\srole="img"/);
    expect(optimised).toMatch(new RegExp(`^<svg[^>]*\\saria-labelledby="${id}-title"`));
    expect(optimised).toMatch(new RegExp(`^<svg[^>]*\\saria-describedby="${id}-desc"`));
    expect(optimised).toMatch(new RegExp(`<title id="${id}-title">[^<]+</title>`));
    expect(optimised).toMatch(new RegExp(`<desc id="${id}-desc">[^<]+</desc>`));
    expect(optimised).toMatch(/^<svg[^>]*\sstyle="[^"]*--diagram-width:[\d.]+px/);
    // Mermaid's exact viewBox: a rounded one changes the height by a fraction of a pixel.
    expect(/viewBox="([^"]*)"/.exec(optimised)?.[1]).toBe(/viewBox="([^"]*)"/.exec(merged)?.[1]);
    expect(optimised).toContain('var(--d');
  });

  it.each(KINDS)('drops from the %s drawing the styles, markers and attributes nothing uses', (name) => {
    const merged = mergedOf(name).svg;
    const optimised = optimiseDiagramSvg(merged, id);
    // Mermaid's whole theme comes with every diagram; rules for classes the drawing lacks go.
    expect(merged).toContain('.error-icon');
    expect(optimised).not.toContain('.error-icon');
    expect(optimised).not.toMatch(/\sdata-[\w-]+=/);
    const used = new Set([...optimised.matchAll(/marker-(?:start|end)="url\(#([^)]+)\)"/g)].map(([, ref]) => ref));
    expect(countOf(merged, /<marker\b/g)).toBeGreaterThan(used.size);
    expect(countOf(optimised, /<marker\b/g)).toBe(used.size);
    expect(countOf(optimised, /<symbol\b/g)).toBe(0);
  });

  it('keeps every id something refers to, and the ids Mermaid styles by suffix', () => {
    const optimised = optimiseDiagramSvg(mergedOf('sequence').svg, id);
    const ids = new Set([...optimised.matchAll(/\sid="([^"]+)"/g)].map(([, found = '']) => found));
    for (const [, ref = ''] of optimised.matchAll(/url\(#([^)]+)\)/g)) expect(ids).toContain(ref);
    expect([...ids].some((found) => found.endsWith('-arrowhead'))).toBe(true);
    expect(optimised).toMatch(/\[id\$=-arrowhead\]/);
  });

  it('makes each row of a label one element, with the words as they were', () => {
    const merged = mergedOf('flowchart').svg;
    const optimised = optimiseDiagramSvg(merged, id);
    const labels = (svg: string) =>
      [...svg.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)].map(([, inner = '']) => inner.replace(/<[^>]+>/g, ''));
    expect(countOf(merged, /class="text-inner-tspan"/g)).toBeGreaterThan(3);
    expect(optimised).not.toContain('text-inner-tspan');
    expect(labels(optimised)).toEqual(labels(merged));
    // A row stays an element only in a text of several rows (one row is its text: svg-hoist-single-row.ts).
    const rowsOfMultiRowTexts = [...merged.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)]
      .map(([, inner = '']) => countOf(inner, /class="text-outer-tspan/g))
      .filter((rows) => rows > 1)
      .reduce((sum, rows) => sum + rows, 0);
    expect(rowsOfMultiRowTexts).toBeGreaterThan(1);
    expect(countOf(optimised, /<tspan\b/g)).toBe(rowsOfMultiRowTexts);
  });

  it("keeps the words' elements when the drawing's style names them", () => {
    const styled = `<svg xmlns="http://www.w3.org/2000/svg" id="${id}" role="img"><style>#${id} .text-inner-tspan{font-weight:700}</style><text><tspan class="text-outer-tspan"><tspan class="text-inner-tspan">SET</tspan><tspan class="text-inner-tspan"> NX</tspan></tspan></text></svg>`;
    expect(countOf(optimiseDiagramSvg(styled, id), /class="text-inner-tspan"/g)).toBe(2);
  });

  it('keeps a link in the drawing out of the tab order, pointing at its answer', () => {
    const optimised = optimiseDiagramSvg(mergedOf('flowchart').svg, id);
    const link = /<a\s[^>]*>/.exec(optimised)?.[0] ?? '';
    expect(link).toContain(' xlink:href="/kafka/consumers/ordering/#kafka-ordering-keys"');
    expect(link).toContain(' tabindex="-1"');
  });
});

describe('oneDrawingForBothThemes', () => {
  it.each(KINDS)('gives the %s diagram one SVG whose own style colours it per theme, with its natural size', (name) => {
    const drawn = oneDrawingForBothThemes(id, drawings(name));
    const [, , width, height] = (/viewBox="([^"]*)"/.exec(fixture(name, 'light'))?.[1] ?? '').split(' ').map(Number);
    expect(drawn).toMatchObject({ width, height });
    expect(countOf(drawn.svg, /<svg\b/g)).toBe(1);
    const style = /<style>([\s\S]*)<\/style>/.exec(drawn.svg)?.[1] ?? '';
    // The theme rule comes last, after SVGO: its CSS minifier would drop the `:root` selector.
    expect(style).toMatch(
      new RegExp(`#${id}\\{--d0:[^}]+\\}:root:not\\(\\[data-theme="light"\\]\\) #${id}\\{--d0:[^}]+\\}$`),
    );
    expect(style).toContain(`--d0:${mergedOf(name).colours[0]?.dark}`);
  });

  it('refuses drawings that differ in more than colour', () => {
    const { light, dark } = drawings('sequence');
    expect(() => oneDrawingForBothThemes(id, { light, dark: dark.replace('token 33', 'token 99') })).toThrow(
      DiagramMergeError,
    );
  });
});
