import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { mermaidConfig } from '../config/mermaid-theme.ts';
import { THEMES, type ThemeName } from '../config/palette.ts';

const require = createRequire(import.meta.url);
const MERMAID_BUNDLE = require.resolve('mermaid/dist/mermaid.min.js');

/** The accessible name and description to give a diagram that has no accTitle or accDescr. */
export interface DiagramLabel {
  title?: string | undefined;
  description?: string | undefined;
}

/** Mermaid rejected the source; `line` is 1-based within the diagram when Mermaid says it. */
export class DiagramSyntaxError extends Error {
  readonly line: number | undefined;
  constructor(message: string, line: number | undefined) {
    super(message);
    this.name = 'DiagramSyntaxError';
    this.line = line;
  }
}

/** A page of `browser` with Mermaid loaded, ready for `drawBothThemes`. */
export async function openMermaidPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage();
  await page.setContent('<!doctype html><html><body></body></html>');
  await page.addScriptTag({ path: MERMAID_BUNDLE });
  return page;
}

/**
 * Draws one diagram once per site theme, with the same `id`, as accessible SVG strings: same ids,
 * same shapes, so the drawings differ only in their colours. Throws a DiagramSyntaxError with
 * Mermaid's message and line when Mermaid rejects the source.
 */
export async function drawBothThemes(
  page: Page,
  source: string,
  label: DiagramLabel,
  id: string,
): Promise<Record<ThemeName, string>> {
  const drawings = {} as Record<ThemeName, string>;
  for (const theme of THEMES) {
    const outcome = await page.evaluate(drawInPage, { source, id, config: mermaidConfig(theme), label });
    if ('error' in outcome) throw new DiagramSyntaxError(outcome.error, errorLine(outcome.error));
    drawings[theme] = outcome.svg;
  }
  return drawings;
}

/** Runs inside Chromium, where the Mermaid bundle has defined `window.mermaid`. */
async function drawInPage({
  source,
  id,
  config,
  label,
}: {
  source: string;
  id: string;
  config: ReturnType<typeof mermaidConfig>;
  label: DiagramLabel;
}): Promise<{ svg: string } | { error: string }> {
  const mermaid = (window as unknown as { mermaid: typeof import('mermaid').default }).mermaid;
  document.body.replaceChildren();
  mermaid.initialize(config);
  try {
    await mermaid.parse(source);
    const { svg } = await mermaid.render(id, source);
    // Parsed as HTML, as the page will parse it: Mermaid's SVG is not namespace-complete XML.
    const template = document.createElement('template');
    template.innerHTML = svg;
    const root = template.content.firstElementChild;
    if (!root) return { error: 'Mermaid returned no SVG.' };
    prefixInnerIds(root);
    describeAsImage(root);
    keepLinksOutOfTabOrder(root);
    moveShownColoursIntoStyle(root as SVGSVGElement);
    // The natural width, for layouts that show the drawing at full size (a phone, which scrolls).
    const svgStyle = (root as SVGElement).style;
    svgStyle.setProperty('--diagram-width', svgStyle.maxWidth || `${(root as SVGSVGElement).viewBox.baseVal.width}px`);
    return { svg: root.outerHTML };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  } finally {
    document.body.replaceChildren();
  }

  /**
   * Every inner id becomes `<id>-<n>`, numbered in document order, plus the name it ended with:
   * scoped to this SVG (sequence diagrams emit bare ids such as `actor0`), the same in both
   * themes' drawings (those numbers come from a counter global to the page, so the dark drawing's
   * would be higher), and still matched by Mermaid's own `[id$="-arrowhead"]` style rules.
   */
  function prefixInnerIds(root: Element): void {
    const renamed = new Map<string, string>();
    for (const element of root.querySelectorAll('[id]')) {
      const ownPart = element.id.startsWith(id) ? element.id.slice(id.length) : element.id;
      const scoped = `${id}-${renamed.size}${/[A-Za-z_-]*$/.exec(ownPart)?.[0] ?? ''}`;
      renamed.set(element.id, scoped);
      element.id = scoped;
    }
    if (renamed.size === 0) return;
    const rename = (ref: string) => renamed.get(ref) ?? ref;
    for (const element of root.querySelectorAll('*')) {
      for (const attribute of Array.from(element.attributes)) {
        let value = attribute.value.replace(/url\(#([^)]+)\)/g, (_, ref: string) => `url(#${rename(ref)})`);
        if (/(^|:)href$/.test(attribute.name) && value.startsWith('#')) value = `#${rename(value.slice(1))}`;
        if (/^aria-(labelledby|describedby)$/.test(attribute.name)) value = value.split(/\s+/).map(rename).join(' ');
        if (value !== attribute.value) attribute.value = value;
      }
    }
  }

  /**
   * A colour in a `fill` or `stroke` attribute may become a custom property when the drawings
   * are merged, and `var()` is sure to work in a style, not in a presentation attribute. It moves
   * into the element's style when that changes nothing: when the element shows that very colour
   * (no style rule overrides the attribute, which a style attribute would then beat).
   */
  function moveShownColoursIntoStyle(root: SVGSVGElement): void {
    const colourLiteral = /^(#[0-9a-f]{3,8}|(?:rgb|hsl)a?\([^()]*\))$/i;
    document.body.append(root);
    for (const element of root.querySelectorAll<SVGElement>('[fill], [stroke]')) {
      for (const property of ['fill', 'stroke']) {
        const value = element.getAttribute(property)?.trim() ?? '';
        if (!colourLiteral.test(value)) continue;
        const shown = getComputedStyle(element).getPropertyValue(property);
        element.style.setProperty(property, value);
        element.removeAttribute(property);
        if (getComputedStyle(element).getPropertyValue(property) === shown) continue;
        element.style.removeProperty(property);
        element.setAttribute(property, value);
        if (element.getAttribute('style') === '') element.removeAttribute('style');
      }
    }
    root.remove();
  }

  /**
   * Inside role="img" links are invisible to assistive technology, so they leave the tab order
   * too; the same links are listed as ordinary links under the figure.
   */
  function keepLinksOutOfTabOrder(root: Element): void {
    for (const link of root.querySelectorAll('a')) link.setAttribute('tabindex', '-1');
  }

  /** One accessible image: a name from accTitle (or the caption) and a description. */
  function describeAsImage(root: Element): void {
    const namespace = 'http://www.w3.org/2000/svg';
    const ensure = (tag: 'title' | 'desc', text: string | undefined, attribute: string) => {
      let element = root.querySelector(`:scope > ${tag}`);
      if (!element && text) {
        element = document.createElementNS(namespace, tag);
        element.textContent = text;
        root.insertBefore(
          element,
          tag === 'title' ? root.firstChild : (root.querySelector(':scope > title')?.nextSibling ?? root.firstChild),
        );
      }
      if (!element) return root.removeAttribute(attribute);
      element.id = `${id}-${tag}`;
      root.setAttribute(attribute, element.id);
    };
    root.setAttribute('role', 'img');
    root.removeAttribute('aria-roledescription');
    ensure('title', label.title, 'aria-labelledby');
    ensure('desc', label.description, 'aria-describedby');
  }
}

function errorLine(message: string): number | undefined {
  const match = /line (\d+)/i.exec(message);
  return match ? Number(match[1]) : undefined;
}
