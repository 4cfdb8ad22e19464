/**
 * Fits text into a box of fixed width and a number of lines: the largest type size whose
 * wrapped lines fit, else the smallest size cut to its last line with an ellipsis. Lines break
 * at spaces and between CJK characters or emoji; a word wider than the box breaks between
 * graphemes. A cut falls at a word end when one fits, else between graphemes: never inside a
 * character, an emoji sequence or a combining mark.
 */
export interface FitStep {
  size: number;
  maxLines: number;
}

export interface FitOptions {
  /** Sizes to try, largest first, each with the lines it may take. */
  steps: readonly FitStep[];
  /** Box width in px. */
  width: number;
  /** Width of a run of text at a size, in px. */
  measure: (text: string, size: number) => number;
}

export interface FittedText {
  size: number;
  lines: string[];
  truncated: boolean;
}

export const ELLIPSIS = '…';

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

export function splitGraphemes(text: string): string[] {
  return [...graphemes.segment(text)].map(({ segment }) => segment);
}

/** CJK ideographs, kana, Hangul, full-width forms and emoji: a line may break on either side. */
const BREAKS_ANYWHERE =
  /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\u{20000}-\u{3134f}]|\p{Extended_Pictographic}/u;

/** Words, spaces and single wide graphemes, in order. */
function units(text: string): string[] {
  const result: string[] = [];
  let word = '';
  for (const grapheme of splitGraphemes(text)) {
    if (/^\s+$/.test(grapheme) || BREAKS_ANYWHERE.test(grapheme)) {
      if (word) result.push(word);
      word = '';
      result.push(/^\s+$/.test(grapheme) ? ' ' : grapheme);
    } else {
      word += grapheme;
    }
  }
  if (word) result.push(word);
  return result;
}

/** Greedy wrapping, as a browser (and Satori) wraps a paragraph. */
export function wrapLines(text: string, size: number, width: number, measure: FitOptions['measure']): string[] {
  const lines: string[] = [];
  let line = '';
  let space = false;
  const fits = (candidate: string) => measure(candidate, size) <= width;
  for (const unit of units(text)) {
    if (unit === ' ') {
      space = line !== '';
      continue;
    }
    const candidate = line + (space ? ' ' : '') + unit;
    space = false;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = '';
    // A word wider than the whole box: break it between graphemes.
    for (const grapheme of splitGraphemes(unit)) {
      if (line && !fits(line + grapheme)) {
        lines.push(line);
        line = '';
      }
      line += grapheme;
    }
  }
  if (line) lines.push(line);
  return lines;
}

export function fitText(text: string, { steps, width, measure }: FitOptions): FittedText {
  const clean = text.replace(/\s+/g, ' ').trim();
  const last = steps.at(-1);
  if (!last) throw new Error('fitText needs at least one size');
  for (const { size, maxLines } of steps) {
    const lines = wrapLines(clean, size, width, measure);
    if (lines.length <= maxLines) return { size, lines, truncated: false };
  }
  const lines = wrapLines(clean, last.size, width, measure).slice(0, last.maxLines);
  const kept = lines.slice(0, -1);
  const finalLine = cutWithEllipsis(lines.at(-1) ?? '', (candidate) => measure(candidate, last.size) <= width);
  return { size: last.size, lines: [...kept, finalLine], truncated: true };
}

/**
 * The longest start of `line` that fits with an ellipsis after it: whole words when at least
 * one fits, else whole graphemes. Punctuation and spaces before the ellipsis go.
 */
export function cutWithEllipsis(line: string, fits: (candidate: string) => boolean): string {
  const withEllipsis = (start: string) => `${start.replace(/[\s,;:.\u3001\u3002-]+$/u, '')}${ELLIPSIS}`;
  const pieces = units(line);
  for (let count = pieces.length; count > 0; count -= 1) {
    const candidate = withEllipsis(pieces.slice(0, count).join(''));
    if (candidate !== ELLIPSIS && fits(candidate)) return candidate;
  }
  const characters = splitGraphemes(line);
  for (let count = characters.length - 1; count > 0; count -= 1) {
    const candidate = withEllipsis(characters.slice(0, count).join(''));
    if (fits(candidate)) return candidate;
  }
  return ELLIPSIS;
}
