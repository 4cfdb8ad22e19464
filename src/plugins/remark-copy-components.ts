import type { Root, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/** The Markdown a component stands for on a given page (`kafka/consumers`), links site-relative. */
export type ComponentMarkdown = Record<string, (page: string) => RootContent[] | Promise<RootContent[]>>;

export interface CopyComponentsOptions {
  /** The page being copied, as its id (`kafka/consumers`). */
  page: string;
  components: ComponentMarkdown;
}

/**
 * For the Markdown copy of a page: the MDX `import` lines go, and each component the page
 * renders is replaced by the Markdown it stands for (a section index by its list of pages and
 * questions). A component with no Markdown is left for the copy's final check to report.
 *
 * ```mdx
 * import SectionIndex from '../../components/SectionIndex.astro';
 *
 * <SectionIndex />
 * ```
 * becomes, with `components.SectionIndex` returning the list `- [Ordering](/kafka/ordering/)`:
 * ```md
 * - [Ordering](/kafka/ordering/)
 * ```
 */
export function remarkCopyComponents({ page, components }: CopyComponentsOptions) {
  return () => async (tree: Root, _file: VFile) => {
    tree.children = tree.children.filter((node) => node.type !== 'mdxjsEsm');
    const replaced: Array<{ index: number; parent: { children: RootContent[] }; name: string }> = [];
    visit(tree, 'mdxJsxFlowElement', (node, index, parent) => {
      if (node.name && Object.hasOwn(components, node.name) && parent && index !== undefined) {
        replaced.push({ index, parent, name: node.name });
      }
    });
    // Last first, so the earlier indexes stay right.
    for (const { index, parent, name } of replaced.reverse()) {
      parent.children.splice(index, 1, ...(await (components[name] as ComponentMarkdown[string])(page)));
    }
  };
}
