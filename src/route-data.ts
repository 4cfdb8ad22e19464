import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { palette } from './config/palette.ts';
import { focusSidebar } from './lib/focused-sidebar.ts';

/**
 * What every page's route data gains: the browser UI (the address bar on phones) takes the page's
 * background colour in each colour scheme, and the sidebar lists only the current section's pages.
 * The not-found page also loses its draft mark (below).
 */
export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  for (const [scheme, colors] of Object.entries(palette)) {
    route.head.push({
      tag: 'meta',
      attrs: { name: 'theme-color', media: `(prefers-color-scheme: ${scheme})`, content: colors.background },
    });
  }
  route.sidebar = focusSidebar(route.sidebar);
  // 404.mdx is a draft so that it is no page of its own at /404/; shown as the not-found page, it
  // is no draft, and Starlight's hero would otherwise tell readers it is one.
  if (route.entry.id === '404') route.entry = { ...route.entry, data: { ...route.entry.data, draft: false } };
});
