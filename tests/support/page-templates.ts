/**
 * The site's page templates, told apart by path: pages of one template share their layout and
 * components, so a few of them stand for all in the checks that repeat per screen and theme.
 */
export type Template =
  | 'home'
  | 'guide'
  | 'glossary'
  | 'my-answers'
  | 'search'
  | 'practice'
  | 'tags-index'
  | 'tag'
  | 'levels-index'
  | 'level'
  | 'area'
  | 'section'
  | 'question-page';

export function templateOf(path: string): Template {
  const segments = path.split('/').filter(Boolean);
  const [first] = segments;
  if (segments.length === 0) return 'home';
  if (first === 'guide') return 'guide';
  if (first === 'glossary') return 'glossary';
  if (first === 'my-answers') return 'my-answers';
  if (first === 'search') return 'search';
  if (first === 'practice') return 'practice';
  if (first === 'tags') return segments.length === 1 ? 'tags-index' : 'tag';
  if (first === 'levels') return segments.length === 1 ? 'levels-index' : 'level';
  if (segments.length === 1) return 'area';
  return segments.length === 2 ? 'section' : 'question-page';
}

/**
 * A few pages of every template: the first, middle and last of each (in sitemap order), plus
 * the pages named in `always` (the richest examples, such as the reference page).
 */
export function samplePerTemplate(paths: readonly string[], always: readonly string[] = []): string[] {
  const byTemplate = new Map<Template, string[]>();
  for (const path of paths) byTemplate.set(templateOf(path), [...(byTemplate.get(templateOf(path)) ?? []), path]);
  const sample = new Set(always.filter((path) => paths.includes(path)));
  for (const members of byTemplate.values()) {
    for (const index of [0, Math.floor((members.length - 1) / 2), members.length - 1]) {
      const member = members[index];
      if (member) sample.add(member);
    }
  }
  return paths.filter((path) => sample.has(path));
}
