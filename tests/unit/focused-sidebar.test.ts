import type { StarlightRouteData } from '@astrojs/starlight/route-data';
import { describe, expect, it } from 'vitest';
import { focusSidebar } from '../../src/lib/focused-sidebar.ts';

type SidebarEntry = StarlightRouteData['sidebar'][number];

const link = (label: string, href: string, isCurrent = false): SidebarEntry => ({
  type: 'link',
  label,
  href,
  isCurrent,
  badge: undefined,
  attrs: {},
});
const group = (label: string, entries: SidebarEntry[], collapsed = true): SidebarEntry => ({
  type: 'group',
  label,
  entries,
  collapsed,
  badge: undefined,
});

const sidebar = (currentHref: string): SidebarEntry[] => {
  const page = (label: string, href: string) => link(label, href, href === currentHref);
  return [
    group('Start here', [page('How to use this handbook', '/guide/'), page('All tags', '/tags/')], false),
    group(
      'Go',
      [
        group('Go runtime', [
          page('All questions', '/go/runtime/'),
          page('Scheduler', '/go/runtime/scheduler/'),
          page('GC', '/go/runtime/garbage-collector/'),
        ]),
        group('Go language', [page('All questions', '/go/language/'), page('Context', '/go/language/context/')]),
      ],
      false,
    ),
  ];
};

describe('focusSidebar', () => {
  it('keeps the current section whole and turns every other section into a link to its overview', () => {
    expect(focusSidebar(sidebar('/go/runtime/garbage-collector/'))).toEqual([
      sidebar('/go/runtime/garbage-collector/')[0],
      group(
        'Go',
        [
          group('Go runtime', [
            link('All questions', '/go/runtime/'),
            link('Scheduler', '/go/runtime/scheduler/'),
            link('GC', '/go/runtime/garbage-collector/', true),
          ]),
          link('Go language', '/go/language/'),
        ],
        false,
      ),
    ]);
  });

  it('keeps a section whole on its own overview page', () => {
    const [, go] = focusSidebar(sidebar('/go/language/'));
    expect(go?.type === 'group' && go.entries[1]?.type).toBe('group');
  });

  it('on a page outside every section (a tag page), lists every section as one link and leaves top-level links alone', () => {
    expect(focusSidebar(sidebar('/tags/'))).toEqual([
      sidebar('/tags/')[0],
      group('Go', [link('Go runtime', '/go/runtime/'), link('Go language', '/go/language/')], false),
    ]);
  });

  it('leaves a group without an overview page as it is', () => {
    const loose = [group('Area', [group('Loose', [link('A', '/a/one/'), link('B', '/b/two/')])], false)];
    expect(focusSidebar(loose)).toEqual(loose);
  });
});
