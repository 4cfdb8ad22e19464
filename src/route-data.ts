import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { cardImage } from './build/cards/card-content.ts';
import { cardMetaTags } from './build/cards/card-meta.ts';
import { palette } from './config/palette.ts';
import { sectionOf } from './config/sections.ts';
import { siteDescription } from './config/site.ts';
import { focusSidebar } from './lib/focused-sidebar.ts';

/**
 * What every page's route data gains: the browser UI (the address bar on phones) takes the page's
 * background colour in each colour scheme, an image card for link previews (`og:image`, drawn at
 * the end of the build), and the sidebar lists only the current section's pages.
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
  const card = cardImage(
    {
      title: route.entry.data.title,
      text: route.entry.data.description ?? siteDescription,
      section: sectionOf(`${route.id}/`)?.label,
    },
    context.site ?? '',
    import.meta.env.BASE_URL,
  );
  // Starlight already says `twitter:card`: the card's tags replace it rather than repeat it.
  const tags = cardMetaTags(card);
  const names = new Set(tags.map((attrs) => ('name' in attrs ? attrs.name : attrs.property)));
  route.head = route.head.filter(({ attrs: { name, property } = {} }) => !names.has(String(name ?? property ?? '')));
  for (const attrs of tags) route.head.push({ tag: 'meta', attrs });
  route.sidebar = focusSidebar(route.sidebar);
  // 404.mdx is a draft so that it is no page of its own at /404/; shown as the not-found page, it
  // is no draft, and Starlight's hero would otherwise tell readers it is one.
  if (route.entry.id === '404') route.entry = { ...route.entry, data: { ...route.entry.data, draft: false } };
});
