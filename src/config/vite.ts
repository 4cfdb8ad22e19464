import type { AstroUserConfig } from 'astro';

/**
 * Build settings for Vite. Astro marks every MDX page's asset module with a `"use astro:head-inject"` directive, which
 * Rolldown reports as a module-level directive it may drop. Astro reads the marker before
 * bundling, so the report is noise: it is filtered here and every other log passes through.
 */
export const vite: NonNullable<AstroUserConfig['vite']> = {
  build: {
    // Mermaid (with its ELK layout, about 1.5 MB) is split into chunks that only the live diagram
    // editor downloads, on first use; no page loads them. The warning would flag those alone.
    chunkSizeWarningLimit: 1600,
    // Scripts are files of their own, cached from page to page, not inlined into every page (about
    // 2 KB gzip of each question page); other small assets keep Vite's default limit.
    assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
    rolldownOptions: {
      onLog(level, log, defaultHandler) {
        if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
        defaultHandler(level, log);
      },
    },
  },
};
