import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../src/build/chromium.ts';
const sitemap = readFileSync('dist/sitemap-0.xml', 'utf8');
const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, url]) => new URL(url ?? '').pathname);
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const browser = await chromium.launch(chromiumLaunchOptions());
const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
const variants: Record<string, object> = {
  base: { resultTypes: ['violations'] },
  noSel: { resultTypes: ['violations'], selectors: false, ancestry: false, xpath: false },
  lean: { resultTypes: ['violations'], selectors: false, ancestry: false, xpath: false, iframes: false, performanceTimer: false, elementRef: false, reporter: 'raw' },
};
const t: Record<string, number> = {};
const pick = paths.filter((_, i) => i % 12 === 5).slice(0, 25);
for (const p of pick) {
  await page.goto(`http://localhost:4321${p}`);
  await page.evaluate(axeSource);
  for (const [name, opts] of Object.entries(variants)) {
    const s = performance.now();
    await page.evaluate((o) => (window as any).axe.run(document, o).then(() => 0), opts);
    t[name] = (t[name] ?? 0) + performance.now() - s;
  }
  for (const [name, opts] of Object.entries(variants).reverse()) {
    const s = performance.now();
    await page.evaluate((o) => (window as any).axe.run(document, o).then(() => 0), opts);
    t[name] = (t[name] ?? 0) + performance.now() - s;
  }
}
for (const [k, v] of Object.entries(t)) console.log(k, Math.round(v / pick.length / 2));
await browser.close();
