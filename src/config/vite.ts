import type { AstroUserConfig } from 'astro';

/**
 * Astro marks every MDX page's asset module with a `"use astro:head-inject"` directive, which
 * Rolldown reports as a module-level directive it may drop. Astro reads the marker before
 * bundling, so the report is noise: it is filtered here and every other log passes through.
 */
export const vite: NonNullable<AstroUserConfig['vite']> = {
  build: {
    rolldownOptions: {
      onLog(level, log, defaultHandler) {
        if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
        defaultHandler(level, log);
      },
    },
  },
};
