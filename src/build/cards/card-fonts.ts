import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { create, type Font } from 'fontkitten';

/**
 * The cards' fonts, read from `@fontsource` packages (never the system's, so every machine draws
 * the same card): Inter for Latin, Greek and Cyrillic, then Noto Sans SC for CJK and Noto Emoji.
 * Each package is split into subsets by Unicode range; a card loads only the subsets its text
 * uses, so a Latin card never parses a CJK font.
 */
export type CardWeight = 400 | 700;

/** One font file, as Satori wants it and as the text fitting measures it. */
export interface CardFont {
  /** The family and subset: `Inter latin`, `Noto Sans SC 97`. */
  name: string;
  weight: CardWeight;
  data: Buffer;
  face: Font;
}

interface Family {
  name: string;
  packageName: string;
  /** File name prefix inside `files/`: `inter` → `inter-latin-700-normal.woff`. */
  prefix: string;
  /** Subsets with their code point ranges, from the package's `unicode.json`. */
  subsets: { name: string; ranges: [number, number][] }[];
  /** Weights the family ships; a missing one falls back to the nearest. */
  weights: readonly CardWeight[];
}

const require = createRequire(import.meta.url);

function family(name: string, packageName: string, prefix: string, weights: readonly CardWeight[]): Family {
  const directory = packageDirectory(packageName);
  const unicode = JSON.parse(readFileSync(join(directory, 'unicode.json'), 'utf8')) as Record<string, string>;
  const subsets = Object.entries(unicode).map(([subset, ranges]) => ({
    name: subset.replace(/^\[(\d+)\]$/, '$1'),
    ranges: parseRanges(ranges),
  }));
  return { name, packageName, prefix, subsets, weights };
}

function packageDirectory(packageName: string): string {
  return dirname(require.resolve(`${packageName}/package.json`));
}

/** `U+0000-00FF,U+0131` → `[[0, 255], [305, 305]]`. */
export function parseRanges(ranges: string): [number, number][] {
  return ranges.split(',').map((range) => {
    const [from = '', to = from] = range.trim().replace(/^U\+/i, '').split('-');
    return [Number.parseInt(from, 16), Number.parseInt(to, 16)];
  });
}

/** In fallback order: the first family with a glyph draws a character, as in Satori. */
const FAMILIES: Family[] = [
  family('Inter', '@fontsource/inter', 'inter', [400, 700]),
  family('Noto Sans SC', '@fontsource/noto-sans-sc', 'noto-sans-sc', [400, 700]),
  family('Noto Emoji', '@fontsource/noto-emoji', 'noto-emoji', [400, 700]),
];

/** Satori keeps one font per name and weight, so each subset file is a family of its own. */
export function fontFamilyCss(fonts: readonly CardFont[]): string {
  return [...new Set(fonts.map(({ name }) => `'${name}'`))].join(', ');
}

/** Package versions of the fonts: part of the cards' cache key. */
export const FONT_VERSIONS = Object.fromEntries(
  FAMILIES.map(({ packageName }) => [
    packageName,
    (JSON.parse(readFileSync(join(packageDirectory(packageName), 'package.json'), 'utf8')) as { version: string })
      .version,
  ]),
);

const loaded = new Map<string, CardFont>();

function loadFont(owner: Family, subset: string, weight: CardWeight): CardFont {
  const file = join(packageDirectory(owner.packageName), 'files', `${owner.prefix}-${subset}-${weight}-normal.woff`);
  let font = loaded.get(file);
  if (!font) {
    const data = readFileSync(file);
    font = { name: `${owner.name} ${subset}`, weight, data, face: create(data) as Font };
    loaded.set(file, font);
  }
  return font;
}

const inRanges = (codePoint: number, ranges: [number, number][]) =>
  ranges.some(([from, to]) => codePoint >= from && codePoint <= to);

/** Which subset draws a code point, remembered: scanning every subset's ranges is the slow part. */
const subsetOf = new Map<number, { owner: Family; subset: string } | undefined>();

function subsetFor(codePoint: number): { owner: Family; subset: string } | undefined {
  if (!subsetOf.has(codePoint)) {
    const found = FAMILIES.flatMap((owner) =>
      owner.subsets.filter(({ ranges }) => inRanges(codePoint, ranges)).map(({ name }) => ({ owner, subset: name })),
    ).find(({ owner, subset }) => loadFont(owner, subset, 400).face.hasGlyphForCodePoint(codePoint));
    subsetOf.set(codePoint, found);
  }
  return subsetOf.get(codePoint);
}

/**
 * The font files that draw `text` at each weight: for every code point, the first family whose
 * subset really has a glyph for it (a subset's range is wider than its glyphs). Code points that
 * no font draws are returned too, so the caller can replace them instead of drawing tofu.
 */
export function fontsFor(text: string, weights: readonly CardWeight[]): { fonts: CardFont[]; missing: Set<number> } {
  const chosen = new Set<CardFont>();
  const missing = new Set<number>();
  const codePoints = new Set([...text].map((character) => character.codePointAt(0) ?? 0));
  // Latin is always there: the card's own labels are Latin.
  for (const weight of weights) chosen.add(loadFont(FAMILIES[0] as Family, 'latin', weight));
  for (const codePoint of codePoints) {
    if (isInvisible(codePoint)) continue;
    const drawnBy = subsetFor(codePoint);
    if (!drawnBy) {
      missing.add(codePoint);
      continue;
    }
    for (const weight of weights) chosen.add(loadFont(drawnBy.owner, drawnBy.subset, weight));
  }
  const order = (font: CardFont) => FAMILIES.findIndex(({ name }) => font.name.startsWith(`${name} `));
  return { fonts: [...chosen].sort((a, b) => order(a) - order(b)), missing };
}

/** Joiners and variation selectors shape emoji and scripts; they need no glyph of their own. */
export function isInvisible(codePoint: number): boolean {
  return codePoint === 0x200d || (codePoint >= 0xfe00 && codePoint <= 0xfe0f) || codePoint === 0x20e3;
}

const EMOJI = /\p{Extended_Pictographic}/u;
const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** Emoji are drawn as images one em wide (see `emojiImage`); this leaves room around them. */
const EMOJI_WIDTH_EM = 1.2;

/** Fonts Satori draws text with: emoji come as images instead (Satori's own way for emoji). */
export function textFonts(fonts: readonly CardFont[]): CardFont[] {
  return fonts.filter(({ name }) => !name.startsWith('Noto Emoji '));
}

/**
 * An emoji as an SVG image, from the monochrome Noto Emoji glyph of its first code point: a
 * sequence (skin tone, ZWJ family) shows its base emoji rather than a box.
 */
export function emojiImage(fonts: readonly CardFont[], segment: string, colour: string): string | undefined {
  const codePoint = segment.codePointAt(0) ?? 0;
  const face = fonts.find(
    ({ name, face }) => name.startsWith('Noto Emoji ') && face.hasGlyphForCodePoint(codePoint),
  )?.face;
  if (!face) return undefined;
  const glyph = face.glyphForCodePoint(codePoint);
  const top = face.ascent;
  const height = face.ascent - face.descent;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${glyph.advanceWidth} ${height}"><path fill="${colour}" transform="matrix(1 0 0 -1 0 ${top})" d="${glyph.path.toSVG()}"/></svg>`;
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}

/** The width of `text` at `size` px, each character in the first of `fonts` that has it. */
export function measureWith(fonts: readonly CardFont[], weight: CardWeight) {
  const faces = textFonts(fonts)
    .filter((font) => font.weight === weight)
    .map(({ face }) => face);
  const widths = new Map<string, number>();
  return (text: string, size: number): number => {
    // Segmenting into graphemes is slow, and fitting measures often: only text with emoji needs it.
    if (!EMOJI.test(text)) return graphemeWidth(text) * size;
    let em = 0;
    for (const { segment } of graphemes.segment(text))
      em += EMOJI.test(segment) ? EMOJI_WIDTH_EM : graphemeWidth(segment);
    return em * size;
  };

  function graphemeWidth(run: string): number {
    let em = 0;
    for (const character of run) {
      let width = widths.get(character);
      if (width === undefined) {
        const codePoint = character.codePointAt(0) ?? 0;
        const face = faces.find((candidate) => candidate.hasGlyphForCodePoint(codePoint));
        width = face ? face.glyphForCodePoint(codePoint).advanceWidth / face.unitsPerEm : 0;
        widths.set(character, width);
      }
      em += width;
    }
    return em;
  }
}
