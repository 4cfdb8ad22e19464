import { palette } from '../../config/palette.ts';
import { siteTitle } from '../../config/site.ts';
import { CARD_HEIGHT, CARD_WIDTH, type CardContent } from './card-content.ts';
import { type CardFont, type CardWeight, fontFamilyCss, fontsFor, measureWith } from './card-fonts.ts';
import { type FitStep, fitText } from './text-fit.ts';

/** A Satori element: the shape React elements have, without React. */
export interface CardNode {
  type: string;
  props: {
    style?: Record<string, string | number>;
    src?: string;
    width?: number;
    height?: number;
    children?: CardChildren;
  };
}
type CardChildren = string | CardNode | (string | CardNode)[];

const colours = palette.light;
const BORDER = 12;
const PADDING_X = 64;
const PADDING_Y = 48;
const ROW = 52;
const GAP = 24;
const TEXT_WIDTH = CARD_WIDTH - 2 * PADDING_X;
/** Measured widths leave this much room, so kerning or rounding in Satori never wraps a line again. */
const SAFETY = 0.96;

/** Large enough to read on a phone thumbnail (a 1200 px card shown about 300 px wide). */
export const TITLE_STEPS: readonly FitStep[] = [
  { size: 66, maxLines: 3 },
  { size: 58, maxLines: 3 },
  { size: 50, maxLines: 4 },
];
const TITLE_LINE_HEIGHT = 1.16;
const TEXT_SIZE = 30;
const TEXT_LINE_HEIGHT = 1.4;
const LABEL_SIZE = 28;
const BODY_HEIGHT = CARD_HEIGHT - BORDER - 2 * PADDING_Y - 2 * ROW - 2 * GAP;
const REPLACEMENT = '?';

export interface CardLayout {
  tree: CardNode;
  fonts: CardFont[];
  title: { size: number; lines: string[]; truncated: boolean };
  text: { lines: string[] };
}

const div = (style: Record<string, string | number>, children?: CardChildren): CardNode => ({
  type: 'div',
  props: children === undefined ? { style } : { style, children },
});

/**
 * The card: the site's logo and name on top; the question (or page title) as large as fits; the
 * start of its short answer (or the page's description); the level and section at the bottom.
 * Light theme, the site's palette.
 */
export function layoutCard(content: CardContent, logoSvg: string): CardLayout {
  const weights: CardWeight[] = [400, 700];
  const all = [siteTitle, content.title, content.text, content.section ?? '', content.level ?? ''].join('\n');
  const { fonts, missing } = fontsFor(all, weights);
  // A character no card font has is shown as "?", never as an empty box.
  const drawable = (text: string) =>
    [...text].map((character) => (missing.has(character.codePointAt(0) ?? 0) ? REPLACEMENT : character)).join('');
  const bold = measureWith(fonts, 700);
  const regular = measureWith(fonts, 400);

  const title = fitText(drawable(content.title), { steps: TITLE_STEPS, width: TEXT_WIDTH * SAFETY, measure: bold });
  const titleHeight = title.lines.length * title.size * TITLE_LINE_HEIGHT;
  const textLines = Math.min(3, Math.floor((BODY_HEIGHT - titleHeight - GAP) / (TEXT_SIZE * TEXT_LINE_HEIGHT)));
  const text =
    textLines > 0 && content.text
      ? fitText(drawable(content.text), {
          steps: [{ size: TEXT_SIZE, maxLines: textLines }],
          width: TEXT_WIDTH * SAFETY,
          measure: regular,
        })
      : { lines: [] };
  const level = content.level ? drawable(content.level) : '';
  const levelWidth = level ? bold(level, LABEL_SIZE) + 40 + GAP : 0;
  const section = content.section
    ? fitText(drawable(content.section), {
        steps: [{ size: LABEL_SIZE, maxLines: 1 }],
        width: (TEXT_WIDTH - levelWidth) * SAFETY,
        measure: regular,
      }).lines
    : [];

  const line = (value: string, style: Record<string, string | number>) =>
    div({ display: 'flex', whiteSpace: 'pre', ...style }, value);
  const tree = div(
    {
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: `${PADDING_Y}px ${PADDING_X}px`,
      borderTop: `${BORDER}px solid ${colours.accent}`,
      backgroundColor: colours.background,
      color: colours.text,
      fontFamily: fontFamilyCss(fonts),
    },
    [
      div({ display: 'flex', alignItems: 'center', height: ROW }, [
        {
          type: 'img',
          props: {
            src: `data:image/svg+xml;base64,${Buffer.from(logoSvg).toString('base64')}`,
            width: ROW,
            height: ROW,
          },
        },
        line(siteTitle, { marginLeft: 18, fontSize: 34, fontWeight: 700, color: colours.accentHigh }),
      ]),
      div({ display: 'flex', flexDirection: 'column', height: BODY_HEIGHT, justifyContent: 'center' }, [
        ...title.lines.map((value) =>
          line(value, { fontSize: title.size, fontWeight: 700, lineHeight: TITLE_LINE_HEIGHT, letterSpacing: 0 }),
        ),
        ...text.lines.map((value, index) =>
          line(value, {
            fontSize: TEXT_SIZE,
            lineHeight: TEXT_LINE_HEIGHT,
            color: colours.muted,
            marginTop: index === 0 ? GAP : 0,
          }),
        ),
      ]),
      div({ display: 'flex', alignItems: 'center', height: ROW }, [
        ...(level
          ? [
              line(level, {
                fontSize: LABEL_SIZE,
                fontWeight: 700,
                color: colours.accentHigh,
                backgroundColor: colours.accentLow,
                padding: '6px 20px',
                borderRadius: 999,
                marginRight: GAP,
              }),
            ]
          : []),
        ...section.map((value) => line(value, { fontSize: LABEL_SIZE, color: colours.muted })),
      ]),
    ],
  );
  return { tree, fonts, title, text };
}
