/** A page as the llms.txt index lists it. */
export interface IndexedPage {
  title: string;
  description: string;
  /** Absolute address of the page's Markdown copy. */
  markdownUrl: string;
}

export interface IndexGroup {
  /** The group's heading: a section of the site. */
  label: string;
  pages: readonly IndexedPage[];
}

export interface LlmsIndexInput {
  title: string;
  summary: string;
  /** Plain prose between the summary and the first group. */
  details: string;
  groups: readonly IndexGroup[];
}

/**
 * `/llms.txt` as the llms.txt convention (llmstxt.org) has it: the site's name as the one `#`
 * heading, a `>` summary, a few plain lines, then a `##` heading per group listing its pages as
 * `- [name](url): description`, each url a Markdown copy. Empty groups are left out.
 *
 * ```md
 * # Backend Handbook
 *
 * > Precise answers for backend engineers.
 *
 * Every page is also published as Markdown.
 *
 * ## Consumers and delivery guarantees
 *
 * - [Message ordering in Kafka](https://example.org/kafka/consumers/ordering/index.md): What order Kafka guarantees…
 * ```
 */
export function llmsIndex({ title, summary, details, groups }: LlmsIndexInput): string {
  const lines = [`# ${oneLine(title)}`, '', `> ${oneLine(summary)}`, '', details.trim()];
  for (const group of groups) {
    if (group.pages.length === 0) continue;
    lines.push('', `## ${oneLine(group.label)}`, '');
    for (const page of group.pages) {
      const description = page.description ? `: ${oneLine(page.description)}` : '';
      lines.push(`- [${linkText(page.title)}](${page.markdownUrl})${description}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/**
 * `/llms-full.txt`: every page's Markdown copy in the index's order, each preceded by the
 * address it is published at, so a reader of the one file can still cite a page.
 */
export function llmsFull(copies: readonly { markdownUrl: string; markdown: string }[]): string {
  return copies.map(({ markdownUrl, markdown }) => `<!-- ${markdownUrl} -->\n\n${markdown.trim()}\n`).join('\n---\n\n');
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Brackets would end the link text early; a backslash keeps them literal. */
function linkText(text: string): string {
  return oneLine(text).replace(/[[\]\\]/g, '\\$&');
}
