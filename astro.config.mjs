// @ts-check
import { defineConfig } from 'astro/config';
import { integrations } from './src/config/integrations.ts';
import { markdown } from './src/config/markdown.ts';
import { security } from './src/config/security.ts';
import { base, cacheDir, site } from './src/config/site.ts';
import { vite } from './src/config/vite.ts';

export default defineConfig({
  site,
  base,
  cacheDir,
  trailingSlash: 'always',
  // The site's stylesheet is a file of its own, cached from page to page, not 10 KB (gzip) in each page.
  build: { inlineStylesheets: 'auto' },
  markdown,
  security,
  integrations,
  vite,
});
