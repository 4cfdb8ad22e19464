/**
 * The handbook's glossary, kept as data. It drives two things: the Glossary page (each term
 * defined and linked to its answers) and the search index, where a term's name, expansion,
 * aliases and common misspellings become extra search terms of the answers it lists. A unit
 * test checks that every answer id here exists.
 */
export interface GlossaryTerm {
  /** Anchor on the glossary page: `/glossary/#eos`. */
  id: string;
  /** The term as readers write it: `EOS`, `ISR`, `Outbox`. */
  term: string;
  /** What an acronym stands for. */
  expansion?: string;
  /** Other names and phrasings readers search with. */
  aliases: string[];
  /**
   * Typos and spelling variants (`kafak`, `golang`): indexed with the term's answers and, when
   * the term is one word, read as the term in a query. Never displayed.
   */
  misspellings: string[];
  /** One or two sentences. */
  definition: string;
  /** The answers that explain the term, best first. */
  answers: string[];
}

export const glossary: GlossaryTerm[] = [
  {
    id: 'eos',
    term: 'EOS',
    expansion: 'exactly-once semantics',
    aliases: ['exactly once', 'exactly-once delivery', 'exactly once processing', 'exactly-once payments'],
    misspellings: ['exactly ones', 'exacly once'],
    definition:
      'Kafka’s guarantee that a read-process-write loop within Kafka takes effect once, built from the idempotent producer, transactions and read_committed consumers. Side effects outside Kafka still need idempotency.',
    answers: ['kafka-exactly-once', 'kafka-transactions-loop', 'kafka-eos-side-effects', 'kafka-delivery-semantics'],
  },
  {
    id: 'at-least-once',
    term: 'At-least-once',
    aliases: ['at least once delivery', 'duplicates', 'redelivery'],
    misspellings: ['atleast once'],
    definition:
      'A delivery guarantee where no message is lost but some may be delivered more than once; consumers commit after processing and must tolerate duplicates.',
    answers: ['kafka-at-least-once', 'kafka-delivery-semantics', 'kafka-idempotent-consumer', 'ms-idempotent-consumer'],
  },
  {
    id: 'at-most-once',
    term: 'At-most-once',
    aliases: ['at most once delivery', 'fire and forget'],
    misspellings: [],
    definition:
      'A delivery guarantee where a message is never processed twice but may be lost, for example when offsets are committed before processing.',
    answers: ['kafka-delivery-semantics', 'kafka-auto-vs-manual-commit'],
  },
  {
    id: 'two-phase-commit',
    term: '2PC',
    expansion: 'two-phase commit',
    aliases: ['two phase commit', 'distributed transaction', 'XA transaction', 'prepare commit'],
    misspellings: ['2 phase commit', 'two phase comit'],
    definition:
      'An atomic commitment protocol: a coordinator asks every participant to prepare, then tells all to commit or abort. It blocks while participants wait on a failed coordinator.',
    answers: ['ms-2pc', 'ms-2pc-in-practice', 'ms-saga'],
  },
  {
    id: 'xa',
    term: 'XA',
    expansion: 'the X/Open XA standard for distributed transactions',
    aliases: ['XA transactions', 'prepared transactions'],
    misspellings: [],
    definition:
      'The standard interface through which a transaction manager runs two-phase commit across databases and queues.',
    answers: ['ms-2pc-in-practice', 'ms-2pc'],
  },
  {
    id: 'dlq',
    term: 'DLQ',
    expansion: 'dead-letter queue',
    aliases: ['DLT', 'dead letter topic', 'dead-letter topic', 'poison message', 'poison pill', 'failed messages'],
    misspellings: ['dead leter queue', 'deadletter'],
    definition:
      'A queue or topic where messages that keep failing are parked, so they stop blocking the rest and can be inspected and reprocessed later.',
    answers: ['kafka-failed-messages', 'kafka-retry-topics', 'kafka-dlq-reprocess'],
  },
  {
    id: 'gmp',
    term: 'GMP',
    expansion: 'goroutine, machine, processor',
    aliases: ['go scheduler', 'GPM model', 'M:N scheduler', 'goroutine scheduler'],
    misspellings: ['gpm', 'go schedular'],
    definition:
      'The Go runtime’s scheduler model: goroutines (G) run on OS threads (M), and a thread must hold a logical processor (P) with its run queue to execute Go code.',
    answers: ['go-gmp-model', 'go-sched-run-queues', 'go-sched-syscalls', 'go-sched-preemption', 'go-gomaxprocs'],
  },
  {
    id: 'goroutine',
    term: 'Goroutine',
    aliases: ['green thread', 'lightweight thread', 'go routine'],
    misspellings: ['gorutine', 'go-routine', 'goroutines leak'],
    definition:
      'A function running concurrently, scheduled by the Go runtime onto OS threads, with a small growable stack.',
    answers: ['go-gmp-model', 'go-goroutine-throughput', 'go-pprof-goroutine-leaks', 'go-worker-pool'],
  },
  {
    id: 'go',
    term: 'Go',
    expansion: 'the Go programming language',
    aliases: ['go language', 'go runtime'],
    misspellings: ['golang', 'go-lang'],
    definition:
      'A compiled, garbage-collected language with goroutines and channels, widely used for backend services.',
    answers: ['go-gmp-model', 'go-gc-overview', 'go-modules', 'go-goroutine-throughput'],
  },
  {
    id: 'gomaxprocs',
    term: 'GOMAXPROCS',
    aliases: ['number of Ps', 'CPU limit', 'container CPU quota'],
    misspellings: ['gomaxproc', 'go max procs'],
    definition:
      'The number of logical processors (Ps), which caps how many goroutines run Go code in parallel. Since Go 1.25 its default follows a container’s CPU limit.',
    answers: ['go-gomaxprocs', 'go-gmp-model', 'docker-go-build-flags'],
  },
  {
    id: 'work-stealing',
    term: 'Work stealing',
    aliases: ['run queue', 'local run queue', 'global run queue'],
    misspellings: ['work stealling'],
    definition:
      'How an idle P takes runnable goroutines from another P’s run queue so that no processor sits idle while work waits.',
    answers: ['go-sched-run-queues', 'go-gmp-model'],
  },
  {
    id: 'gc',
    term: 'GC',
    expansion: 'garbage collector',
    aliases: ['garbage collection', 'mark and sweep', 'go gc'],
    misspellings: ['garbage colection', 'garbadge collector'],
    definition:
      'Go’s concurrent, non-generational, non-moving tri-colour mark-and-sweep collector, paced by GOGC and GOMEMLIMIT.',
    answers: ['go-gc-overview', 'go-gc-cycle', 'go-gc-pacer-gogc', 'go-gc-reduce-overhead'],
  },
  {
    id: 'stw',
    term: 'STW',
    expansion: 'stop the world',
    aliases: ['stop-the-world pause', 'GC pause', 'mark termination', 'sweep termination'],
    misspellings: ['stop the word'],
    definition:
      'A pause in which every goroutine stops. Go’s GC still has two short ones per cycle: sweep termination with mark setup, and mark termination.',
    answers: ['go-gc-cycle', 'go-gc-overview'],
  },
  {
    id: 'tri-colour-marking',
    term: 'Tri-colour marking',
    aliases: ['tricolor marking', 'tri-color', 'white grey black'],
    misspellings: ['tricolour', 'tri color'],
    definition:
      'The marking algorithm that sorts heap objects into white (unvisited), grey (to scan) and black (scanned) sets.',
    answers: ['go-gc-tricolor', 'go-gc-write-barrier'],
  },
  {
    id: 'write-barrier',
    term: 'Write barrier',
    aliases: ['hybrid write barrier', 'Yuasa barrier', 'Dijkstra barrier'],
    misspellings: ['write barier'],
    definition:
      'Code the compiler adds to pointer writes during marking so the concurrent GC never misses a live object.',
    answers: ['go-gc-write-barrier', 'go-gc-tricolor'],
  },
  {
    id: 'gogc',
    term: 'GOGC',
    aliases: ['GC percent', 'SetGCPercent', 'GC pacer', 'heap target'],
    misspellings: ['go gc percent'],
    definition:
      'The GC’s heap-growth target, 100 by default: the next cycle starts when the heap has grown by that percentage of the live heap.',
    answers: ['go-gc-pacer-gogc', 'go-gc-gomemlimit', 'go-gc-reduce-overhead'],
  },
  {
    id: 'gomemlimit',
    term: 'GOMEMLIMIT',
    aliases: ['memory limit', 'soft memory limit', 'SetMemoryLimit', 'OOMKilled'],
    misspellings: ['gomemlimt', 'go mem limit'],
    definition:
      'A soft limit on the Go runtime’s total memory (Go 1.19+): the GC works harder as the heap approaches it.',
    answers: ['go-gc-gomemlimit', 'go-gc-pacer-gogc'],
  },
  {
    id: 'interface',
    term: 'Interface',
    aliases: ['go interface', 'method set', 'type assertion', 'type switch', 'nil interface', 'typed nil'],
    misspellings: ['interfase', 'inteface'],
    definition:
      'A Go type listing methods; any type whose method set has them satisfies it implicitly. An interface value holds a dynamic type and a value, and is nil only when both are unset.',
    answers: ['go-interfaces-implicit', 'go-method-sets', 'go-nil-interface', 'go-type-assertions'],
  },
  {
    id: 'slice',
    term: 'Slice',
    aliases: ['slice header', 'append', 'slice capacity', 'backing array', 'nil slice'],
    misspellings: ['slise', 'slcie'],
    definition:
      'A Go descriptor of a contiguous segment of an array: a pointer, a length and a capacity. Copies share the array until append reallocates.',
    answers: ['go-slice-header', 'go-append-growth', 'go-nil-vs-empty-slice', 'go-slices-maps-packages'],
  },
  {
    id: 'swiss-table',
    term: 'Swiss table',
    aliases: ['go map implementation', 'hash map', 'swisstable', 'map internals'],
    misspellings: ['swiss map', 'swisstables'],
    definition:
      'The open-addressing hash table design behind Go’s built-in map since Go 1.24: groups of 8 slots with a control word of 7-bit hash fragments, probed in parallel.',
    answers: ['go-map-internals', 'go-map-concurrency'],
  },
  {
    id: 'rune',
    term: 'Rune',
    aliases: ['unicode code point', 'utf-8', 'utf8', 'int32 character'],
    misspellings: ['runes', 'rhune'],
    definition:
      'Go’s name for a Unicode code point (an alias for int32). Ranging over a string decodes its UTF-8 bytes into runes.',
    answers: ['go-strings-runes', 'go-strings-builder'],
  },
  {
    id: 'escape-analysis',
    term: 'Escape analysis',
    aliases: ['stack vs heap', 'heap allocation', 'gcflags -m', 'allocations'],
    misspellings: ['escape analisys'],
    definition:
      'The compiler’s decision whether a value can stay on a goroutine’s stack or must be allocated on the heap.',
    answers: ['go-escape-analysis', 'go-stack-vs-heap'],
  },
  {
    id: 'pprof',
    term: 'pprof',
    aliases: ['profiler', 'CPU profile', 'heap profile', 'flame graph', 'profiling'],
    misspellings: ['ppprof', 'prof'],
    definition:
      'Go’s profiling format and tool: CPU, heap, allocation, goroutine, block and mutex profiles, served by net/http/pprof.',
    answers: ['go-pprof-overview', 'go-pprof-http', 'go-pprof-read', 'go-pprof-workflow'],
  },
  {
    id: 'mutex',
    term: 'Mutex',
    aliases: ['lock', 'sync.Mutex', 'RWMutex', 'starvation mode', 'lock contention'],
    misspellings: ['mutx', 'mutext'],
    definition:
      'A mutual-exclusion lock. Go’s sync.Mutex spins briefly, then parks waiters, and switches to starvation mode after 1 ms of waiting.',
    answers: ['go-sync-mutex', 'go-mutex-internals', 'go-rwmutex', 'go-pprof-block-mutex'],
  },
  {
    id: 'worker-pool',
    term: 'Worker pool',
    aliases: ['bounded concurrency', 'semaphore', 'fan out fan in', 'goroutine pool'],
    misspellings: ['worker poll'],
    definition:
      'A fixed set of goroutines that take jobs from a bounded queue, limiting concurrency and applying backpressure when full.',
    answers: ['go-worker-pool', 'go-bounded-concurrency', 'go-backpressure', 'go-goroutine-throughput'],
  },
  {
    id: 'go-modules',
    term: 'Go modules',
    aliases: ['go.mod', 'go.sum', 'MVS', 'minimal version selection', 'dependencies', 'GOPROXY'],
    misspellings: ['go mod', 'gomod'],
    definition:
      'Go’s dependency system: go.mod records minimum versions and minimal version selection picks the build list.',
    answers: ['go-modules', 'go-get-vs-install', 'go-mod-tidy-vendor', 'go-mod-private'],
  },
  {
    id: 'go-channel',
    term: 'Channel',
    aliases: ['chan', 'buffered channel', 'unbuffered channel', 'go channels', 'select statement', 'hchan'],
    misspellings: ['chanel', 'channles'],
    definition:
      'A typed conduit between goroutines: a send and a receive synchronise, with an optional buffer of fixed capacity. Closing a channel tells every receiver that no more values will come.',
    answers: ['go-channel-blocking', 'go-channel-nil-closed', 'go-channel-close', 'go-select'],
  },
  {
    id: 'go-context',
    term: 'context.Context',
    aliases: ['go context', 'ctx', 'context cancellation', 'context deadline', 'context values'],
    misspellings: ['contex', 'context.context'],
    definition:
      'The standard way to carry a cancellation signal, a deadline and request-scoped values through a call chain; cancelling a context cancels every context derived from it.',
    answers: ['go-context-basics', 'go-context-cancel-tree', 'go-context-deadline', 'go-context-done'],
  },
  {
    id: 'isr',
    term: 'ISR',
    expansion: 'in-sync replicas',
    aliases: ['in sync replica set', 'replica lag', 'min.insync.replicas', 'under-replicated'],
    misspellings: ['in-sync replica', 'isr shrink'],
    definition:
      'The replicas of a Kafka partition that are caught up with the leader; only they are eligible to become leader by default.',
    answers: ['kafka-isr', 'kafka-min-insync-replicas', 'kafka-leader-failover', 'kafka-replication'],
  },
  {
    id: 'kraft',
    term: 'KRaft',
    expansion: 'Kafka Raft metadata mode',
    aliases: ['zookeeper', 'kafka controller', 'metadata quorum', 'KIP-500'],
    misspellings: ['zookeper', 'zoo keeper', 'kraft mode'],
    definition:
      'Kafka’s built-in Raft quorum for cluster metadata. Kafka 4.0 removed ZooKeeper: KRaft is the only mode.',
    answers: ['kafka-kraft', 'mq-distributed-queue-design'],
  },
  {
    id: 'kafka',
    term: 'Kafka',
    expansion: 'Apache Kafka',
    aliases: ['distributed log', 'event streaming', 'message broker'],
    misspellings: ['kafak', 'kakfa', 'kafaka', 'kafkha'],
    definition:
      'A distributed, replicated, partitioned commit log that producers append to and consumer groups read at their own pace.',
    answers: ['kafka-what-is-kafka', 'kafka-vs-queues', 'kafka-ordering', 'kafka-partitions'],
  },
  {
    id: 'partition',
    term: 'Partition',
    aliases: ['topic partition', 'sharding a topic', 'partition count'],
    misspellings: ['partiton', 'partion'],
    definition:
      'An ordered, append-only log that is the unit of parallelism, ordering and replication in a Kafka topic.',
    answers: ['kafka-partitions', 'kafka-choose-partition-count', 'kafka-too-many-partitions'],
  },
  {
    id: 'partition-key',
    term: 'Partition key',
    aliases: ['message key', 'record key', 'partitioner', 'murmur2'],
    misspellings: ['partiton key', 'partition-key'],
    definition:
      'The key a producer gives a record: records with the same key go to the same partition, which keeps them in order.',
    answers: ['kafka-ordering-keys', 'kafka-producer-partitioning', 'kafka-ordering'],
  },
  {
    id: 'offset',
    term: 'Offset',
    aliases: ['committed offset', '__consumer_offsets', 'commit', 'reset offsets', 'replay'],
    misspellings: ['ofset', 'offest'],
    definition:
      'A record’s position in its partition; a consumer group commits the next offset to read to resume after restarts.',
    answers: ['kafka-offsets', 'kafka-offset-tracking', 'kafka-auto-vs-manual-commit', 'kafka-reset-offsets-cli'],
  },
  {
    id: 'consumer-group',
    term: 'Consumer group',
    aliases: ['group id', 'partition assignment', 'fan-out', 'idle consumers', 'extra consumers'],
    misspellings: ['consumer groupe', 'consummer group'],
    definition:
      'Consumers sharing a group id: each partition is read by one member, and each group keeps its own offsets.',
    answers: [
      'kafka-consumer-groups',
      'kafka-more-pods-than-partitions',
      'kafka-fan-out-groups',
      'kafka-one-pod-per-message',
    ],
  },
  {
    id: 'rebalance',
    term: 'Rebalance',
    aliases: ['rebalancing', 'cooperative sticky', 'KIP-848', 'static membership', 'session timeout', 'heartbeat'],
    misspellings: ['rebalnce', 're-balance', 'rebalancing storm'],
    definition:
      'The reassignment of partitions when a consumer joins, leaves or is declared dead; incremental protocols move only some partitions.',
    answers: [
      'kafka-rebalance-join',
      'kafka-rebalance-consumer-failure',
      'kafka-rebalance-protocols',
      'kafka-static-membership',
    ],
  },
  {
    id: 'consumer-lag',
    term: 'Consumer lag',
    aliases: ['lag', 'backlog', 'log end offset', 'falling behind', 'slow consumer'],
    misspellings: ['consumer lagg'],
    definition: 'How far a consumer group is behind: the log-end offset minus the committed offset, per partition.',
    answers: ['kafka-consumer-lag', 'kafka-lag-spikes', 'kafka-backpressure', 'kafka-monitor-consumers'],
  },
  {
    id: 'backpressure',
    term: 'Backpressure',
    aliases: ['flow control', 'load shedding', 'bounded queue', 'overload'],
    misspellings: ['back pressure', 'backpresure'],
    definition: 'Slowing producers down when consumers cannot keep up, instead of letting queues grow without bound.',
    answers: ['kafka-backpressure', 'go-backpressure', 'mq-pubsub-flow-control'],
  },
  {
    id: 'acks',
    term: 'acks',
    aliases: ['acks=all', 'acks=1', 'acknowledgements', 'durability'],
    misspellings: ['ack all'],
    definition:
      'The producer setting for how many replicas must confirm a write before it counts: none, the leader, or all in-sync replicas.',
    answers: ['kafka-producer-acks', 'kafka-min-insync-replicas'],
  },
  {
    id: 'idempotent-producer',
    term: 'Idempotent producer',
    aliases: ['enable.idempotence', 'producer id', 'sequence number', 'KIP-679'],
    misspellings: [],
    definition:
      'A Kafka producer mode, on by default since Kafka 3.0, in which brokers discard duplicates and out-of-order batches from retries.',
    answers: ['kafka-idempotent-producer', 'kafka-ordering-producer-retries'],
  },
  {
    id: 'idempotency',
    term: 'Idempotency',
    aliases: ['idempotency key', 'idempotent consumer', 'deduplication', 'duplicate payments', 'safe retries'],
    misspellings: ['idempotancy', 'idempotant', 'idempotence key', 'idempotentcy'],
    definition:
      'The property that doing an operation twice has the same effect as doing it once; the basis of safe retries.',
    answers: ['ms-idempotency-keys', 'ms-idempotent-consumer', 'kafka-idempotent-consumer'],
  },
  {
    id: 'schema-registry',
    term: 'Schema registry',
    aliases: ['Avro', 'Protobuf', 'schema evolution', 'compatibility', 'serialization'],
    misspellings: ['schema regestry'],
    definition:
      'A service storing versioned message schemas and checking that new versions stay compatible with old consumers.',
    answers: ['kafka-schema-registry', 'kafka-schema-evolution', 'kafka-serialization-formats'],
  },
  {
    id: 'zero-copy',
    term: 'Zero-copy',
    aliases: ['sendfile', 'page cache', 'splice'],
    misspellings: ['zero copy', 'zerocopy'],
    definition:
      'Sending file data to a socket without copying it through user space (sendfile); not possible when data must be encrypted with TLS in user space.',
    answers: ['mq-zero-copy', 'mq-distributed-queue-design'],
  },
  {
    id: 'pubsub',
    term: 'Pub/Sub',
    expansion: 'publish-subscribe',
    aliases: ['publish subscribe', 'topic and subscription', 'Google Cloud Pub/Sub', 'event bus', 'fan-out'],
    misspellings: ['pubsub', 'pub sub'],
    definition:
      'A messaging pattern where every subscriber gets its own copy of each message, unlike a queue where one consumer takes it.',
    answers: ['ms-queue-vs-pubsub', 'mq-pubsub-go', 'mq-pubsub-delivery', 'kafka-fan-out-groups'],
  },
  {
    id: 'cqrs',
    term: 'CQRS',
    expansion: 'command query responsibility segregation',
    aliases: ['read model', 'write model', 'projection', 'materialized view'],
    misspellings: ['cqs', 'cqrs pattern'],
    definition:
      'Separating the model that handles writes from the models that serve reads, which are often built from events.',
    answers: ['ms-cqrs', 'ms-event-sourcing', 'ms-api-composition'],
  },
  {
    id: 'event-sourcing',
    term: 'Event sourcing',
    aliases: ['event store', 'append-only events', 'rebuild state from events', 'aggregate'],
    misspellings: ['event sorcing'],
    definition: 'Storing every change to an entity as an immutable event and deriving current state by replaying them.',
    answers: ['ms-event-sourcing', 'ms-cqrs'],
  },
  {
    id: 'saga',
    term: 'Saga',
    aliases: ['compensating transaction', 'compensation', 'choreography', 'orchestration', 'long-running transaction'],
    misspellings: ['sagas pattern', 'saaga'],
    definition:
      'A sequence of local transactions across services, each with a compensating action that undoes it if a later step fails.',
    answers: ['ms-saga', 'ms-saga-choreography', 'ms-saga-orchestration', 'ms-saga-failures'],
  },
  {
    id: 'outbox',
    term: 'Outbox',
    expansion: 'transactional outbox',
    aliases: ['outbox pattern', 'dual write', 'CDC', 'change data capture', 'Debezium'],
    misspellings: ['out box', 'outbox relay'],
    definition:
      'Writing an event into an outbox table in the same database transaction as the change, and relaying it to the broker afterwards.',
    answers: ['ms-outbox', 'ms-outbox-relay', 'ms-eventual-consistency-go'],
  },
  {
    id: 'eventual-consistency',
    term: 'Eventual consistency',
    aliases: ['BASE', 'replica lag', 'stale reads', 'CAP theorem', 'PACELC'],
    misspellings: ['eventual consistancy'],
    definition:
      'A guarantee that replicas converge once updates stop, without promising that every read sees the latest write.',
    answers: ['ms-consistency-choices', 'ms-eventual-consistency-go', 'quorum-anomalies'],
  },
  {
    id: 'circuit-breaker',
    term: 'Circuit breaker',
    aliases: ['gobreaker', 'half-open', 'trip', 'fail fast'],
    misspellings: ['circuit braker', 'circuitbreaker'],
    definition:
      'A wrapper that stops calling a failing dependency for a while (open), then lets a few trial calls through (half-open).',
    answers: ['ms-circuit-breaker', 'ms-gobreaker', 'ms-resilience-composition'],
  },
  {
    id: 'bulkhead',
    term: 'Bulkhead',
    aliases: ['resource isolation', 'connection pool per dependency', 'semaphore isolation'],
    misspellings: ['bulk head'],
    definition:
      'Giving each dependency its own limited pool of resources so one slow dependency cannot exhaust everything.',
    answers: ['ms-bulkhead', 'ms-resilience-composition'],
  },
  {
    id: 'retry-backoff',
    term: 'Exponential backoff',
    aliases: ['retry', 'jitter', 'retry budget', 'retry storm', 'thundering herd'],
    misspellings: ['exponential back-off', 'backof'],
    definition:
      'Waiting longer after each failed attempt, with random jitter, so retries do not synchronise and overload a recovering service.',
    answers: ['ms-retries-backoff', 'ms-retry-budget', 'kafka-retry-topics'],
  },
  {
    id: 'cascading-failure',
    term: 'Cascading failure',
    aliases: ['timeout', 'deadline', 'context deadline', 'slow dependency'],
    misspellings: ['cascade failure'],
    definition:
      'An outage that spreads along synchronous call chains as callers wait on, and retry against, a failing dependency.',
    answers: ['ms-cascading-failure', 'ms-timeouts', 'ms-circuit-breaker'],
  },
  {
    id: 'service-mesh',
    term: 'Service mesh',
    aliases: ['Istio', 'Linkerd', 'Envoy', 'sidecar', 'ambient mode'],
    misspellings: ['service mash', 'istio mesh'],
    definition:
      'Infrastructure that handles service-to-service traffic (mTLS, retries, routing, telemetry) in proxies beside or under each service.',
    answers: ['ms-service-mesh', 'ms-service-mesh-go-apps', 'ms-canary'],
  },
  {
    id: 'mtls',
    term: 'mTLS',
    expansion: 'mutual TLS',
    aliases: ['client certificates', 'SPIFFE', 'service identity', 'zero trust'],
    misspellings: ['mutal tls', 'm tls'],
    definition: 'TLS in which both sides present certificates, so each service proves its identity to the other.',
    answers: ['ms-mtls-go', 'ms-service-to-service-security', 'ms-service-mesh'],
  },
  {
    id: 'jwt',
    term: 'JWT',
    expansion: 'JSON Web Token',
    aliases: ['bearer token', 'JWKS', 'service account token', 'OIDC'],
    misspellings: ['jwt token', 'json web tokens'],
    definition:
      'A signed token carrying claims (issuer, audience, expiry) that a service verifies before trusting a caller.',
    answers: ['ms-jwt-service-auth', 'ms-service-to-service-security'],
  },
  {
    id: 'grpc',
    term: 'gRPC',
    expansion: 'gRPC Remote Procedure Calls',
    aliases: ['RPC', 'protobuf', 'grpc.NewClient', 'grpc.Dial', 'HTTP/2'],
    misspellings: ['grcp', 'g rpc'],
    definition: 'An RPC framework over HTTP/2 with Protocol Buffers contracts, streaming and deadlines.',
    answers: ['ms-rest-vs-grpc', 'ms-grpc-go-client', 'ms-choose-grpc-rest-kafka', 'k8s-headless-grpc'],
  },
  {
    id: 'hexagonal-architecture',
    term: 'Hexagonal architecture',
    aliases: ['ports and adapters', 'clean architecture', 'cloud agnostic', 'dependency inversion'],
    misspellings: ['hexagonal architecure'],
    definition:
      'Structuring a service so its core logic depends only on interfaces (ports), with infrastructure plugged in as adapters.',
    answers: ['ms-hexagonal-architecture', 'ms-cloud-agnostic-go', 'ms-hexagonal-testing'],
  },
  {
    id: 'service-discovery',
    term: 'Service discovery',
    aliases: ['service registry', 'Consul', 'DNS discovery', 'client-side load balancing', 'server-side discovery'],
    misspellings: ['service discover'],
    definition:
      'How a caller finds healthy instances of a service: through a registry it queries, or through DNS and a load balancer.',
    answers: ['ms-service-discovery', 'ms-kubernetes-discovery', 'k8s-dns-discovery', 'consul-service-registration'],
  },
  {
    id: 'canary',
    term: 'Canary release',
    aliases: ['canary deployment', 'progressive delivery', 'traffic splitting', 'weighted routing'],
    misspellings: ['canery'],
    definition:
      'Sending a small share of traffic to a new version and widening it only while its metrics stay healthy.',
    answers: ['ms-canary', 'ms-deployment-strategy-choice'],
  },
  {
    id: 'blue-green',
    term: 'Blue-green deployment',
    aliases: ['blue green', 'instant rollback', 'environment switch'],
    misspellings: ['blue/green'],
    definition:
      'Running the new version beside the old one and switching all traffic at once, keeping the old one for rollback.',
    answers: ['ms-blue-green', 'ms-deployment-strategy-choice'],
  },
  {
    id: 'rolling-update',
    term: 'Rolling update',
    aliases: ['maxSurge', 'maxUnavailable', 'zero downtime deploy'],
    misspellings: ['rolling upgrade'],
    definition: 'Replacing instances a few at a time, Kubernetes’ default Deployment strategy.',
    answers: ['ms-rolling-update', 'ms-deployment-strategy-choice', 'k8s-graceful-shutdown'],
  },
  {
    id: 'kubernetes',
    term: 'Kubernetes',
    aliases: ['container orchestration', 'kubectl', 'pods', 'deployments'],
    misspellings: ['k8s', 'kube', 'kuberntes', 'kubernets', 'kubernates'],
    definition:
      'The container orchestrator that schedules Pods, keeps Deployments at their desired state and gives Services stable names.',
    answers: ['k8s-deploy-go-service', 'k8s-probes', 'k8s-dns-discovery', 'k8s-service-types'],
  },
  {
    id: 'hpa',
    term: 'HPA',
    expansion: 'Horizontal Pod Autoscaler',
    aliases: ['autoscaling', 'KEDA', 'scale on lag', 'metrics-server'],
    misspellings: ['horizontal pod autoscaller'],
    definition: 'The Kubernetes controller that changes a workload’s replica count to keep a metric near its target.',
    answers: ['k8s-hpa', 'k8s-hpa-memory-go', 'kafka-k8s-autoscaling', 'k8s-vertical-scaling'],
  },
  {
    id: 'probes',
    term: 'Probes',
    aliases: ['liveness probe', 'readiness probe', 'startup probe', 'health check'],
    misspellings: ['liveliness probe', 'readyness probe'],
    definition:
      'Kubernetes checks that restart a stuck container (liveness), take it out of load balancing (readiness), or wait for slow starts (startup).',
    answers: ['k8s-probes', 'k8s-deploy-go-service', 'k8s-graceful-shutdown'],
  },
  {
    id: 'configmap',
    term: 'ConfigMap',
    aliases: ['hot reload', 'config reload', 'fsnotify', 'mounted configuration'],
    misspellings: ['config map', 'configmaps reload'],
    definition: 'A Kubernetes object holding configuration that Pods read as environment variables or mounted files.',
    answers: ['k8s-configmap-hot-reload', 'k8s-configmap-update-semantics', 'k8s-config-reload-strategy'],
  },
  {
    id: 'multi-stage-build',
    term: 'Multi-stage build',
    aliases: ['Dockerfile', 'distroless', 'scratch image', 'small image', 'container image'],
    misspellings: ['multistage build', 'docker file'],
    definition: 'A Dockerfile that compiles in one stage and copies only the binary into a minimal final image.',
    answers: ['docker-multistage-go', 'docker-base-image-choice', 'docker-go-build-flags'],
  },
  {
    id: 'raft',
    term: 'Raft',
    aliases: ['consensus', 'replicated log', 'replicated state machine', 'leader', 'term'],
    misspellings: ['raft consensus algorithm', 'raft algoritm'],
    definition:
      'A consensus algorithm in which an elected leader replicates a log and commits entries once a majority stores them.',
    answers: ['raft-replicate-state', 'raft-leader-election', 'raft-hashicorp-go', 'raft-linearizable-reads'],
  },
  {
    id: 'quorum',
    term: 'Quorum',
    aliases: ['majority', 'R + W > N', 'read quorum', 'write quorum', 'sloppy quorum'],
    misspellings: ['qourum', 'quorom'],
    definition:
      'The number of nodes that must take part in an operation so that any two such groups overlap, usually a majority.',
    answers: ['quorum-rw-overlap', 'quorum-anomalies', 'quorum-go-wait-w', 'split-brain-quorum'],
  },
  {
    id: 'split-brain',
    term: 'Split-brain',
    aliases: ['network partition', 'two leaders', 'dual primary'],
    misspellings: ['split brain', 'splitbrain'],
    definition:
      'Two parts of a cluster each acting as primary after a network partition, accepting conflicting writes.',
    answers: ['split-brain-what', 'split-brain-quorum', 'split-brain-detect-recover'],
  },
  {
    id: 'leader-election',
    term: 'Leader election',
    aliases: ['lease', 'Kubernetes Lease', 'single active instance', 'cron on one replica'],
    misspellings: ['leader elecion'],
    definition: 'Choosing one instance to do a job, usually by holding a lease that it must keep renewing.',
    answers: ['le-lease-basics', 'le-client-go', 'le-etcd-election', 'le-lost-lease'],
  },
  {
    id: 'redlock',
    term: 'Redlock',
    aliases: ['distributed lock', 'Redis lock', 'SET NX PX', 'lock release Lua script'],
    misspellings: ['red lock', 'redlok'],
    definition:
      'A lock algorithm over several independent Redis nodes; its safety depends on timing assumptions and it provides no fencing token.',
    answers: ['redis-redlock', 'redis-redlock-safety', 'redis-lock-single', 'dlock-fencing-tokens'],
  },
  {
    id: 'fencing-token',
    term: 'Fencing token',
    aliases: ['monotonic token', 'lock revision', 'stale lock holder', 'process pause'],
    misspellings: ['fencing tokken'],
    definition:
      'A number that grows with each lock grant; the protected resource rejects writes carrying an older number.',
    answers: ['dlock-fencing-tokens', 'redis-redlock-safety', 'dlock-etcd-mutex', 'le-lost-lease'],
  },
  {
    id: 'etcd',
    term: 'etcd',
    aliases: ['key-value store', 'watch', 'lease', 'clientv3'],
    misspellings: ['etc d', 'etdc'],
    definition:
      'A strongly consistent key-value store built on Raft, used by Kubernetes, with watches, leases and transactions.',
    answers: ['etcd-kv-watch', 'etcd-vs-consul', 'le-etcd-election', 'dlock-etcd-mutex'],
  },
  {
    id: 'consistent-hashing',
    term: 'Consistent hashing',
    aliases: ['hash ring', 'virtual nodes', 'vnodes', 'sharding'],
    misspellings: ['consistant hashing'],
    definition: 'Placing keys and nodes on a ring so that adding or removing a node moves only the keys near it.',
    answers: ['dcache-consistent-hashing', 'dcache-build-simple', 'dcache-groupcache'],
  },
  {
    id: 'cache-penetration',
    term: 'Cache penetration',
    aliases: ['Bloom filter', 'null caching', 'missing keys', 'negative caching'],
    misspellings: ['cache penitration'],
    definition: 'Requests for keys that exist nowhere pass through the cache to the database every time.',
    answers: ['cache-penetration'],
  },
  {
    id: 'cache-avalanche',
    term: 'Cache avalanche',
    aliases: ['mass expiry', 'TTL jitter', 'cold cache', 'cache restart'],
    misspellings: ['cache avalance'],
    definition: 'Many keys expiring at once, or the cache going down, sending a flood of misses to the database.',
    answers: ['cache-avalanche', 'cache-breakdown'],
  },
  {
    id: 'cache-breakdown',
    term: 'Cache breakdown',
    aliases: ['cache stampede', 'dogpile', 'thundering herd', 'hot key', 'singleflight', 'cache miss storm'],
    misspellings: ['cache break down', 'cache stampeed'],
    definition: 'One hot key expiring and many concurrent requests rebuilding it at once.',
    answers: ['cache-breakdown', 'cache-hot-keys', 'dcache-groupcache'],
  },
  {
    id: 'redis-cluster',
    term: 'Redis Cluster',
    aliases: ['hash slots', '16384 slots', 'Codis', 'Pika', 'Valkey', 'sharded Redis'],
    misspellings: ['reddis', 'redis clustor'],
    definition: 'Redis’s built-in sharding: keys map to 16,384 hash slots spread across primaries with replicas.',
    answers: ['redis-cluster-slots', 'codis-architecture', 'redis-pika-codis-compared', 'pika-overview'],
  },
  {
    id: 'connection-pool',
    term: 'Connection pool',
    aliases: ['SetMaxOpenConns', 'SetMaxIdleConns', 'database/sql pool', 'ConnMaxLifetime'],
    misspellings: ['conection pool'],
    definition: 'The set of open database connections that database/sql reuses, sized by its Set* methods.',
    answers: ['mysql-connection-pool', 'mysql-query-optimisation'],
  },
  {
    id: 'orm',
    term: 'ORM',
    expansion: 'object-relational mapping',
    aliases: ['GORM', 'database/sql', 'sqlc', 'AutoMigrate', 'raw SQL'],
    misspellings: ['gorm vs sql'],
    definition: 'A library that maps tables to structs and builds queries for you; in Go, GORM is the best known.',
    answers: ['mysql-gorm-vs-database-sql', 'mysql-schema-migrations'],
  },
  {
    id: 'otel',
    term: 'OTel',
    expansion: 'OpenTelemetry',
    aliases: ['OTLP', 'tracing', 'spans', 'instrumentation', 'traceparent', 'W3C trace context'],
    misspellings: ['open telemetry', 'opentelemtry'],
    definition: 'The vendor-neutral standard and SDKs for traces, metrics and logs, exported over OTLP.',
    answers: ['otel-tracing-basics', 'otel-go-setup', 'otel-context-propagation', 'otel-sampling'],
  },
  {
    id: 'span',
    term: 'Span',
    aliases: ['trace', 'trace id', 'parent span', 'child span', 'distributed tracing'],
    misspellings: ['spans tree'],
    definition: 'One timed operation in a trace; spans form a tree across services through their parent ids.',
    answers: ['otel-tracing-basics', 'otel-context-propagation'],
  },
  {
    id: 'jaeger',
    term: 'Jaeger',
    aliases: ['tracing backend', 'Jaeger v2', 'jaeger-agent', 'jaeger collector'],
    misspellings: ['jagger', 'jeager'],
    definition: 'An open-source distributed tracing backend; Jaeger v2 is built on the OpenTelemetry Collector.',
    answers: ['jaeger-what-is', 'jaeger-components', 'jaeger-kafka-vs-direct', 'jaeger-storage'],
  },
  {
    id: 's3-multipart',
    term: 'S3 multipart upload',
    aliases: ['upload manager', 'transfer manager', 'large file upload', 'PutObject'],
    misspellings: ['multi part upload'],
    definition:
      'Uploading a large object to S3 in parts that are sent in parallel and retried individually, then completed as one object.',
    answers: ['aws-s3-multipart', 'aws-s3-upload'],
  },
  {
    id: 'git-rebase',
    term: 'Rebase',
    aliases: ['git rebase', 'merge vs rebase', 'interactive rebase', 'linear history'],
    misspellings: ['rebaes'],
    definition:
      'Re-applying a branch’s commits on top of another base, rewriting them; never rebase commits others have built on.',
    answers: ['git-rebase-vs-merge', 'git-branches', 'git-undo'],
  },
  {
    id: 'happens-before',
    term: 'Happens-before',
    aliases: ['go memory model', 'memory model', 'synchronized before', 'memory visibility'],
    misspellings: ['happens befor', 'happen before'],
    definition:
      'The ordering that decides whether a write in one goroutine is visible to a read in another; in Go it comes only from synchronising operations such as channel operations, mutexes, sync.Once, WaitGroup and atomics.',
    answers: ['go-memory-model', 'go-data-race-patterns', 'go-memory-model-races'],
  },
  {
    id: 'data-race',
    term: 'Data race',
    aliases: ['race condition', 'race detector', 'go test -race', 'ThreadSanitizer', 'TSan'],
    misspellings: ['datarace', 'data raise'],
    definition:
      'Two accesses to the same memory location from different goroutines, at least one a write and not all atomic, with no happens-before order between them; Go’s -race flag detects them at run time.',
    answers: ['go-race-detector', 'go-memory-model-races', 'go-data-race-patterns', 'go-memory-model'],
  },
  {
    id: 'error-wrapping',
    term: 'Error wrapping',
    aliases: ['%w', 'errors.Is', 'errors.As', 'errors.AsType', 'wrapped error', 'errors.Join'],
    misspellings: ['error wraping'],
    definition:
      'Adding context to a Go error while keeping the original reachable through Unwrap, so that errors.Is and errors.As can find it anywhere in the chain.',
    answers: ['go-error-wrapping', 'go-errors-join', 'go-error-design'],
  },
  {
    id: 'go-generics',
    term: 'Generics',
    aliases: ['type parameters', 'type constraints', 'type sets', 'comparable', 'cmp.Ordered'],
    misspellings: ['genrics', 'generices'],
    definition:
      'Functions and types parameterised by types, declared in square brackets with an interface as the constraint; available in Go since 1.18.',
    answers: ['go-generics', 'go-generics-when-not', 'go-iterators'],
  },
  {
    id: 'fuzzing',
    term: 'Fuzzing',
    aliases: ['fuzz testing', 'go test -fuzz', 'coverage-guided fuzzing', 'seed corpus'],
    misspellings: ['fuzzin', 'fuzing'],
    definition:
      'Testing with automatically mutated inputs, guided by code coverage, to find inputs that crash code or break a stated property; Go has it built into go test since 1.18.',
    answers: ['go-fuzzing'],
  },
  {
    id: 'slowloris',
    term: 'Slowloris',
    aliases: ['slow header attack', 'slow HTTP attack', 'slow client'],
    misspellings: ['slow loris'],
    definition:
      'A denial-of-service attack that opens many connections and sends request headers very slowly, holding server connections open; a header read timeout stops it.',
    answers: ['go-http-server-timeouts'],
  },
  {
    id: 'functional-options',
    term: 'Functional options',
    aliases: ['options pattern', 'option functions', 'With functions', 'variadic options'],
    misspellings: ['functinal options'],
    definition:
      'A Go constructor pattern in which optional settings are passed as functions that modify the object being built, such as New(addr, WithTimeout(2*time.Second)).',
    answers: ['go-functional-options'],
  },
];
