import { describe, expect, it } from 'vitest';
import { remarkUniqueAsideTitles } from '../../src/plugins/remark-unique-aside-titles.ts';
import { failureOf, processMarkdown } from './markdown-pipeline.ts';

const remark = [remarkUniqueAsideTitles()];

describe('remarkUniqueAsideTitles', () => {
  it('lets asides with titles of their own through, unchanged', async () => {
    const { html } = await processMarkdown(
      [
        ':::caution[Common misconception: acks=all means no loss]',
        'It does not.',
        ':::',
        '',
        ':::caution[Common misconception: idempotence means exactly once]',
        'Only per partition and session.',
        ':::',
        '',
        ':::note',
        'A note without a title.',
        ':::',
      ].join('\n'),
      { remark },
    );
    expect(html).toMatchSnapshot();
  });

  it('stops on two asides with the same title, naming both lines', async () => {
    const { message, line } = await failureOf(
      [':::caution[Common misconception]', 'One.', ':::', '', ':::caution[Common  misconception]', 'Two.', ':::'].join(
        '\n',
      ),
      { remark },
    );
    expect(line).toBe(5);
    expect(message).toMatch(/"Common misconception" already titles the aside at line 1/);
  });

  it('counts the default title of an untitled aside', async () => {
    const { message, line } = await failureOf([':::tip', 'One.', ':::', '', ':::tip[Tip]', 'Two.', ':::'].join('\n'), {
      remark,
    });
    expect(line).toBe(5);
    expect(message).toMatch(/"Tip" already titles the aside at line 1/);
  });

  it('ignores directives that are not asides', async () => {
    const { html } = await processMarkdown(
      [':::details[Same]', 'A', ':::', '', ':::details[Same]', 'B', ':::'].join('\n'),
      {
        remark,
      },
    );
    expect(html).toContain('A');
  });
});
