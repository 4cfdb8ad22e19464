import { querySelectorAll, type XastChild, type XastElement, type XastParent, type XastRoot } from 'svgo';

/**
 * What a drawing's own `<style>` selects, so a rewrite of the drawing's elements can prove it
 * leaves every rule selecting what it selected before. Mermaid styles by class, element name and
 * nesting (`#id .edgeLabel .label text`, `#id text.actor>tspan`), so removing or merging an
 * element is only safe where no rule notices.
 */

/** One style rule of the drawing: its selector list and its declarations, as written. */
export interface StyleRule {
  selectors: string;
  declarations: string;
}

/**
 * One change to the tree that can be taken back. `replaced` names the elements the change
 * removes and what takes over for each in the rules: another element (a merged group, the text
 * that now carries its row) or `'draws-nothing'` for an element that drew nothing. A removed
 * element not named there must not have been selected by any rule.
 */
export interface Rewrite {
  apply(): void;
  revert(): void;
  replaced: ReadonlyMap<XastElement, XastElement | 'draws-nothing'>;
}

export interface SelectionGuard {
  readonly rules: readonly StyleRule[];
  /** The rules (by index) that select `element` in the tree as it stands. */
  rulesSelecting(element: XastElement): ReadonlySet<number>;
  /**
   * Applies the rewrites, planned one after another on the tree as the previous ones left it,
   * and keeps those after which every rule selects the same elements (through `replaced`).
   * Returns how many were kept.
   */
  applyKeepingSelection(plans: () => Iterable<() => Rewrite | undefined>): number;
}

/**
 * Input: an SVGO tree whose `<style>` elements hold the drawing's CSS (at most one level of
 * `@media`/`@supports` nesting is read; `@keyframes` and other at-rules select nothing).
 * Output: a guard over that tree, or `undefined` when a selector cannot be evaluated (then no
 * rewrite can be proved safe, and the plugins leave the drawing alone).
 */
export function selectionGuard(root: XastRoot): SelectionGuard | undefined {
  const rules = styleRules(root);
  let selection: Set<XastElement>[];
  try {
    selection = selectAll(root, rules);
  } catch {
    return undefined;
  }

  const rulesSelecting = (element: XastElement): ReadonlySet<number> =>
    new Set(selection.flatMap((selected, index) => (selected.has(element) ? [index] : [])));

  const keepsSelection = (before: Set<XastElement>[], rewrites: readonly Rewrite[]): Set<XastElement>[] | undefined => {
    const after = selectAll(root, rules);
    const takeOver = (element: XastElement) => {
      for (const rewrite of rewrites) {
        const replacement = rewrite.replaced.get(element);
        if (replacement) return replacement;
      }
      return element;
    };
    for (const [index, selected] of before.entries()) {
      const expected = new Set<XastElement>();
      for (const element of selected) {
        // A chain of rewrites may hand an element on more than once (a group merged into one
        // that is merged in turn).
        let current: XastElement | 'draws-nothing' = element;
        for (let step = 0; step < rewrites.length && current !== 'draws-nothing'; step += 1) {
          const next: XastElement | 'draws-nothing' = takeOver(current);
          if (next === current) break;
          current = next;
        }
        if (current !== 'draws-nothing') expected.add(current);
      }
      if (!sameSet(expected, after[index] ?? new Set())) return undefined;
    }
    return after;
  };

  const applyKeepingSelection = (plans: () => Iterable<() => Rewrite | undefined>): number => {
    // All at once first: on Mermaid's drawings nearly every rewrite is safe, and one check of
    // the rules costs as much as checking one rewrite.
    const applied = applyAll(plans());
    const checked = keepsSelection(selection, applied);
    if (checked) {
      selection = checked;
      return applied.length;
    }
    for (const rewrite of applied.toReversed()) rewrite.revert();
    let kept = 0;
    for (const plan of plans()) {
      const rewrite = plan();
      if (!rewrite) continue;
      rewrite.apply();
      const after = keepsSelection(selection, [rewrite]);
      if (after) {
        selection = after;
        kept += 1;
      } else {
        rewrite.revert();
      }
    }
    return kept;
  };

  return { rules, rulesSelecting, applyKeepingSelection };
}

function applyAll(plans: Iterable<() => Rewrite | undefined>): Rewrite[] {
  const applied: Rewrite[] = [];
  for (const plan of plans) {
    const rewrite = plan();
    if (!rewrite) continue;
    rewrite.apply();
    applied.push(rewrite);
  }
  return applied;
}

function selectAll(root: XastRoot, rules: readonly StyleRule[]): Set<XastElement>[] {
  return rules.map(
    (rule) => new Set(querySelectorAll(root, rule.selectors).filter((node): node is XastElement => isElement(node))),
  );
}

function sameSet<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean {
  return a.size === b.size && [...a].every((item) => b.has(item));
}

/** The property names a rule declares: `fill:red;stroke:none` gives `fill`, `stroke`. */
export function declaredProperties(rule: StyleRule | undefined): string[] {
  if (!rule) return [];
  return rule.declarations
    .split(';')
    .filter((declaration) => declaration.includes(':'))
    .map((declaration) => declaration.slice(0, declaration.indexOf(':')).trim().toLowerCase())
    .filter(Boolean);
}

export function isElement(node: XastChild | XastParent): node is XastElement {
  return node.type === 'element';
}

/**
 * The style rules of every `<style>` in the tree, in order.
 *
 * Input: `<style>@keyframes dash{to{stroke-dashoffset:0}}#d .label text{fill:red}</style>`.
 * Output: `[{ selectors: '#d .label text', declarations: 'fill:red' }]`.
 */
export function styleRules(root: XastRoot): StyleRule[] {
  const rules: StyleRule[] = [];
  const visit = (node: XastParent) => {
    for (const child of node.children) {
      if (!isElement(child)) continue;
      if (child.name === 'style') {
        const css = child.children
          .map((part) => (part.type === 'text' || part.type === 'cdata' ? part.value : ''))
          .join('');
        rules.push(...rulesOf(css.replace(/\/\*[\s\S]*?\*\//g, '')));
      } else {
        visit(child);
      }
    }
  };
  visit(root);
  return rules;
}

const GROUPING_AT_RULE = /^@(?:media|supports|layer|container)\b/;

function rulesOf(css: string): StyleRule[] {
  const rules: StyleRule[] = [];
  let position = 0;
  while (position < css.length) {
    const open = css.indexOf('{', position);
    if (open < 0) break;
    const prelude = css
      .slice(position, open)
      .replace(/^[\s;}]+/, '')
      .trim();
    const close = matchingBrace(css, open);
    const body = css.slice(open + 1, close);
    if (GROUPING_AT_RULE.test(prelude)) rules.push(...rulesOf(body));
    else if (!prelude.startsWith('@')) rules.push({ selectors: prelude, declarations: body.trim() });
    position = close + 1;
  }
  return rules;
}

function matchingBrace(css: string, open: number): number {
  let depth = 0;
  let quote = '';
  for (let index = open; index < css.length; index += 1) {
    const character = css[index];
    if (quote) {
      if (character === '\\') index += 1;
      else if (character === quote) quote = '';
    } else if (character === '"' || character === "'") {
      quote = character;
    } else if (character === '{') {
      depth += 1;
    } else if (character === '}') {
      depth -= 1;
      if (depth === 0) return index;
    }
  }
  return css.length;
}
