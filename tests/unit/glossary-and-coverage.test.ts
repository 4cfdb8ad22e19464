import { readdir, readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { glossary } from '../../src/data/glossary.ts';
import { KEBAB_CASE } from '../../src/lib/answer-model.ts';
import { collectAnswers } from '../../src/lib/collect-answers.ts';
import { glossarySchema } from '../../src/lib/glossary-schema.ts';
import { glossaryNamesByAnswer } from '../../src/lib/glossary-terms.ts';

const answerIds = new Set((await collectAnswers(process.cwd())).map((answer) => answer.id));

describe('the glossary', () => {
  it('matches its schema: no missing, empty or unknown field', async () => {
    const raw: unknown = JSON.parse(await readFile(new URL('../../src/data/glossary.json', import.meta.url), 'utf8'));
    const result = glossarySchema.safeParse(raw);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it('has unique kebab-case ids', () => {
    const ids = glossary.map((term) => term.id);
    expect(ids.filter((id) => !KEBAB_CASE.test(id))).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('links every term to answers that exist', () => {
    const broken = glossary.flatMap((term) =>
      term.answers.filter((id) => !answerIds.has(id)).map((id) => `${term.id} → ${id}`),
    );
    expect(broken).toEqual([]);
    expect(glossary.filter((term) => term.answers.length === 0)).toEqual([]);
  });

  it('gives each answer its terms’ names, expansions, aliases and misspellings as search terms', () => {
    const names = glossaryNamesByAnswer(glossary).get('kafka-exactly-once') ?? [];
    expect(names).toEqual(expect.arrayContaining(['EOS', 'exactly-once semantics', 'exactly once', 'exacly once']));
  });
});

const coverageDirectory = new URL('../fixtures/seed-coverage/', import.meta.url);
const entries = await Promise.all(
  (await readdir(coverageDirectory))
    .filter((file) => file.endsWith('.json'))
    .map(async (file) => ({
      file,
      questions: JSON.parse(await readFile(new URL(file, coverageDirectory), 'utf8')) as Array<{
        seed: string;
        question: string;
        answers: string[];
      }>,
    })),
);

describe('seed coverage', () => {
  it('maps every seed question to answers that exist', () => {
    const broken = entries.flatMap(({ file, questions }) =>
      questions.flatMap((entry) =>
        entry.answers.filter((id) => !answerIds.has(id)).map((id) => `${file}: ${entry.question} → ${id}`),
      ),
    );
    expect(broken).toEqual([]);
    expect(entries.flatMap(({ questions }) => questions.filter((entry) => entry.answers.length === 0))).toEqual([]);
  });

  it('covers all five seed files', () => {
    const seeds = new Set(entries.flatMap(({ questions }) => questions.map((entry) => entry.seed)));
    expect([...seeds].sort()).toEqual(['000', '001', '002', '003', '004']);
  });
});
