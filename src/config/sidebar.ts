import type { StarlightUserConfig } from '@astrojs/starlight/types';
import { areas } from './sections.ts';

type SidebarItem = NonNullable<StarlightUserConfig['sidebar']>[number];

/** One group per area, one collapsible sub-group per section, pages listed by `sidebar.order`. */
export const sidebar: SidebarItem[] = [
  {
    label: 'Start here',
    items: [
      { label: 'How to use this handbook', slug: 'guide' },
      { label: 'Answers by level', link: '/levels/' },
      { label: 'All tags', link: '/tags/' },
      { label: 'Glossary', link: '/glossary/' },
      { label: 'Practice', link: '/practice/' },
      { label: 'My answers', link: '/my-answers/' },
    ],
  },
  ...areas.map((area) => ({
    label: area.label,
    items: area.sections.map((section) => ({
      label: section.label,
      collapsed: true,
      items: [{ autogenerate: { directory: section.directory } }],
    })),
  })),
];
