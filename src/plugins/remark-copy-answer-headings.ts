import type { Heading, Root } from 'mdast';
import type { TextDirective } from 'mdast-util-directive';
import { visit } from 'unist-util-visit';

/**
 * For the Markdown copy of a page: a question heading keeps its question and its answer id, as
 * a `{#id}` attribute (the heading-id syntax of Pandoc and kramdown), so a reader sees which
 * answer it is and the copy menu can cut the answer out by that id. Level and tags are the
 * site's navigation, not the answer's text: they go.
 *
 * ```md
 * ## How does Kafka order messages? :answer{#kafka-ordering level=basic tags="kafka ordering"}
 * ```
 * becomes
 * ```md
 * ## How does Kafka order messages? {#kafka-ordering}
 * ```
 */
export function remarkCopyAnswerHeadings() {
  return () => (tree: Root) => {
    visit(tree, 'heading', (heading: Heading) => {
      const index = heading.children.findIndex((child) => child.type === 'textDirective' && child.name === 'answer');
      if (index === -1) return;
      const directive = heading.children[index] as TextDirective;
      heading.children.splice(index, 1);
      const last = heading.children.at(-1);
      if (last?.type === 'text') last.value = last.value.trimEnd();
      heading.children.push({ type: 'text', value: ` {#${directive.attributes?.id ?? ''}}` });
    });
  };
}
