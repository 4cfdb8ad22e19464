import { describe, expect, it } from 'vitest';
import { frontmatterProblems } from '../../src/build/frontmatter-check.ts';

describe('frontmatterProblems', () => {
  it('accepts a valid page', () => {
    expect(frontmatterProblems('page.mdx', '---\ntitle: Fine\nreviewed: 2026-11-21\n---\n\nText.\n')).toEqual([]);
  });

  it('names the file and the line of each invalid field, nested ones included', () => {
    const source = '---\ntitle: Bad\nreviewed: soon\nsidebar:\n  label: X\n  order: first\nversions: Go\n---\n';
    expect(frontmatterProblems('page.mdx', source)).toEqual([
      'page.mdx:3: frontmatter "reviewed": Invalid input: expected date, received Date',
      'page.mdx:6: frontmatter "sidebar.order": Invalid input: expected number, received string',
      'page.mdx:7: frontmatter "versions": Invalid input: expected array, received string',
    ]);
  });

  it('points a missing required field at the opening line', () => {
    expect(frontmatterProblems('page.mdx', '---\ndescription: No title\n---\n')).toEqual([
      'page.mdx:1: frontmatter "title": Invalid input: expected string, received undefined',
    ]);
  });
});
