import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { mermaidConfig } from '../config/mermaid-theme.ts';
import { THEMES, type ThemeName } from '../config/palette.ts';
import { chromiumLaunchOptions } from './chromium.ts';

const require = createRequire(import.meta.url);
const MERMAID_BUNDLE = require.resolve('mermaid/dist/mermaid.min.js');
const MERMAID_VERSION: string = require('mermaid/package.json').version;
/** Bump when the way SVGs are produced changes, so stale cache entries are not reused. */
const RENDERER_VERSION = 6;

export type RenderedDiagram = Record<ThemeName, string>;

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

export interface DiagramRenderer {
  /** Both theme variants of one diagram, from the cache when the same source was seen before. */
  render(source: string, label?: DiagramLabel): Promise<RenderedDiagram>;
  /** How many diagrams were actually drawn by Mermaid (not served from the cache). */
  readonly renderedCount: number;
  close(): Promise<void>;
}

export interface MermaidRendererOptions {
  /** Directory for cached SVGs; outside `dist/` so it survives between builds. */
  cacheDir: string;
  /** Close the browser after this long without work (dev server); 0 keeps it until `close()`. */
  idleMs?: number;
}

/**
 * Renders Mermaid diagrams with Mermaid itself, in headless Chromium, to static SVG: once per
 * site theme. Results are cached on disk by source, theme configuration and Mermaid version, so
 * a warm build starts no browser at all. Renders run one at a time on a single page.
 */
export function createMermaidRenderer({ cacheDir, idleMs = 0 }: MermaidRendererOptions): DiagramRenderer {
  let browser: Promise<Browser> | undefined;
  let page: Promise<Page> | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  let idleTimer: NodeJS.Timeout | undefined;
  let renderedCount = 0;
  let pending = 0;

  const openPage = async (): Promise<Page> => {
    browser ??= chromium.launch(chromiumLaunchOptions());
    const opened = await (await browser).newPage();
    await opened.setContent('<!doctype html><html><body></body></html>');
    await opened.addScriptTag({ path: MERMAID_BUNDLE });
    return opened;
  };

  const close = async (): Promise<void> => {
    clearTimeout(idleTimer);
    const closing = browser;
    browser = undefined;
    page = undefined;
    if (closing) await (await closing).close();
  };

  const draw = async (source: string, label: DiagramLabel, key: string): Promise<RenderedDiagram> => {
    page ??= openPage();
    const ready = await page;
    const result = {} as RenderedDiagram;
    for (const theme of THEMES) {
      const outcome = await ready.evaluate(drawInPage, {
        source,
        id: `mmd-${key.slice(0, 10)}-${theme}`,
        config: mermaidConfig(theme),
        label,
      });
      if ('error' in outcome) throw new DiagramSyntaxError(outcome.error, errorLine(outcome.error));
      result[theme] = outcome.svg;
    }
    renderedCount += 1;
    return result;
  };

  const render = async (source: string, label: DiagramLabel = {}): Promise<RenderedDiagram> => {
    const key = cacheKey(source, label);
    const file = join(cacheDir, `${key}.json`);
    const cached = await readJson(file);
    if (cached) return cached;
    // The browser idles out only when no drawing is queued or running: a slow drawing on a busy
    // machine must never have its browser closed under it.
    pending += 1;
    clearTimeout(idleTimer);
    const job = queue.then(() => draw(source, label, key));
    queue = job.catch(() => undefined);
    try {
      const rendered = await job;
      await writeAtomically(file, JSON.stringify(rendered));
      return rendered;
    } finally {
      pending -= 1;
      if (idleMs > 0 && pending === 0) {
        idleTimer = setTimeout(() => void close(), idleMs);
        idleTimer.unref();
      }
    }
  };

  return {
    render,
    close,
    get renderedCount() {
      return renderedCount;
    },
  };
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
    // The natural width, for layouts that show the drawing at full size (a phone, which scrolls).
    const svgStyle = (root as SVGElement).style;
    svgStyle.setProperty('--diagram-width', svgStyle.maxWidth || `${(root as SVGSVGElement).viewBox.baseVal.width}px`);
    return { svg: root.outerHTML };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  } finally {
    document.body.replaceChildren();
  }

  /** Some diagram types (sequence) emit bare ids such as `actor0`: scope them to this SVG. */
  function prefixInnerIds(root: Element): void {
    const renamed = new Map<string, string>();
    for (const element of root.querySelectorAll('[id]')) {
      if (element.id.startsWith(id)) continue;
      renamed.set(element.id, `${id}-${element.id}`);
      element.id = `${id}-${element.id}`;
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

function cacheKey(source: string, label: DiagramLabel): string {
  const themes = THEMES.map((theme) => mermaidConfig(theme));
  return createHash('sha256')
    .update(JSON.stringify({ source, label, themes, mermaid: MERMAID_VERSION, renderer: RENDERER_VERSION }))
    .digest('hex');
}

function errorLine(message: string): number | undefined {
  const match = /line (\d+)/i.exec(message);
  return match ? Number(match[1]) : undefined;
}

async function readJson(file: string): Promise<RenderedDiagram | undefined> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as RenderedDiagram;
  } catch {
    return undefined;
  }
}

/** Concurrent builds may share the cache: write aside, then rename, so no reader sees half a file. */
async function writeAtomically(file: string, contents: string): Promise<void> {
  await mkdir(join(file, '..'), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, contents);
  await rename(temporary, file);
}
