import type { CustomPlugin, XastElement, XastParent, XastRoot } from 'svgo';
import { isElement, type Rewrite, type SelectionGuard, selectionGuard } from './svg-style-selection.ts';

/** An element and the parent it had when it was reached. */
export interface Placed {
  element: XastElement;
  parent: XastParent;
}

/**
 * Plans one rewrite for an element, on the tree as the rewrites before it left it, or none.
 * The guard tells which style rules select what.
 */
export type RewritePlanner = (placed: Placed, guard: SelectionGuard) => Rewrite | undefined;

/**
 * An SVGO plugin that offers `planner` every element, children before their parent (so a group
 * is looked at once its own groups are settled), and keeps the rewrites after which every rule of
 * the drawing's `<style>` selects the same elements. A drawing whose style cannot be evaluated
 * is left as it is.
 */
export function rewritePlugin(name: string, planner: RewritePlanner): CustomPlugin {
  return {
    name,
    fn: (root: XastRoot) => {
      const guard = selectionGuard(root);
      if (!guard) return null;
      guard.applyKeepingSelection(function* plans() {
        for (const placed of childrenFirst(root)) yield () => planner(placed, guard);
      });
      return null;
    },
  };
}

/** Every element under `parent`, each after its descendants. Reads each children array as it was when reached. */
function* childrenFirst(parent: XastParent): Generator<Placed> {
  for (const child of parent.children) {
    if (!isElement(child)) continue;
    yield* childrenFirst(child);
    yield { element: child, parent };
  }
}

/** A rewrite that swaps `parent`'s children for the given ones, and back. */
export function replaceChildren(
  parent: XastParent,
  children: XastParent['children'],
  replaced: Rewrite['replaced'],
): Rewrite {
  let before: XastParent['children'] = parent.children;
  return {
    apply: () => {
      before = parent.children;
      parent.children = children;
    },
    revert: () => {
      parent.children = before;
    },
    replaced,
  };
}

/** A rewrite that gives `element` new attributes and children, and back: one element taking over another's content. */
export function replaceContent(
  element: XastElement,
  content: Pick<XastElement, 'attributes' | 'children'>,
  replaced: Rewrite['replaced'],
): Rewrite {
  const before = { attributes: element.attributes, children: element.children };
  return {
    apply: () => {
      element.attributes = content.attributes;
      element.children = content.children;
    },
    revert: () => {
      element.attributes = before.attributes;
      element.children = before.children;
    },
    replaced,
  };
}

/** A rewrite that puts `element`'s children in its place under `parent`, in the same order. */
export function unwrapElement(parent: XastParent, element: XastElement): Rewrite {
  const children = parent.children.flatMap((child) => (child === element ? element.children : [child]));
  return replaceChildren(parent, children, new Map());
}
