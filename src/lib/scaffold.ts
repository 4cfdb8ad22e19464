import { isLevel, KEBAB_CASE, LEVELS, MAX_ID_LENGTH } from './answer-model.ts';

/** What `npm run new` needs to write one answer. */
export interface NewAnswer {
  question: string;
  id: string;
  level: string;
  tags: string[];
}

/** Words that say nothing about the topic, left out of a derived id. */
const FILLER = new Set(
  'a an and are as at be by can do does for from how i if in into is it its of on or should the there this to use used using what when where which who why will with without you your'.split(
    ' ',
  ),
);

/** The id prefix of each area, as the published ids use them (`kafka-ordering`, `ms-saga-orchestration`). */
const AREA_PREFIXES: Record<string, string> = { go: 'go', kafka: 'kafka', microservices: 'ms' };

/**
 * A readable id for a new question: the area's prefix and up to four topic words.
 * "How does Kafka keep messages in order?" in `kafka/…` gives `kafka-keep-messages-order`.
 */
export function deriveAnswerId(question: string, sectionDirectory: string): string {
  const prefix = AREA_PREFIXES[sectionDirectory.split('/')[0] ?? ''];
  const words = question
    .toLowerCase()
    .replace(/[^a-z0-9\s-]/g, ' ')
    .split(/[\s-]+/)
    .filter((word) => word && !FILLER.has(word) && word !== prefix);
  const id = [prefix, ...words.slice(0, 4)].filter(Boolean).join('-');
  return id.slice(0, MAX_ID_LENGTH).replace(/-+$/, '');
}

/** Why a new answer cannot be written as asked, or none. `taken` holds every id ever published or in use. */
export function newAnswerProblems(answer: NewAnswer, taken: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  if (!answer.question.trim().endsWith('?')) problems.push('The question should read as a question, ending with "?".');
  if (!KEBAB_CASE.test(answer.id) || answer.id.length > MAX_ID_LENGTH) {
    problems.push(`Id "${answer.id}" must be lowercase kebab-case, at most ${MAX_ID_LENGTH} characters.`);
  }
  if (taken.has(answer.id)) {
    problems.push(
      `Id "${answer.id}" is already taken (published, renamed or in use): ids are for ever. Choose another with --id.`,
    );
  }
  if (!isLevel(answer.level)) problems.push(`Level "${answer.level}" is not one of: ${LEVELS.join(', ')}.`);
  if (answer.tags.length === 0) problems.push('Give at least one concept tag with --tags "tag other-tag".');
  for (const tag of answer.tags) if (!KEBAB_CASE.test(tag)) problems.push(`Tag "${tag}" must be lowercase kebab-case.`);
  return problems;
}

/**
 * The Markdown of a new answer: the question heading with its directive and a comment where the
 * short answer goes. The build refuses an answer that does not open with its short answer, so
 * the scaffold cannot be published unwritten.
 */
export function answerMarkdown({ question, id, level, tags }: NewAnswer): string {
  return [
    `## ${question.trim()} :answer{#${id} level=${level} tags="${tags.join(' ')}"}`,
    '',
    '{/* The short answer: one to three sentences that stand alone. Then the detail, then `Sources: [Title](https://…)`. See CONTRIBUTING.md. */}',
    '',
  ].join('\n');
}

export interface NewPage {
  title: string;
  description: string;
  /** `sidebar.order`: after the section's last page. */
  order: number;
  reviewed: string;
  answer: NewAnswer;
}

/** A new question page with its frontmatter and its first answer. */
export function pageMarkdown({ title, description, order, reviewed, answer }: NewPage): string {
  return [
    '---',
    `title: ${JSON.stringify(title)}`,
    `description: ${JSON.stringify(description)}`,
    `reviewed: ${reviewed}`,
    'versions: []',
    'sidebar:',
    `  order: ${order}`,
    '---',
    '',
    answerMarkdown(answer),
  ].join('\n');
}
