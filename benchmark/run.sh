#!/usr/bin/env bash
# Koers's whole-product benchmark, in one command:
#
#   benchmark/run.sh S|M|L|<clients>
#
#  1. installs Debian's PostgreSQL when missing, starts its cluster (creating one if there is
#     none) and recreates the database koers_benchmark_<size>;
#  2. builds Koers's jar and the benchmark (BENCHMARK_MAVEN_OFFLINE=-o builds offline);
#  3. starts Koers on that database (Flyway migrates it; no demo data) on port 18080;
#  4. generates the data set of that size (S 10,000, M 100,000, L 1,000,000 clients);
#  5. runs the load driver, with pgbench -S on the same database before and after;
#  6. stops Koers (and the cluster, if this script started it).
#
# The results are in benchmark/target/results-<size>.md, Koers's log in
# benchmark/target/koers-<size>.log. Options through the environment: KOERS_BENCHMARK_PORT,
# BENCHMARK_SECONDS (per measurement, default 20), BENCHMARK_THREADS (concurrent clients for
# the saturation run, default 8), KOERS_BENCHMARK_START_SECONDS (how long Koers may take to
# start and migrate, default 900), BENCHMARK_WITHOUT_RLS=1 (Koers connects as the owner, to
# measure the cost of row-level security). To generate the (large) data set once and measure later:
# BENCHMARK_STEPS=generate, then BENCHMARK_STEPS=drive (keeps the database and its data).
set -euo pipefail

steps="${BENCHMARK_STEPS:-generate,drive}"

size="${1:?usage: benchmark/run.sh S|M|L|<clients>}"
cd "$(dirname "$0")/.."
out=benchmark/target
port="${KOERS_BENCHMARK_PORT:-18080}"
offline="${BENCHMARK_MAVEN_OFFLINE:-}"
# one database per size, so that a run at S (as in CI) leaves a generated L in place
db="koers_benchmark_$(tr '[:upper:]' '[:lower:]' <<<"$size")"
db_user=koers_benchmark
db_password=koers-benchmark

log() {
	printf '\n==> %s\n' "$*"
}

# --- 1. PostgreSQL --------------------------------------------------------------------------
if ! dpkg-query -W -f='${Status}' postgresql 2>/dev/null | grep -q 'install ok installed'; then
	log "Installing postgresql"
	export DEBIAN_FRONTEND=noninteractive
	apt-get update
	apt-get install -y --no-install-recommends postgresql
fi
cluster="$(pg_lsclusters --no-header | sort -V | tail -n 1 || true)"
if [[ -z "$cluster" ]]; then
	version="$(ls /usr/lib/postgresql | sort -V | tail -n 1)"
	log "Creating PostgreSQL cluster $version/main"
	pg_createcluster "$version" main
	cluster="$(pg_lsclusters --no-header | sort -V | tail -n 1)"
fi
read -r pg_version pg_name pg_port pg_status _ <<<"$cluster"

started_here=false
koers_pid=""
cleanup() {
	if [[ -n "$koers_pid" ]]; then
		log "Stopping Koers (pid $koers_pid)"
		kill "$koers_pid" 2>/dev/null || true
		wait "$koers_pid" 2>/dev/null || true
	fi
	if [[ "$started_here" == true ]]; then
		pg_ctlcluster "$pg_version" "$pg_name" stop || true
	fi
}
trap cleanup EXIT

if [[ "$pg_status" != online* ]]; then
	log "Starting PostgreSQL cluster $pg_version/$pg_name on port $pg_port"
	pg_ctlcluster "$pg_version" "$pg_name" start
	started_here=true
fi
for _ in $(seq 1 30); do
	pg_isready -q -h localhost -p "$pg_port" && break
	sleep 1
done
pg_isready -h localhost -p "$pg_port"

if [[ "$steps" == *generate* ]]; then
	log "Recreating role and database $db"
	runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 -p "$pg_port" -d postgres \
		-v user="$db_user" -v password="$db_password" -v db="$db" <<'SQL'
select format('create role %I login password %L', :'user', :'password')
where not exists (select from pg_roles where rolname = :'user') \gexec
alter role :"user" with login password :'password';
drop database if exists :"db" with (force);
create database :"db" owner :"user";
SQL
fi
# Koers connects as a role that owns nothing, so that row-level security holds as in production;
# Flyway migrates as the owner.
runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 -p "$pg_port" -d postgres \
	-v user="${db_user}_app" -v password="$db_password" <<'SQL'
select format('create role %I login password %L', :'user', :'password')
where not exists (select from pg_roles where rolname = :'user') \gexec
SQL
jdbc_url="jdbc:postgresql://localhost:$pg_port/$db"

# --- 2. Build ---------------------------------------------------------------------------------
log "Building Koers and the benchmark"
# shellcheck disable=SC2086
./mvnw -q $offline package -DskipTests
# shellcheck disable=SC2086
./mvnw -q $offline -f benchmark/pom.xml package
jar=target/koers.jar
classpath="$out/classes:$(ls "$out"/lib/*.jar | tr '\n' ':')"

# --- 3. Koers ---------------------------------------------------------------------------------
log "Starting Koers ($jar) on port $port"
# HTTP Basic for the driver's users; the import's administrator (P4) signs in without a second
# factor, which only the auditor keeps here. Plain HTTP on loopback and HTTP Basic are unsafe in
# production, so the start-up check must be told that they are accepted here.
# BENCHMARK_WITHOUT_RLS=1 connects as the owner instead, whom row-level security does not bind, to
# measure what it costs (the start-up check must accept that risk too).
app_user="${db_user}_app"
risks=plain-http,basic-auth
if [[ -n "${BENCHMARK_WITHOUT_RLS:-}" ]]; then
	app_user="$db_user"
	risks="$risks,table-owner"
fi
SPRING_DATASOURCE_URL="$jdbc_url" \
	SPRING_DATASOURCE_USERNAME="$app_user" \
	SPRING_DATASOURCE_PASSWORD="$db_password" \
	SPRING_FLYWAY_USER="$db_user" \
	SPRING_FLYWAY_PASSWORD="$db_password" \
	java -jar "$jar" --server.port="$port" --koers.demo.enabled=false --koers.api.basic-auth.enabled=true \
	--koers.security.second-factor.required-roles=AUDITOR --koers.startup-check.accept-risks="$risks" \
	>"$out/koers-$size.log" 2>&1 &
koers_pid=$!
# The first start on a data set of an older version migrates it: at L, V54 (the caseload
# columns over a million clients) alone takes about four and a half minutes.
for _ in $(seq 1 "${KOERS_BENCHMARK_START_SECONDS:-900}"); do
	if curl -fsS "http://localhost:$port/actuator/health" >/dev/null 2>&1; then
		break
	fi
	if ! kill -0 "$koers_pid" 2>/dev/null; then
		echo "Koers did not start; see $out/koers-$size.log" >&2
		koers_pid=""
		exit 1
	fi
	sleep 1
done
curl -fsS "http://localhost:$port/actuator/health"
echo

# --- 4. Data ----------------------------------------------------------------------------------
if [[ "$steps" == *generate* ]]; then
	log "Generating data set $size"
	java -cp "$classpath" nl.koers.benchmark.Generate "$size" "$jdbc_url" "$db_user" "$db_password"
fi

# --- 5. Load ----------------------------------------------------------------------------------
if [[ "$steps" != *drive* ]]; then
	exit 0
fi
log "Running the load driver"
KOERS_PID="$koers_pid" java -cp "$classpath" nl.koers.benchmark.Drive "$size" "http://localhost:$port/api/v1" bench-1 koers-benchmark \
	"$jdbc_url" "$db_user" "$db_password"

log "Results in $out/results-$size.md"
