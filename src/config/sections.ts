/**
 * The site's sections, grouped by area. The sidebar, the home page, the search filters and the
 * "no results" suggestions all read this list, so a new section is added here and nowhere else.
 * Each section is a folder of `src/content/docs/`; its pages appear in it in `sidebar.order`.
 */
export interface Section {
  /** Folder under `src/content/docs/`, also the URL prefix of its pages. */
  directory: string;
  label: string;
  /** One line for the home page: what a reader finds here. */
  summary: string;
}

export interface Area {
  label: string;
  sections: Section[];
}

export const areas: Area[] = [
  {
    label: 'Go',
    sections: [
      {
        directory: 'go/language',
        label: 'Go language',
        summary:
          'Channels and select, context, interfaces and types, slices and maps, errors, generics and the memory model.',
      },
      {
        directory: 'go/runtime',
        label: 'Go runtime',
        summary: 'The scheduler (G, M, P), stacks and the heap, and how the garbage collector paces itself.',
      },
      {
        directory: 'go/concurrency',
        label: 'Go concurrency and performance',
        summary: 'The sync package, worker pools and backpressure, and finding hot spots with pprof.',
      },
      {
        directory: 'go/testing-http',
        label: 'Testing and net/http',
        summary: 'Table-driven tests, fuzzing and benchmarks, HTTP servers and clients, JSON, slog and timers.',
      },
      {
        directory: 'go/tooling',
        label: 'Go tooling',
        summary: 'Modules and dependencies, go build versus go run, and the Git a Go developer uses daily.',
      },
    ],
  },
  {
    label: 'Microservices',
    sections: [
      {
        directory: 'microservices/architecture',
        label: 'Microservices architecture',
        summary: 'When microservices pay off, how a Go service is layered, and hexagonal design.',
      },
      {
        directory: 'microservices/communication',
        label: 'Service communication',
        summary: 'REST, gRPC and messaging between services, service meshes, discovery and mTLS.',
      },
      {
        directory: 'microservices/data',
        label: 'Data and transactions',
        summary: 'Database per service, sagas, the outbox, event sourcing, CQRS and two-phase commit.',
      },
      {
        directory: 'microservices/resilience',
        label: 'Resilience and deployment',
        summary: 'Timeouts, retries, circuit breakers and bulkheads; blue-green, canary and rolling releases.',
      },
    ],
  },
  {
    label: 'Kafka and messaging',
    sections: [
      {
        directory: 'kafka/fundamentals',
        label: 'Kafka fundamentals',
        summary: 'Topics, partitions, offsets, replication and the ISR, and why Kafka is a log.',
      },
      {
        directory: 'kafka/consumers',
        label: 'Consumers and delivery guarantees',
        summary: 'Consumer groups, rebalancing, ordering, commits, and at-least-once versus exactly-once.',
      },
      {
        directory: 'kafka/operations',
        label: 'Operating Kafka',
        summary: 'Throughput tuning, lag and backpressure, replaying data, and Kafka on Kubernetes.',
      },
      {
        directory: 'kafka/internals',
        label: 'Kafka internals',
        summary:
          'Segments and indexes, log compaction, tiered storage, transactions inside, large messages and security.',
      },
      {
        directory: 'kafka/ecosystem',
        label: 'Connect, Streams and CDC',
        summary:
          'Kafka Connect, Kafka Streams, change data capture with Debezium, MirrorMaker 2 and stream-processing time.',
      },
      {
        directory: 'kafka/compared',
        label: 'Messaging systems compared',
        summary: 'Kafka, RabbitMQ, SQS and Google Pub/Sub, and how a distributed queue is built.',
      },
    ],
  },
  {
    label: 'Databases and Redis',
    sections: [
      {
        directory: 'databases/transactions',
        label: 'Transactions and isolation',
        summary:
          'ACID, isolation levels and their anomalies, MVCC, locking from Go, deadlocks and the write-ahead log.',
      },
      {
        directory: 'databases/storage',
        label: 'Storage engines and indexes',
        summary:
          'B-trees and LSM-trees, indexes and query plans, choosing a database, PostgreSQL from Go and connection poolers.',
      },
      {
        directory: 'databases/redis',
        label: 'Redis in depth',
        summary:
          'Data types, persistence, eviction, Pub/Sub and Streams, transactions and scripts, threading, Sentinel and Cluster.',
      },
    ],
  },
  {
    label: 'Distributed systems and operations',
    sections: [
      {
        directory: 'distributed/coordination',
        label: 'Distributed systems',
        summary: 'Consensus with Raft, leader election, locks, quorums, split-brain and consistency.',
      },
      {
        directory: 'distributed/data-stores',
        label: 'Caching and data stores',
        summary: 'Cache failure modes, Redis and its clusters, distributed caches and MySQL from Go.',
      },
      {
        directory: 'distributed/cloud-native',
        label: 'Cloud-native operations',
        summary: 'Container images, Kubernetes deployments, probes, autoscaling, config and cloud SDKs.',
      },
      {
        directory: 'distributed/observability',
        label: 'Observability',
        summary: 'Metrics, logs and traces: OpenTelemetry, Jaeger and monitoring Go services.',
      },
    ],
  },
  {
    label: 'Kubernetes, reliability and security',
    sections: [
      {
        directory: 'kubernetes/fundamentals',
        label: 'Kubernetes fundamentals',
        summary:
          'Control plane and nodes, containers versus VMs, how the scheduler picks a node, workload kinds and debugging Pods.',
      },
      {
        directory: 'kubernetes/resources',
        label: 'Resources, disruptions and networking',
        summary:
          'Requests, limits and QoS, OOMKilled and CPU throttling for Go, PodDisruptionBudgets, Gateway API, NetworkPolicies and Secrets.',
      },
      {
        directory: 'reliability/practice',
        label: 'Reliability practice',
        summary:
          'SLIs, SLOs and error budgets, burn-rate alerts, RED, USE and golden signals, metric types, structured logs and incidents.',
      },
      {
        directory: 'security/identity',
        label: 'Identity and TLS',
        summary:
          'OAuth 2.0 and OpenID Connect, authorization code with PKCE, client credentials, token validation and the TLS 1.3 handshake.',
      },
      {
        directory: 'security/application',
        label: 'Application security',
        summary:
          'SQL injection and parameterised queries, password hashing, secret management and the OWASP API risks in Go services.',
      },
    ],
  },
  {
    label: 'System design',
    sections: [
      {
        directory: 'system-design/data',
        label: 'Consistency, replication and partitioning',
        summary: 'Consistency models, leader-based and leaderless replication, conflict resolution and partitioning.',
      },
      {
        directory: 'system-design/time',
        label: 'Time, order and failure detection',
        summary: 'Why clocks lie, Lamport, vector and hybrid clocks, failure detectors and unique ids at scale.',
      },
      {
        directory: 'system-design/traffic',
        label: 'Rate limiting and load balancing',
        summary: 'Rate-limiting algorithms, load-balancing strategies, L4 and L7, gateways, proxies and CDNs.',
      },
      {
        directory: 'system-design/apis',
        label: 'Scaling and API design',
        summary: 'Stateless scaling, sessions, API versioning, real-time push, webhooks and long-running operations.',
      },
      {
        directory: 'system-design/practice',
        label: 'Estimates and worked designs',
        summary:
          'Back-of-the-envelope estimates, availability in nines, and complete designs from requirements to bottlenecks.',
      },
    ],
  },
];

export const sections: Section[] = areas.flatMap((area) => area.sections);

/** The section a page belongs to, from its id (`kafka/consumers/ordering` → Consumers…). */
export function sectionOf(pageId: string): Section | undefined {
  return sections.find((section) => pageId.startsWith(`${section.directory}/`));
}
