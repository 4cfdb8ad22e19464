import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { mermaidConfig } from '../config/mermaid-theme.ts';
import { THEMES, type ThemeName } from '../config/palette.ts';
import { chromiumLaunchOptions } from './chromium.ts';
import { type DrawnDiagram, oneDrawingForBothThemes } from './diagram-drawing.ts';
import { type DiagramLabel, drawBothThemes, openMermaidPage } from './mermaid-page.ts';
import { writeAtomically } from './write-atomically.ts';

const require = createRequire(import.meta.url);
const MERMAID_VERSION: string = require('mermaid/package.json').version;
/** Bump when the way SVGs are produced changes, so stale cache entries are not reused. */
const RENDERER_VERSION = 9;

export type RenderedDiagram = DrawnDiagram;

export { DiagramMergeError } from './diagram-drawing.ts';
export { type DiagramLabel, DiagramSyntaxError } from './mermaid-page.ts';

export interface DiagramRenderer {
  /** One diagram, drawn for both themes in one SVG, from the cache when the same source was seen before. */
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
 * Renders Mermaid diagrams with Mermaid itself, in headless Chromium, to static SVG: drawn once
 * per site theme with the same ids, then merged into one SVG whose theme colours are CSS custom
 * properties, and optimised. Results are cached on disk by source, theme configuration, Mermaid
 * version and renderer version, so a warm build starts no browser at all. Drawings run one at a
 * time on a single page; each is merged and optimised while the next one is drawn.
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
    return openMermaidPage(await browser);
  };

  const close = async (): Promise<void> => {
    clearTimeout(idleTimer);
    const closing = browser;
    browser = undefined;
    page = undefined;
    if (closing) await (await closing).close();
  };

  const draw = async (source: string, label: DiagramLabel, id: string): Promise<Record<ThemeName, string>> => {
    page ??= openPage();
    const drawings = await drawBothThemes(await page, source, label, id);
    renderedCount += 1;
    return drawings;
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
    const id = `mmd-${key.slice(0, 10)}`;
    // Only the drawing waits its turn for the page: merging and optimising a drawing runs here,
    // while Chromium already draws the next one.
    const job = queue.then(() => draw(source, label, id));
    queue = job.catch(() => undefined);
    try {
      const rendered = oneDrawingForBothThemes(id, await job);
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

function cacheKey(source: string, label: DiagramLabel): string {
  const themes = THEMES.map((theme) => mermaidConfig(theme));
  return createHash('sha256')
    .update(JSON.stringify({ source, label, themes, mermaid: MERMAID_VERSION, renderer: RENDERER_VERSION }))
    .digest('hex');
}

async function readJson(file: string): Promise<RenderedDiagram | undefined> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as RenderedDiagram;
  } catch {
    return undefined;
  }
}
