import { existsSync } from 'node:fs';
import { appendFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { areas } from '../config/sections.ts';
import { splitList } from '../lib/answer-model.ts';
import { REGISTRY_PATH, readRegistry } from '../lib/answer-registry.ts';
import { DOCS_DIR, listMdxFiles } from '../lib/collect-answers.ts';
import { answerMarkdown, deriveAnswerId, type NewAnswer, newAnswerProblems, pageMarkdown } from '../lib/scaffold.ts';

const USAGE = `Scaffold a page or an answer with a fresh id:

  npm run new -- page <section>/<slug> --title "…" --description "…" --question "…?" --level basic --tags "tag other-tag" [--id some-id]
  npm run new -- answer <section>/<page> --question "…?" --level basic --tags "tag other-tag" [--id some-id]

<section> is a folder listed in src/config/sections.ts, e.g. kafka/consumers. Without --id, the id
is made from the question; an id that was ever published or is in use is refused.`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    title: { type: 'string' },
    description: { type: 'string' },
    question: { type: 'string' },
    id: { type: 'string' },
    level: { type: 'string', default: 'basic' },
    tags: { type: 'string', default: '' },
  },
});

function fail(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(1);
}

const [kind, target] = positionals;
if ((kind !== 'page' && kind !== 'answer') || !target) fail('Say what to create: page or answer, and where.');
const section = dirname(target);
if (!areas.some((area) => area.sections.some((known) => known.directory === section))) {
  fail(
    `"${section}" is not a section. Sections: ${areas.flatMap((area) => area.sections.map((s) => s.directory)).join(', ')}.`,
  );
}
if (!values.question) fail('Give the question with --question "…?".');

const root = process.cwd();
// Read as text, not through the build's plugin: an answer scaffolded but not yet written is in use too.
const sources = new Map<string, string>();
for (const file of await listMdxFiles(join(root, DOCS_DIR))) {
  sources.set(file.replaceAll('\\', '/'), await readFile(join(root, DOCS_DIR, file), 'utf8'));
}
const registry = await readRegistry(REGISTRY_PATH);
const taken = new Set([
  ...Object.keys(registry.answers),
  ...Object.keys(registry.renamed),
  ...[...sources.values()].flatMap((source) =>
    [...source.matchAll(/:answer\{#([a-z0-9-]+)/g)].map(([, id]) => id ?? ''),
  ),
]);
const answer: NewAnswer = {
  question: values.question,
  id: values.id ?? deriveAnswerId(values.question, section),
  level: values.level,
  tags: splitList(values.tags),
};
const problems = newAnswerProblems(answer, taken);
if (problems.length > 0) fail(problems.join('\n'));

const file = join(root, DOCS_DIR, `${target}.mdx`);
if (kind === 'page') {
  if (existsSync(file))
    fail(`${target}.mdx exists already: add an answer to it with "npm run new -- answer ${target}".`);
  if (!values.title || !values.description) fail('A page needs --title and --description.');
  const orders = [...sources]
    .filter(([path]) => dirname(path) === section)
    .map(([, source]) => Number(parseFrontmatter(source).frontmatter.sidebar?.order ?? 0));
  await mkdir(dirname(file), { recursive: true });
  await writeFile(
    file,
    pageMarkdown({
      title: values.title,
      description: values.description,
      order: Math.max(0, ...orders) + 1,
      reviewed: new Date().toISOString().slice(0, 10),
      answer,
    }),
  );
} else {
  if (!existsSync(file)) fail(`${target}.mdx does not exist: create it with "npm run new -- page ${target}".`);
  if (parseFrontmatter(await readFile(file, 'utf8')).frontmatter.questions === false) {
    fail(`${target}.mdx is not a question page (questions: false).`);
  }
  await appendFile(file, `\n${answerMarkdown(answer)}`);
}

console.log(`Wrote #${answer.id} in ${join(DOCS_DIR, `${target}.mdx`)}.
Next: write the short answer and the detail where the comment is, then record the id with npm run registry.`);
