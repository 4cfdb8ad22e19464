import { relative } from 'node:path';
import type { Heading, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { TextDirective } from 'mdast-util-directive';
import { toString as plainText } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { type AnswerRecord, isLevel, KEBAB_CASE, LEVELS, MAX_ID_LENGTH, splitList } from '../lib/answer-model.ts';
import { withBase } from '../lib/paths.ts';
import { AnswerIdClaims } from './answer-id-claims.ts';

const DIRECTIVE = 'answer';
const KNOWN_ATTRIBUTES = new Set(['id', 'level', 'tags', 'related']);

export interface AnswerHeadingsOptions {
  /** Shared by every file of one build, so that ids are unique across the whole site. */
  claims?: AnswerIdClaims;
  /** The site's base path, for the links to level and tag pages. */
  base?: string;
  /** Retired tags and the tag each became: an answer carrying one stops the build. */
  mergedTags?: Readonly<Record<string, string>>;
  /** The tags that have a page: only these show as chips. Without it, every tag does. */
  getTagsWithPages?: () => Promise<ReadonlySet<string>>;
}

/**
 * Turns a question heading that carries an `:answer` directive into an answer: an `h2` with a
 * stable id, its level and tags as data attributes, and a line showing both under it.
 *
 * ```md
 * ## How does Kafka order messages? :answer{#kafka-ordering level=basic tags="kafka ordering"}
 *
 * Within a partition only. ...
 * ```
 * becomes
 * ```html
 * <h2 id="kafka-ordering" data-answer data-level="basic" data-tags="kafka ordering">How does Kafka order messages?</h2>
 * <p class="answer-meta">…</p>
 * <p>Within a partition only. ...</p>
 * ```
 * The page's answers are listed in `frontmatter.answers` (see {@link AnswerRecord}). On a question
 * page every `h2` must be an answer; `questions: false` or the splash template opts a page out.
 * Tag chips link to tag pages, so only tags that have one (`getTagsWithPages`) are shown.
 * The build stops, naming file and line, on a missing, malformed or duplicate id, an unknown
 * level or attribute, missing or merged tags, or an answer that does not open with its short answer.
 */
export function remarkAnswerHeadings(options: AnswerHeadingsOptions = {}) {
  const claims = options.claims ?? new AnswerIdClaims();
  const base = options.base ?? '/';
  const mergedTags = options.mergedTags ?? {};

  return () => async (tree: Root, file: VFile) => {
    const fileName = file.path || '<unknown>';
    claims.releaseFile(fileName);
    const frontmatter = file.data.astro?.frontmatter ?? {};
    const requireAnswers = frontmatter.questions !== false && frontmatter.template !== 'splash';
    const answers: AnswerRecord[] = [];

    tree.children.forEach((node, index) => {
      if (node.type !== 'heading') {
        rejectStrayDirective(node, file);
        return;
      }
      const directive = takeAnswerDirective(node, file);
      if (!directive) {
        if (node.depth === 2 && requireAnswers) {
          file.fail(
            `This h2 has no answer id. Every question needs one, e.g. "## ${plainText(node)} :answer{#some-id level=basic tags="topic"}".`,
            node,
          );
        }
        return;
      }
      if (node.depth !== 2) {
        file.fail(`An :answer directive belongs on an h2 (##), not an h${node.depth}.`, node);
      }
      const record = readAnswer(node, directive, tree.children[index + 1], file);
      const merged = record.tags.find((tag) => Object.hasOwn(mergedTags, tag));
      if (merged) {
        file.fail(
          `Tag "${merged}" of "${record.id}" was merged into "${mergedTags[merged]}": use that instead.`,
          directive,
        );
      }
      const owner = claims.claim(record.id, { file: fileName, line: record.line });
      if (owner) {
        file.fail(
          `Answer id "${record.id}" is already used at ${relative(process.cwd(), owner.file)}:${owner.line}. Ids are unique across the site.`,
          node,
        );
      }
      node.data = {
        ...node.data,
        hProperties: {
          id: record.id,
          'data-answer': '',
          'data-level': record.level,
          'data-tags': record.tags.join(' '),
        },
      };
      answers.push(record);
    });

    const hasPage = options.getTagsWithPages ? await options.getTagsWithPages() : undefined;
    insertMetaLines(tree, answers, base, (tag) => hasPage?.has(tag) ?? true);
    if (file.data.astro?.frontmatter) file.data.astro.frontmatter.answers = answers;
    else file.data.astro = { ...file.data.astro, frontmatter: { answers } };
  };
}

/** Removes the `:answer` directive from a heading and returns it, trimming the space before it. */
function takeAnswerDirective(heading: Heading, file: VFile): TextDirective | undefined {
  const position = heading.children.findIndex((child) => child.type === 'textDirective' && child.name === DIRECTIVE);
  if (position === -1) return undefined;
  const directive = heading.children[position] as TextDirective;
  if (position !== heading.children.length - 1) {
    file.fail('Put the :answer directive at the end of the question heading.', directive);
  }
  heading.children.splice(position, 1);
  const last = heading.children.at(-1);
  if (last?.type === 'text') last.value = last.value.trimEnd();
  return directive;
}

function readAnswer(
  heading: Heading,
  directive: TextDirective,
  next: RootContent | undefined,
  file: VFile,
): AnswerRecord {
  const attributes = directive.attributes ?? {};
  for (const name of Object.keys(attributes)) {
    if (!KNOWN_ATTRIBUTES.has(name)) {
      file.fail(`Unknown :answer attribute "${name}". Use id, level, tags and related.`, directive);
    }
  }
  const id = attributes.id ?? '';
  if (!id) file.fail('This answer has no id: add one as #some-id inside :answer{…}.', directive);
  if (!KEBAB_CASE.test(id) || id.length > MAX_ID_LENGTH) {
    file.fail(
      `Answer id "${id}" is malformed: use lowercase kebab-case, at most ${MAX_ID_LENGTH} characters.`,
      directive,
    );
  }
  const level = attributes.level ?? '';
  if (!isLevel(level)) {
    file.fail(`Unknown level "${level}" for "${id}". Use one of: ${LEVELS.join(', ')}.`, directive);
  }
  const tags = splitList(attributes.tags);
  if (tags.length === 0) file.fail(`Answer "${id}" has no tags: add tags="concept other-concept".`, directive);
  const badTag = tags.find((tag) => !KEBAB_CASE.test(tag));
  if (badTag) file.fail(`Tag "${badTag}" of "${id}" is malformed: use lowercase kebab-case.`, directive);
  const related = splitList(attributes.related);
  const badRelated = related.find((ref) => !KEBAB_CASE.test(ref));
  if (badRelated) file.fail(`Related id "${badRelated}" of "${id}" is malformed.`, directive);

  if (next?.type !== 'paragraph' || plainText(next).trim() === '') {
    file.fail(`Answer "${id}" must open with its short answer: a paragraph right after the question.`, heading);
  }
  return {
    id,
    question: plainText(heading).trim(),
    level,
    tags,
    related,
    summary: plainText(next).replace(/\s+/g, ' ').trim(),
    line: heading.position?.start.line ?? 0,
  };
}

/** An `:answer` directive anywhere but in a heading is a mistake worth stopping for. */
function rejectStrayDirective(node: RootContent, file: VFile): void {
  if (!('children' in node)) return;
  for (const child of node.children) {
    if (child.type === 'textDirective' && child.name === DIRECTIVE) {
      file.fail('An :answer directive belongs at the end of an h2 question heading.', child);
    }
    rejectStrayDirective(child as RootContent, file);
  }
}

/** Shows each answer's level and tags right under its question, each linking to its listing. */
function insertMetaLines(
  tree: Root,
  answers: readonly AnswerRecord[],
  base: string,
  showTag: (tag: string) => boolean,
): void {
  for (const answer of answers) {
    const index = tree.children.findIndex(
      (node) => node.type === 'heading' && node.data?.hProperties?.id === answer.id,
    );
    tree.children.splice(index + 1, 0, metaLine(answer, base, showTag));
  }
}

function metaLine(answer: AnswerRecord, base: string, showTag: (tag: string) => boolean): Paragraph {
  const link = (value: string, url: string, className: string, title: string): PhrasingContent => ({
    type: 'link',
    url: withBase(url, base),
    title,
    data: { hProperties: { className: [className] } },
    children: [{ type: 'text', value }],
  });
  return {
    type: 'paragraph',
    data: { hName: 'p', hProperties: { className: ['answer-meta'], 'data-pagefind-ignore': '' } },
    children: [
      link(answer.level, `/levels/${answer.level}/`, 'answer-level', `All ${answer.level} answers`),
      ...answer.tags
        .filter(showTag)
        .map((tag) => link(tag, `/tags/${tag}/`, 'answer-tag', `All answers tagged ${tag}`)),
    ],
  };
}
