import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import type { LocatedAnswer } from '../lib/collect-answers.ts';

/** An answer's searchable text: its prose, and the text of its code blocks apart. */
export interface AnswerText {
  prose: string;
  code: string;
}

/**
 * The readable text of each answer on a built page, keyed by answer id: everything from the
 * question to the next question, minus what search must not see (the level and tag line, the
 * related answers, the drawn diagrams) but with each diagram's caption and description. Code
 * blocks come apart from the prose, so the index can weigh them lower; inline code stays in its
 * sentence.
 */
export function extractAnswerTexts(html: string): Map<string, AnswerText> {
  const tree = fromHtml(html);
  const content = select('.sl-markdown-content', tree);
  const texts = new Map<string, AnswerText>();
  if (!content) return texts;
  let current: { id: string; prose: string[]; code: string[] } | undefined;
  const finish = () => {
    if (current) texts.set(current.id, { prose: joinText(current.prose), code: joinText(current.code) });
  };
  for (const block of content.children) {
    if (isIgnored(block)) continue;
    const id = answerIdOf(block);
    if (id) {
      finish();
      current = { id, prose: [], code: [] };
    } else if (current) {
      const { prose, code } = searchableText(block);
      current.prose.push(prose);
      current.code.push(...code);
    }
  }
  finish();
  return texts;
}

/** The answer id of an answer heading (or of Starlight's wrapper around it). */
function answerIdOf(node: RootContent): string | undefined {
  if (node.type !== 'element') return undefined;
  const heading = node.tagName === 'h2' ? node : select(':scope > h2[data-answer]', node);
  if (!heading || heading.properties.dataAnswer === undefined) return undefined;
  return String(heading.properties.id);
}

function searchableText(node: RootContent): { prose: string; code: string[] } {
  if (node.type !== 'element') return { prose: node.type === 'text' ? node.value : '', code: [] };
  const copy = structuredClone(node);
  stripIgnored(copy);
  const code = takeCodeBlocks(copy);
  const description = node.properties.dataDescription;
  return { prose: [toText(copy), typeof description === 'string' ? description : ''].join(' '), code };
}

/** Removes the code blocks (`pre`) from an element, returning their text. */
function takeCodeBlocks(element: Element): string[] {
  if (element.tagName === 'pre') {
    const text = toText(element);
    element.children = [];
    return [text];
  }
  return element.children.flatMap((child) => (child.type === 'element' ? takeCodeBlocks(child) : []));
}

function stripIgnored(element: Element | Root): void {
  element.children = element.children.filter((child) => !isIgnored(child));
  for (const child of element.children) if (child.type === 'element') stripIgnored(child);
}

function isIgnored(node: RootContent): boolean {
  if (node.type === 'comment') return true;
  if (node.type !== 'element') return false;
  return node.properties.dataPagefindIgnore !== undefined || ['script', 'style', 'button'].includes(node.tagName);
}

function joinText(parts: readonly string[]): string {
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

export interface AnswerRecordInput {
  answer: LocatedAnswer;
  /** The answer's text beyond its question, from the built page. */
  body: AnswerText;
  section: string;
  /** Glossary names, expansions, aliases and misspellings that lead to this answer. */
  extraTerms: readonly string[];
}

/**
 * One answer as a Pagefind document, so that search results are answers rather than pages: the
 * question is the title and the heaviest text, then the glossary terms and tags that lead to it,
 * then its prose, then its code blocks (weighted lowest: a pasted identifier still finds the
 * answer whose code uses it, but words that merely recur in code do not outrank the prose). Meta fields carry what the result shows (question, short answer, page, level);
 * filters carry section, level and tags. None of this HTML is ever shown to a reader.
 */
export function answerRecordHtml({ answer, body, section, extraTerms }: AnswerRecordInput): string {
  const tagWords = answer.tags.flatMap((tag) => (tag.includes('-') ? [tag, tag.replaceAll('-', ' ')] : [tag]));
  const attribute = (name: string, value: string) => `${name}="${escapeHtml(value)}"`;
  return [
    '<!doctype html><html lang="en"><head>',
    `<meta data-pagefind-meta="summary[content]" ${attribute('content', answer.summary)}>`,
    `<meta data-pagefind-meta="page[content]" ${attribute('content', answer.pageTitle)}>`,
    `<meta data-pagefind-meta="level[content]" ${attribute('content', answer.level)}>`,
    `<meta data-pagefind-meta="section[content]" ${attribute('content', section)}>`,
    `<meta data-pagefind-filter="section[content]" ${attribute('content', section)}>`,
    `<meta data-pagefind-filter="level[content]" ${attribute('content', answer.level)}>`,
    ...answer.tags.map((tag) => `<meta data-pagefind-filter="tag[content]" ${attribute('content', tag)}>`),
    // Lets the search pin an answer by id (a glossary term's best answer) without a text query.
    `<meta data-pagefind-filter="answer[content]" ${attribute('content', answer.id)}>`,
    '</head><body><main data-pagefind-body>',
    `<h1 data-pagefind-meta="title" data-pagefind-weight="10">${escapeHtml(answer.question)}</h1>`,
    extraTerms.length > 0 ? `<p data-pagefind-weight="6">${escapeHtml(extraTerms.join(' · '))}</p>` : '',
    `<p data-pagefind-weight="4">${escapeHtml(tagWords.join(' · '))}</p>`,
    `<div>${escapeHtml(body.prose)}</div>`,
    body.code ? `<div data-pagefind-weight="0.5">${escapeHtml(body.code)}</div>` : '',
    '</main></body></html>',
  ].join('');
}

function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}
