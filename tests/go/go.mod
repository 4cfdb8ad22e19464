// The libraries the handbook's Go examples use, at the versions the pages teach. The Go check
// compiles every example as a package of this module ("examples"): with the module proxy, these
// are the versions resolved; without it, Debian sid's sources of the same versions are used
// (tests/go/libraries.json names the Debian package of each module).
module examples

go 1.27

require (
	cloud.google.com/go/pubsub/v2 v2.0.1
	cloud.google.com/go/storage v1.56.1
	github.com/aws/aws-lambda-go v1.54.0
	github.com/aws/aws-sdk-go-v2 v1.41.7
	github.com/aws/aws-sdk-go-v2/config v1.32.17
	github.com/aws/aws-sdk-go-v2/feature/s3/transfermanager v0.1.19
	github.com/aws/aws-sdk-go-v2/service/s3 v1.100.1
	github.com/fsnotify/fsnotify v1.10.1
	github.com/go-redsync/redsync/v4 v4.17.0
	github.com/go-sql-driver/mysql v1.10.1
	github.com/golang-jwt/jwt/v5 v5.3.1
	github.com/golang/groupcache v0.0.0-20210331224755-41bb18bfe9da
	github.com/google/uuid v1.6.0
	github.com/hashicorp/consul/api v1.34.4
	github.com/hashicorp/raft v1.5.0
	github.com/hashicorp/raft-boltdb/v2 v2.3.1
	github.com/jackc/pgx/v5 v5.9.2
	github.com/prometheus/client_golang v1.23.2
	github.com/redis/go-redis/v9 v9.17.2
	github.com/sony/gobreaker/v2 v2.4.0
	github.com/twmb/franz-go v1.21.5
	github.com/twmb/franz-go/pkg/kadm v1.18.0
	github.com/twmb/franz-go/pkg/sr v1.8.0
	go.etcd.io/etcd/client/v3 v3.5.30
	go.opentelemetry.io/contrib/instrumentation/net/http/otelhttp v0.71.0
	go.opentelemetry.io/otel v1.46.0
	go.opentelemetry.io/otel/exporters/otlp/otlptrace/otlptracegrpc v1.46.0
	go.opentelemetry.io/otel/sdk v1.46.0
	go.opentelemetry.io/otel/trace v1.46.0
	golang.org/x/crypto v0.58.0
	golang.org/x/oauth2 v0.37.0
	golang.org/x/sync v0.24.0
	golang.org/x/time v0.16.0
	google.golang.org/grpc v1.81.1
	k8s.io/apimachinery v0.36.4
	k8s.io/client-go v0.36.4
)
