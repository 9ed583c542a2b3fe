#!/usr/bin/env bash
# A prevet cluster on one machine from distribution packages, in one command (no Docker):
# Redis (the broker), PostgreSQL (the store), N `prevet worker` processes and one Celery beat
# (the nightly drift), each a background process with its log and pid file in DIR.
#
#   scripts/cluster.sh up   [--dir DIR] [--workers N] [--redis-port P] [--pg-port P]
#                           [--drift-sites FILE] [-- WORKER OPTIONS...]
#   scripts/cluster.sh env  [--dir DIR]     # the PREVET_BROKER and PREVET_STORE lines to export
#   scripts/cluster.sh down [--dir DIR]     # stops everything `up` started, keeps DIR's data
#
# `up` prints the environment to use, e.g.
#   eval "$(scripts/cluster.sh up --workers 2)"
#   prevet audit --sites sites.txt --out reports/     # goes through the queue
# Needs: redis-server, PostgreSQL's server binaries (apt-get install -y redis-server
# postgresql), and prevet installed for $PYTHON (default: python3). Run as root, PostgreSQL runs
# as the `postgres` user (it refuses root). Defaults: DIR .prevet-cluster, 2 workers (each with
# --concurrency 1), Redis on 6379, PostgreSQL on 5432, beat's sites DIR/sites.txt.
set -euo pipefail

PYTHON=${PYTHON:-python3}
cmd=${1:-}
[ -n "$cmd" ] && shift || true
dir=.prevet-cluster workers=2 redis_port=6379 pg_port=5432 drift_sites=""
worker_args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --dir) dir=$2; shift 2 ;;
    --workers) workers=$2; shift 2 ;;
    --redis-port) redis_port=$2; shift 2 ;;
    --pg-port) pg_port=$2; shift 2 ;;
    --drift-sites) drift_sites=$2; shift 2 ;;
    --) shift; worker_args=("$@"); break ;;
    *) echo "cluster.sh: unknown option $1 (see the top of $0)" >&2; exit 2 ;;
  esac
done

die() { echo "cluster.sh: $*" >&2; exit 2; }

pg_bin() {
  local found
  found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  [ -n "$found" ] && [ -x "$found/initdb" ] && { echo "$found"; return; }
  command -v initdb >/dev/null && { dirname "$(command -v initdb)"; return; }
  die "no PostgreSQL server binaries (apt-get install -y postgresql)"
}

as_pg() {  # PostgreSQL's tools, as an unprivileged user when we are root
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start_bg() {  # NAME COMMAND...: a background process in a session of its own, pid in DIR
  local name=$1; shift
  setsid "$@" >"$dir/$name.log" 2>&1 < /dev/null &
  echo $! >"$dir/$name.pid"
}

stop_pid() {  # NAME: SIGTERM (a worker's warm shutdown), then what is left of its session
  local file="$dir/$1.pid" pid
  [ -f "$file" ] || return 0
  pid=$(cat "$file")
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 80); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  fi
  kill -KILL -- "-$pid" 2>/dev/null || true  # its session: a browser or pool process left
  rm -f "$file"
}

print_env() {
  [ -f "$dir/cluster.env" ] || die "no cluster in $dir (run: $0 up --dir $dir)"
  sed 's/^/export /' "$dir/cluster.env"
}

up() {
  command -v redis-server >/dev/null || die "no redis-server (apt-get install -y redis-server)"
  [ -f "$dir/cluster.env" ] && die "a cluster is up in $dir already ($0 down --dir $dir)"
  mkdir -p "$dir"
  dir=$(cd "$dir" && pwd)
  local broker="redis://127.0.0.1:$redis_port/0"
  local store="postgresql://prevet@127.0.0.1:$pg_port/prevet"

  start_bg redis redis-server --port "$redis_port" --bind 127.0.0.1 --dir "$dir" \
    --appendonly yes --protected-mode no
  for _ in $(seq 1 100); do
    redis-cli -p "$redis_port" ping 2>/dev/null | grep -q PONG && break; sleep 0.2
  done
  redis-cli -p "$redis_port" ping 2>/dev/null | grep -q PONG || die "Redis did not start ($dir/redis.log)"

  local bin; bin=$(pg_bin)
  if [ ! -d "$dir/pg" ]; then
    mkdir -p "$dir/pg"
    [ "$(id -u)" = 0 ] && chown postgres "$dir/pg"
    as_pg "$bin/initdb" -D "$dir/pg" -U prevet --auth=trust --encoding=UTF8 >"$dir/initdb.log"
  fi
  as_pg "$bin/pg_ctl" -D "$dir/pg" -l "$dir/pg/server.log" -w -t 60 \
    -o "-p $pg_port -k $dir/pg -c listen_addresses=127.0.0.1" start >/dev/null \
    || die "PostgreSQL did not start ($dir/pg/server.log)"
  as_pg "$bin/psql" -h 127.0.0.1 -p "$pg_port" -U prevet -d postgres -tAc \
    "SELECT 1 FROM pg_database WHERE datname = 'prevet'" | grep -q 1 \
    || as_pg "$bin/createdb" -h 127.0.0.1 -p "$pg_port" -U prevet prevet

  printf 'PREVET_BROKER=%s\nPREVET_STORE=%s\n' "$broker" "$store" >"$dir/cluster.env"
  for i in $(seq 1 "$workers"); do
    start_bg "worker$i" "$PYTHON" -m prevet.cli worker --broker "$broker" --store "$store" \
      --concurrency 1 --name "worker$i@$(hostname)" "${worker_args[@]}"
  done
  [ -n "$drift_sites" ] || { drift_sites="$dir/sites.txt"; [ -f "$drift_sites" ] || \
    echo "# the sites the nightly drift run checks, one a line" >"$drift_sites"; }
  PREVET_BROKER=$broker PREVET_STORE=$store PREVET_DRIFT_SITES=$drift_sites \
    start_bg beat "$PYTHON" -m celery -A prevet.distributed.beat:app beat \
    --schedule "$dir/beat-schedule" --loglevel INFO

  local deadline=$((SECONDS + 240))
  for i in $(seq 1 "$workers"); do
    until grep -q "ready\." "$dir/worker$i.log" 2>/dev/null; do
      kill -0 "$(cat "$dir/worker$i.pid")" 2>/dev/null || die "worker $i ended: $(tail -3 "$dir/worker$i.log")"
      [ $SECONDS -lt $deadline ] || die "worker $i not ready after 240 s ($dir/worker$i.log)"
      sleep 0.5
    done
  done
  kill -0 "$(cat "$dir/beat.pid")" 2>/dev/null || die "beat ended: $(tail -3 "$dir/beat.log")"
  echo "# prevet cluster up in $dir: Redis :$redis_port, PostgreSQL :$pg_port, $workers worker(s), beat" >&2
  print_env
}

down() {
  [ -d "$dir" ] || die "no cluster in $dir"
  dir=$(cd "$dir" && pwd)
  stop_pid beat
  for file in "$dir"/worker*.pid; do
    [ -e "$file" ] && stop_pid "$(basename "$file" .pid)"
  done
  if [ -f "$dir/pg/postmaster.pid" ]; then
    as_pg "$(pg_bin)/pg_ctl" -D "$dir/pg" -m fast -w stop >/dev/null || true
  fi
  stop_pid redis
  rm -f "$dir/cluster.env"
  echo "# prevet cluster in $dir stopped (its data stays there)" >&2
}

case "$cmd" in
  up) up ;;
  down) down ;;
  env) print_env ;;
  *) echo "usage: $0 up|env|down [--dir DIR] [--workers N] ..." >&2; exit 2 ;;
esac
