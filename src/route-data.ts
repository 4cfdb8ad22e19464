import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { palette } from './config/palette.ts';

/**
 * Head additions every page shares. Browser UI (the address bar on phones) takes the page's
 * background colour in each colour scheme.
 */
export const onRequest = defineRouteMiddleware((context) => {
  const { head } = context.locals.starlightRoute;
  for (const [scheme, colors] of Object.entries(palette)) {
    head.push({
      tag: 'meta',
      attrs: { name: 'theme-color', media: `(prefers-color-scheme: ${scheme})`, content: colors.background },
    });
  }
});
