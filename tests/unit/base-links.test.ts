import { describe, expect, it } from 'vitest';
import { withBase } from '../../src/lib/paths.ts';
import { rehypeBaseLinks } from '../../src/plugins/rehype-base-links.ts';
import { processMarkdown } from './markdown-pipeline.ts';

describe('withBase', () => {
  it.each([
    ['/kafka/', '/', '/kafka/'],
    ['/kafka/', '/handbook/', '/handbook/kafka/'],
    ['/kafka/#id', '/handbook', '/handbook/kafka/#id'],
    ['/handbook/kafka/', '/handbook/', '/handbook/kafka/'],
    ['https://go.dev/', '/handbook/', 'https://go.dev/'],
    ['//cdn.example/x', '/handbook/', '//cdn.example/x'],
    ['#local', '/handbook/', '#local'],
    ['relative/', '/handbook/', 'relative/'],
  ])('%s with base %s is %s', (href, base, expected) => {
    expect(withBase(href, base)).toBe(expected);
  });
});

describe('rehypeBaseLinks', () => {
  const markdown = '[a](/kafka/fundamentals/) [b](https://kafka.apache.org/) [c](#here)\n';

  it('prefixes root-relative links with the base path', async () => {
    const { html } = await processMarkdown(markdown, { rehype: [rehypeBaseLinks({ base: '/handbook/' })] });
    expect(html).toBe(
      '<p><a href="/handbook/kafka/fundamentals/">a</a> <a href="https://kafka.apache.org/">b</a> <a href="#here">c</a></p>',
    );
  });

  it('changes nothing at the root', async () => {
    const { html } = await processMarkdown(markdown, { rehype: [rehypeBaseLinks({ base: '/' })] });
    expect(html).toContain('<a href="/kafka/fundamentals/">a</a>');
  });
});
