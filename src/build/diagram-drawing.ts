import type { ThemeName } from '../config/palette.ts';
import { optimiseDiagramSvg } from './svg-optimise.ts';
import { mergeThemeDrawings, themeColourRule, withThemeColourRule } from './svg-theme-merge.ts';

/** One diagram as the page gets it: a single SVG for both themes, and its natural size. */
export interface DrawnDiagram {
  svg: string;
  /** The drawing's natural width and height in CSS pixels (its viewBox), for a box that keeps its place. */
  width: number;
  height: number;
}

/** The light and dark drawings of a diagram differ in more than colour, so they cannot be one SVG. */
export class DiagramMergeError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'DiagramMergeError';
  }
}

/**
 * Input: the light and the dark drawing of one diagram, drawn with the same `id`.
 * Output: one optimised SVG whose theme colours are custom properties, set by a rule at the end
 * of its `<style>` (added after SVGO, whose CSS minifier would drop the `:root` selector), with
 * its natural size. Throws a DiagramMergeError when the drawings differ in more than colour.
 */
export function oneDrawingForBothThemes(id: string, drawings: Record<ThemeName, string>): DrawnDiagram {
  const merged = mergeThemeDrawings(drawings.light, drawings.dark);
  if ('mismatch' in merged) throw new DiagramMergeError(merged.mismatch);
  const svg = withThemeColourRule(optimiseDiagramSvg(merged.svg, id), themeColourRule(id, merged.colours));
  return { svg, ...naturalSize(svg) };
}

function naturalSize(svg: string): { width: number; height: number } {
  const viewBox = /^<svg[^>]*\sviewBox="([^"]+)"/.exec(svg)?.[1];
  const [, , width = Number.NaN, height = Number.NaN] = (viewBox ?? '').split(/[\s,]+/).map(Number);
  if (!(width > 0 && height > 0)) throw new Error(`A drawn diagram has no usable viewBox: ${svg.slice(0, 200)}`);
  return { width, height };
}
