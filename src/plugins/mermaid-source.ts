/**
 * What the build needs to know about a Mermaid diagram without drawing it: its accessible
 * title and description, and the answers its nodes link to. Pure string work, no browser.
 */
export interface DiagramFacts {
  title: string | undefined;
  description: string | undefined;
  links: DiagramLink[];
}

export interface DiagramLink {
  href: string;
  label: string;
}

export function readDiagramFacts(source: string): DiagramFacts {
  return {
    title: matchLine(source, /^\s*accTitle\s*:\s*(.+?)\s*$/m),
    description:
      matchLine(source, /^\s*accDescr\s*:\s*(.+?)\s*$/m) ??
      matchLine(source, /^\s*accDescr\s*\{([\s\S]*?)\}/m)?.replace(/\s+/g, ' '),
    links: readLinks(source),
  };
}

function matchLine(source: string, pattern: RegExp): string | undefined {
  return pattern.exec(source)?.[1]?.trim() || undefined;
}

/** `click Node "/page/#id" "Tooltip"` and `click Node href "/page/#id"`. */
const CLICK_LINES = /^(\s*click\s+(\S+)\s+(?:href\s+)?")([^"]+)("(?:\s+"([^"]*)")?)/gm;

/** Site-internal links only. */
function readLinks(source: string): DiagramLink[] {
  const links: DiagramLink[] = [];
  for (const [, , node = '', href = '', , tooltip] of source.matchAll(CLICK_LINES)) {
    if (!href.startsWith('/')) continue;
    links.push({ href, label: tooltip || nodeLabel(source, node) || href });
  }
  return links;
}

/**
 * The source with the target of every `click` line replaced by `rewrite(target)`: the Markdown
 * copy makes site-internal targets absolute, so a diagram pasted elsewhere still links home.
 */
export function rewriteDiagramLinks(source: string, rewrite: (href: string) => string): string {
  return source.replace(CLICK_LINES, (_, start: string, _node: string, href: string, end: string) => {
    return `${start}${rewrite(href)}${end}`;
  });
}

/** The text of `Node[Text]`, `Node(Text)`, `Node{Text}` or `Node>Text]`, quotes removed. */
function nodeLabel(source: string, node: string): string | undefined {
  const escaped = node.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`\\b${escaped}\\s*[[({>]+\\s*"?([^\\])}"]+)`).exec(source);
  return match?.[1]?.trim();
}
