import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, resolveChromiumPath } from '../../src/build/chromium.ts';

export interface LighthouseFigures {
  url: string;
  performance: number;
  totalBlockingTimeMs: number;
  cumulativeLayoutShift: number;
  largestContentfulPaintMs: number;
  /** Elements in the document, as Lighthouse's DOM size insight counts them. */
  domElements: number;
  /** Main-thread time spent on style recalculation and layout (Lighthouse's "Style & Layout"). */
  styleLayoutMs: number;
}

/**
 * Lighthouse's default run (a mid-range phone on a throttled connection, performance only),
 * repeated: each figure is the median of the runs, so one noisy run does not decide it.
 */
export async function runLighthouse(url: string, runs = 3): Promise<LighthouseFigures> {
  const results: LighthouseFigures[] = [];
  for (let run = 0; run < runs; run += 1) results.push(await runLighthouseOnce(url));
  const median = (pick: (figures: LighthouseFigures) => number) => {
    const sorted = results.map(pick).sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
  };
  return {
    url,
    performance: median((figures) => figures.performance),
    totalBlockingTimeMs: median((figures) => figures.totalBlockingTimeMs),
    cumulativeLayoutShift: median((figures) => figures.cumulativeLayoutShift),
    largestContentfulPaintMs: median((figures) => figures.largestContentfulPaintMs),
    domElements: median((figures) => figures.domElements),
    styleLayoutMs: median((figures) => figures.styleLayoutMs),
  };
}

async function runLighthouseOnce(url: string): Promise<LighthouseFigures> {
  const chrome = await chromeLauncher.launch({
    chromePath: resolveChromiumPath(),
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance'],
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { categories, audits } = result.lhr;
    return {
      url,
      performance: Math.round((categories.performance?.score ?? 0) * 100),
      totalBlockingTimeMs: Math.round(audits['total-blocking-time']?.numericValue ?? Number.NaN),
      cumulativeLayoutShift: Number((audits['cumulative-layout-shift']?.numericValue ?? Number.NaN).toFixed(3)),
      largestContentfulPaintMs: Math.round(audits['largest-contentful-paint']?.numericValue ?? Number.NaN),
      domElements: audits['dom-size-insight']?.numericValue ?? Number.NaN,
      styleLayoutMs: Math.round(mainThreadGroupMs(audits['mainthread-work-breakdown'], 'styleLayout')),
    };
  } finally {
    chrome.kill();
  }
}

/** One group's time in the main-thread breakdown (its table has one row per group). */
function mainThreadGroupMs(audit: { details?: unknown } | undefined, group: string): number {
  const items = (audit?.details as { items?: Array<{ group?: string; duration?: number }> } | undefined)?.items;
  const row = items?.find((item) => item.group === group);
  return row?.duration ?? Number.NaN;
}
