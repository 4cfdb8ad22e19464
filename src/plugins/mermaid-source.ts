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

/** `click Node "/page/#id" "Tooltip"` and `click Node href "/page/#id"`: site-internal links only. */
function readLinks(source: string): DiagramLink[] {
  const links: DiagramLink[] = [];
  const clicks = /^\s*click\s+(\S+)\s+(?:href\s+)?"([^"]+)"(?:\s+"([^"]*)")?/gm;
  for (const [, node = '', href = '', tooltip] of source.matchAll(clicks)) {
    if (!href.startsWith('/')) continue;
    links.push({ href, label: tooltip || nodeLabel(source, node) || href });
  }
  return links;
}

/** The text of `Node[Text]`, `Node(Text)`, `Node{Text}` or `Node>Text]`, quotes removed. */
function nodeLabel(source: string, node: string): string | undefined {
  const escaped = node.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`\\b${escaped}\\s*[[({>]+\\s*"?([^\\])}"]+)`).exec(source);
  return match?.[1]?.trim();
}
