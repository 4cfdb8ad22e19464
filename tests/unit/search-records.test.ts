import { describe, expect, it } from 'vitest';
import { answerRecordHtml, extractAnswerTexts } from '../../src/build/search-records.ts';
import type { LocatedAnswer } from '../../src/lib/collect-answers.ts';

/** The shape Starlight and the handbook's plugins give a built question page. */
const builtPage = `<!doctype html><html><body><main><div class="sl-markdown-content">
<p>Intro before any question.</p>
<div class="sl-heading-wrapper level-h2"><h2 id="q-one" data-answer="" data-level="basic">First question?</h2><a class="sl-anchor-link" href="#q-one">#</a></div>
<p class="answer-meta" data-pagefind-ignore=""><a href="/levels/basic/">basic</a><a href="/tags/x/">x</a></p>
<p>The short answer.</p>
<figure class="diagram" data-description="What the diagram shows."><div class="diagram__canvas" data-pagefind-ignore=""><svg><text>Node label</text></svg></div><figcaption>The caption</figcaption><p class="diagram__links" data-pagefind-ignore="">Linked answers: <a href="#q-two">Second</a></p></figure>
<p>Call <code>x.Close()</code> last.</p>
<div class="expressive-code"><figure class="frame"><pre><code><div class="ec-line"><div class="code">client, err := kgo.NewClient()</div></div><div class="ec-line"><div class="code">defer client.Close()</div></div></code></pre><button>Copy</button></figure></div>
<div class="answer-related" data-pagefind-ignore=""><p>Related answers</p></div>
<div class="sl-heading-wrapper level-h2"><h2 id="q-two" data-answer="" data-level="advanced">Second question?</h2></div>
<p>Second answer.</p>
<div class="sl-heading-wrapper level-h3"><h3 id="detail">A sub-part</h3></div>
<p>Sub-part text.</p>
</div></main></body></html>`;

describe('extractAnswerTexts', () => {
  it('cuts a built page into answers, keeping text, code and diagram words a reader sees', () => {
    const texts = extractAnswerTexts(builtPage);
    expect([...texts.keys()]).toEqual(['q-one', 'q-two']);
    expect(texts.get('q-one')).toEqual({
      prose: 'The short answer. The caption What the diagram shows. Call x.Close() last.',
      code: 'client, err := kgo.NewClient() defer client.Close()',
    });
    expect(texts.get('q-two')).toEqual({ prose: 'Second answer. A sub-part Sub-part text.', code: '' });
  });

  it('finds nothing on a page without answers', () => {
    expect(
      extractAnswerTexts('<html><body><div class="sl-markdown-content"><h2 id="x">Plain</h2></div></body></html>').size,
    ).toBe(0);
  });
});

describe('answerRecordHtml', () => {
  const answer: LocatedAnswer = {
    id: 'kafka-isr',
    question: 'What is the ISR?',
    level: 'intermediate',
    tags: ['kafka', 'isr', 'min-insync'],
    related: [],
    summary: 'The replicas that are caught up with the leader.',
    line: 3,
    page: 'kafka/fundamentals/replication',
    pageTitle: 'Replication & the ISR',
    file: 'src/content/docs/kafka/fundamentals/replication.mdx',
  };

  it('weights the question, then glossary terms and tags, and carries meta and filters', () => {
    expect(
      answerRecordHtml({
        answer,
        body: { prose: 'The replicas that are caught up with the leader. <More> detail.', code: 'acks=all' },
        section: 'Kafka fundamentals',
        extraTerms: ['ISR', 'in-sync replicas'],
      }),
    ).toMatchSnapshot();
  });
});
