import remarkGfm from 'remark-gfm';
import { describe, expect, it } from 'vitest';
import { remarkTableHeaderText } from '../../src/plugins/remark-table-header-text.ts';
import { failureOf, processMarkdown } from './markdown-pipeline.ts';

const remark = [remarkGfm, remarkTableHeaderText()];

describe('remarkTableHeaderText', () => {
  it('lets tables whose header cells all have text through, unchanged', async () => {
    const { html } = await processMarkdown(
      ['| Property | KStream | KTable |', '| --- | --- | --- |', '| A record means | An event | An upsert |'].join(
        '\n',
      ),
      { remark },
    );
    expect(html).toMatchSnapshot();
  });

  it('stops on an empty first header cell, naming the table line', async () => {
    const { message, line } = await failureOf(
      [
        'Intro.',
        '',
        '| | Command | Event |',
        '| --- | --- | --- |',
        '| Name | `CancelOrder` | `OrderCancelled` |',
      ].join('\n'),
      { remark },
    );
    expect(line).toBe(3);
    expect(message).toMatch(/Header cell 1 of the table at line 3 is empty/);
  });

  it('stops on a header cell holding only spaces, anywhere in the row', async () => {
    const { message } = await failureOf(['| Setting |   |', '| --- | --- |', '| a | b |'].join('\n'), { remark });
    expect(message).toMatch(/Header cell 2 /);
  });

  it('accepts a header cell whose text is inline code or a link', async () => {
    const { html } = await processMarkdown(['| `acks` | [ISR](/kafka/) |', '| --- | --- |', '| all | 2 |'].join('\n'), {
      remark,
    });
    expect(html).toContain('<th><code>acks</code></th>');
  });

  it('empty body cells are fine: only the header names columns', async () => {
    const { html } = await processMarkdown(['| Setting | Default |', '| --- | --- |', '| a |  |'].join('\n'), {
      remark,
    });
    expect(html).toContain('<td>a</td>');
  });
});
