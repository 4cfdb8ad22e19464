import type { GlossaryTerm } from '../../lib/glossary-schema.ts';
import type { AnswerHit } from './engine.ts';

/** Builds DOM from text only (never from HTML strings), so a query can never inject markup. */
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  children: Array<Node | string> = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/** The text with every occurrence of the query's words wrapped in <mark>. */
export function highlighted(text: string, query: string): Array<Node | string> {
  const words = query
    .toLowerCase()
    .split(/\s+/)
    .filter((word) => word.length >= 2)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (words.length === 0) return [text];
  const pattern = new RegExp(`(${words.join('|')})`, 'gi');
  return text.split(pattern).map((part, index) => (index % 2 === 1 ? element('mark', {}, [part]) : part));
}

export function resultItem(hit: AnswerHit, query: string, position: number): HTMLLIElement {
  const context = [hit.section, hit.page].filter(Boolean).join(' › ');
  return element('li', { class: 'search-result' }, [
    element('a', { href: hit.url, 'data-result': String(position) }, [
      element('span', { class: 'search-result__title' }, highlighted(hit.question, query)),
      element('span', { class: 'search-result__context' }, [
        context,
        ' ',
        element('span', { class: 'answer-level', 'data-level': hit.level }, [hit.level]),
      ]),
      element('span', { class: 'search-result__summary' }, highlighted(hit.summary, query)),
    ]),
  ]);
}

export function glossaryCard(term: GlossaryTerm, base: string): HTMLElement {
  const heading = term.expansion ? `${term.term}: ${term.expansion}` : term.term;
  return element('section', { class: 'search-glossary__card', 'aria-label': `Glossary: ${term.term}` }, [
    element('p', { class: 'search-glossary__term' }, [
      element('a', { href: `${base}glossary/#${term.id}` }, [heading]),
    ]),
    element('p', { class: 'search-glossary__definition' }, [term.definition]),
  ]);
}
