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
  build: { inlineStylesheets: 'always' },
  markdown,
  security,
  integrations,
  vite,
});
