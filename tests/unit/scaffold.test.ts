import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { answerMarkdown, deriveAnswerId, newAnswerProblems, pageMarkdown } from '../../src/lib/scaffold.ts';
import { createFixtureProject, removeFixtures } from '../support/fixture-project.ts';

const answer = { question: 'How do keys keep order?', id: 'kafka-keys-keep-order', level: 'basic', tags: ['kafka'] };

describe('scaffolding an answer', () => {
  it('derives a readable id with the area prefix', () => {
    expect(deriveAnswerId('How does Kafka keep messages in order?', 'kafka/consumers')).toBe(
      'kafka-keep-messages-order',
    );
    expect(deriveAnswerId('When should a saga compensate?', 'microservices/data')).toBe('ms-saga-compensate');
    expect(deriveAnswerId('What is a hash ring?', 'distributed/data-stores')).toBe('hash-ring');
  });

  it('refuses a taken id, a bad id, level or tag, and a question without a question mark', () => {
    expect(newAnswerProblems(answer, new Set())).toEqual([]);
    expect(newAnswerProblems(answer, new Set([answer.id])).join()).toMatch(/already taken/);
    expect(newAnswerProblems({ ...answer, id: 'Bad_Id' }, new Set()).join()).toMatch(/kebab-case/);
    expect(newAnswerProblems({ ...answer, level: 'expert' }, new Set()).join()).toMatch(/not one of/);
    expect(newAnswerProblems({ ...answer, tags: [] }, new Set()).join()).toMatch(/at least one concept tag/);
    expect(newAnswerProblems({ ...answer, question: 'Keys' }, new Set()).join()).toMatch(/ending with "\?"/);
  });

  it('writes a heading the build accepts only once the short answer is written', () => {
    expect(answerMarkdown(answer)).toMatchInlineSnapshot(`
      "## How do keys keep order? :answer{#kafka-keys-keep-order level=basic tags="kafka"}

      {/* The short answer: one to three sentences that stand alone. Then the detail, then \`Sources: [Title](https://…)\`. See CONTRIBUTING.md. */}
      "
    `);
    expect(pageMarkdown({ title: 'Keys', description: 'Why keys.', order: 3, reviewed: '2026-11-30', answer })).toMatch(
      /^---\ntitle: "Keys"\ndescription: "Why keys."\nreviewed: 2026-11-30\nversions: \[\]\nsidebar:\n {2}order: 3\n---\n\n## How do keys/,
    );
  });
});

describe('npm run new', () => {
  afterAll(removeFixtures);
  const run = async (cwd: string, args: string[]) => {
    const script = join(process.cwd(), 'src/tooling/new.ts');
    try {
      const { stdout } = await promisify(execFile)(process.execPath, [script, ...args], { cwd });
      return { code: 0, output: stdout };
    } catch (error) {
      const failed = error as { code: number; stderr: string };
      return { code: failed.code, output: failed.stderr };
    }
  };

  it('creates a page in its section, then refuses the same id again', async () => {
    const project = await createFixtureProject('scaffold', {});
    const page = [
      'page',
      'kafka/consumers/keys',
      '--title',
      'Keys',
      '--description',
      'Why keys.',
      '--question',
      'How do keys keep order?',
      '--tags',
      'kafka ordering',
    ];
    const created = await run(project, page);
    expect(created.output).toMatch(/Wrote #kafka-keys-keep-order/);
    const source = await readFile(join(project, 'src/content/docs/kafka/consumers/keys.mdx'), 'utf8');
    expect(source).toContain(
      '## How do keys keep order? :answer{#kafka-keys-keep-order level=basic tags="kafka ordering"}',
    );

    const again = await run(project, [
      'answer',
      'kafka/consumers/keys',
      '--question',
      'How do keys keep order?',
      '--tags',
      'kafka',
    ]);
    expect(again.code).toBe(1);
    expect(again.output).toMatch(/Id "kafka-keys-keep-order" is already taken/);
  });

  it('refuses an id that was ever published, and a folder that is not a section', async () => {
    const published = await run(process.cwd(), [
      'answer',
      'kafka/consumers/ordering',
      '--question',
      'Does it keep order?',
      '--id',
      'kafka-ordering',
      '--tags',
      'kafka',
    ]);
    expect(published.code).toBe(1);
    expect(published.output).toMatch(/Id "kafka-ordering" is already taken/);
    const nowhere = await run(process.cwd(), ['page', 'kafka/nowhere/page', '--question', 'Where?', '--tags', 'x']);
    expect(nowhere.code).toBe(1);
    expect(nowhere.output).toMatch(/"kafka\/nowhere" is not a section/);
  });
});
