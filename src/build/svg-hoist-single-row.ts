import type { XastElement } from 'svgo';
import { replaceContent, rewritePlugin } from './svg-rewrite-plugin.ts';
import type { Rewrite } from './svg-style-selection.ts';

/** The attributes that place a row; anything else on the row (a style, a colour) keeps it an element. */
const POSITION = ['x', 'y', 'dx', 'dy'] as const;
const ROW_ATTRIBUTES = new Set<string>([...POSITION, 'class']);

/**
 * A text of one row needs no row element: the text itself takes the row's position (the row's
 * value wins where both give one, as it did for every character of the row) and its words.
 * Only when the row's own style is the text's: no rule selects the row, or exactly the rules
 * that select the text do (`#id .noteText,#id .noteText>tspan`). A row styled apart
 * (`#id text.actor>tspan`), with a list of positions, or with attributes of its own stays.
 *
 * In:  <text y="-10.1" text-anchor="middle"><tspan x="0" y="-.1em" class="text-outer-tspan row" dy="1.1em">SET NX PX</tspan></text>
 * Out: <text y="-.1em" text-anchor="middle" x="0" dy="1.1em">SET NX PX</text>
 */
export const hoistSingleRow = rewritePlugin('hoistSingleRow', ({ element: text }, guard): Rewrite | undefined => {
  const [row, ...others] = text.children;
  if (text.name !== 'text' || others.length > 0 || row?.type !== 'element' || row.name !== 'tspan') return undefined;
  if (!isPlainRow(row)) return undefined;
  const rowRules = guard.rulesSelecting(row);
  const textRules = guard.rulesSelecting(text);
  const styledAlike =
    rowRules.size === 0 || (rowRules.size === textRules.size && [...rowRules].every((rule) => textRules.has(rule)));
  if (!styledAlike) return undefined;

  const attributes = { ...text.attributes };
  for (const name of POSITION) {
    const value = row.attributes[name];
    if (value != null) attributes[name] = value;
  }
  return replaceContent(text, { attributes, children: row.children }, new Map([[row, text]]));
});

function isPlainRow(row: XastElement): boolean {
  const onlyPlacing = Object.keys(row.attributes).every((name) => ROW_ATTRIBUTES.has(name));
  const singlePositions = POSITION.every((name) => !/[\s,]/.test((row.attributes[name] ?? '').trim()));
  return onlyPlacing && singlePositions && row.children.every((child) => child.type === 'text');
}
