import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { aliasesForPage, renamedIntoPage, renamedShortLinks, vanishedPages } from '../../src/lib/answer-redirects.ts';
import {
  type AnswerRegistry,
  checkRegistry,
  REGISTRY_PATH,
  readRegistry,
  registryJson,
  resolveId,
  updateRegistry,
} from '../../src/lib/answer-registry.ts';
import { collectAnswers } from '../../src/lib/collect-answers.ts';

const registry: AnswerRegistry = {
  answers: {
    'kafka-ordering': { page: 'kafka/consumers/ordering' },
    'kafka-isr': { page: 'kafka/fundamentals/replication', formerPages: ['kafka/isr'] },
  },
  renamed: { 'kafka-in-sync': { to: 'kafka-isr', pages: ['kafka/isr'] } },
};

describe('the committed registry', () => {
  it('matches the content: no id has vanished or moved without a record', async () => {
    const current = await collectAnswers(process.cwd());
    expect(checkRegistry(await readRegistry(REGISTRY_PATH), current)).toEqual([]);
  });

  it('keeps the old links of merged answers: short link and page/#id lead to the kept answer', async () => {
    const committed = await readRegistry(REGISTRY_PATH);
    const kept = { id: 'k8s-headless-grpc', page: 'distributed/cloud-native/kubernetes-service-discovery' };
    expect(renamedShortLinks(committed)).toContainEqual({ id: 'ms-grpc-kubernetes-load-balancing', to: kept });
    expect(aliasesForPage(committed, 'microservices/communication/service-discovery')).toMatchObject({
      'ms-grpc-kubernetes-load-balancing': `${kept.page}/#${kept.id}`,
    });
  });
});

describe('registryJson', () => {
  it('writes what the formatter would, so npm run registry never fails the lint', () => {
    const registry = {
      answers: { b: { page: 'x/y', formerPages: ['x/old'] }, a: { page: 'x/z' } },
      renamed: {
        old: { to: 'a', pages: ['x/z'] },
        many: { to: 'b', pages: Array.from({ length: 8 }, (_, index) => `some/long/section/page-number-${index}`) },
      },
    };
    const written = registryJson(registry);
    const formatted = execFileSync('node_modules/.bin/biome', ['format', '--stdin-file-path=registry.json'], {
      input: written,
      encoding: 'utf8',
    });
    expect(written).toBe(formatted);
    expect(written.indexOf('"a"')).toBeLessThan(written.indexOf('"b"'));
  });
});

describe('checkRegistry', () => {
  const content = [
    { id: 'kafka-ordering', page: 'kafka/consumers/ordering' },
    { id: 'kafka-isr', page: 'kafka/fundamentals/replication' },
  ];

  it('accepts content that matches', () => {
    expect(checkRegistry(registry, content)).toEqual([]);
  });

  it('fails when content drops a published id', () => {
    const problems = checkRegistry(registry, content.slice(1));
    expect(problems).toEqual([
      expect.stringMatching(/"kafka-ordering" \(published on kafka\/consumers\/ordering\) is gone/),
    ]);
  });

  it('fails when an id moves to another page unrecorded', () => {
    const moved = [content[0], { id: 'kafka-isr', page: 'kafka/fundamentals/isr' }];
    expect(checkRegistry(registry, moved as typeof content)).toEqual([
      expect.stringMatching(/"kafka-isr" moved from kafka\/fundamentals\/replication to kafka\/fundamentals\/isr/),
    ]);
  });

  it('fails on a new id that is not recorded yet', () => {
    const problems = checkRegistry(registry, [...content, { id: 'kafka-new', page: 'kafka/x' }]);
    expect(problems).toEqual([expect.stringMatching(/"kafka-new" on kafka\/x is not in the registry/)]);
  });

  it('fails when a renamed id leads nowhere', () => {
    const broken = { ...registry, renamed: { 'kafka-gone': { to: 'kafka-missing', pages: ['x'] } } };
    expect(checkRegistry(broken, content)).toEqual([expect.stringMatching(/"kafka-gone" leads to "kafka-missing"/)]);
  });
});

describe('updateRegistry', () => {
  it('adds new ids and records a move with the page it left', () => {
    const { registry: next, errors } = updateRegistry(registry, [
      { id: 'kafka-ordering', page: 'kafka/ordering' },
      { id: 'kafka-isr', page: 'kafka/fundamentals/replication' },
      { id: 'kafka-acks', page: 'kafka/fundamentals/producers' },
    ]);
    expect(errors).toEqual([]);
    expect(next.answers['kafka-ordering']).toEqual({
      page: 'kafka/ordering',
      formerPages: ['kafka/consumers/ordering'],
    });
    expect(next.answers['kafka-acks']).toEqual({ page: 'kafka/fundamentals/producers' });
  });

  it('refuses to drop an id silently', () => {
    const { errors } = updateRegistry(registry, [{ id: 'kafka-isr', page: 'kafka/fundamentals/replication' }]);
    expect(errors).toEqual([expect.stringMatching(/--rename kafka-ordering=<new-id>/)]);
  });

  it('records a rename with every page the old id lived on', () => {
    const { registry: next, errors } = updateRegistry(
      registry,
      [
        { id: 'kafka-ordering', page: 'kafka/consumers/ordering' },
        { id: 'kafka-replicas-in-sync', page: 'kafka/fundamentals/replication' },
      ],
      { 'kafka-isr': 'kafka-replicas-in-sync' },
    );
    expect(errors).toEqual([]);
    expect(next.renamed['kafka-isr']).toEqual({
      to: 'kafka-replicas-in-sync',
      pages: ['kafka/fundamentals/replication', 'kafka/isr'],
    });
    expect(resolveId(next, 'kafka-in-sync')).toEqual({
      id: 'kafka-replicas-in-sync',
      page: 'kafka/fundamentals/replication',
    });
  });
});

describe('redirects derived from the registry', () => {
  it('forwards old ids on a page that lost them', () => {
    expect(aliasesForPage(registry, 'kafka/isr')).toEqual({
      'kafka-in-sync': 'kafka/fundamentals/replication/#kafka-isr',
      'kafka-isr': 'kafka/fundamentals/replication/#kafka-isr',
    });
    expect(aliasesForPage(registry, 'kafka/consumers/ordering')).toEqual({});
  });

  it('turns a page that no longer exists into a redirect page', () => {
    expect(vanishedPages(registry, new Set(['kafka/consumers/ordering', 'kafka/fundamentals/replication']))).toEqual([
      {
        page: 'kafka/isr',
        aliases: {
          'kafka-in-sync': 'kafka/fundamentals/replication/#kafka-isr',
          'kafka-isr': 'kafka/fundamentals/replication/#kafka-isr',
        },
        fallback: 'kafka/fundamentals/replication/',
      },
    ]);
  });

  it('keeps the short link of a renamed id', () => {
    expect(renamedShortLinks(registry)).toEqual([
      { id: 'kafka-in-sync', to: { id: 'kafka-isr', page: 'kafka/fundamentals/replication' } },
    ]);
  });

  it('tells the page that holds a renamed answer which retired ids it answers for', () => {
    expect(renamedIntoPage(registry, 'kafka/fundamentals/replication')).toEqual({ 'kafka-in-sync': 'kafka-isr' });
    expect(renamedIntoPage(registry, 'kafka/isr')).toEqual({});
    expect(renamedIntoPage(registry, 'kafka/consumers/ordering')).toEqual({});
  });
});
