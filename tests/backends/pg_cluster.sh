#!/bin/sh
# A throwaway PostgreSQL cluster for the tests, on 127.0.0.1 and a free port.
#
#   pg_cluster.sh start STATE_DIR   initdb + start; writes the connection URI to STATE_DIR/uri
#   pg_cluster.sh stop STATE_DIR    stop the cluster and delete its files
#
# If KVM48_TEST_PG_URI is set, that server is used instead: start only writes the
# URI file and stop does nothing. The cluster's files live in a fresh directory
# under ${TMPDIR:-/tmp} (the server's user must reach it); STATE_DIR/datadir says
# where. Server binaries: $KVM48_PG_BINDIR, else the newest /usr/lib/postgresql/*/bin.
# fsync is off unless KVM48_PG_FSYNC=on (the tests need no durability across OS crashes).
# Run as root, initdb and pg_ctl run as the user postgres (initdb refuses root).
set -eu

usage() { echo "usage: $0 start|stop STATE_DIR" >&2; exit 2; }
[ $# -eq 2 ] || usage
command=$1
state=$2

if [ -n "${KVM48_TEST_PG_URI:-}" ]; then
  if [ "$command" = start ]; then
    mkdir -p "$state"
    printf '%s\n' "$KVM48_TEST_PG_URI" >"$state/uri"
  fi
  exit 0
fi

bindir=${KVM48_PG_BINDIR:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}
if [ ! -x "$bindir/pg_ctl" ]; then
  echo "pg_cluster.sh: no PostgreSQL server binaries (install postgresql-15 or set KVM48_PG_BINDIR)" >&2
  exit 1
fi

# Runs a command as the owner of the cluster (postgres when we are root).
as_owner() {
  if [ "$(id -u)" = 0 ]; then su postgres -s /bin/sh -c "$1"; else sh -c "$1"; fi
}

stop_cluster() {
  [ -f "$state/datadir" ] || return 0
  root=$(cat "$state/datadir")
  if [ -f "$root/pg/postmaster.pid" ]; then
    as_owner "'$bindir/pg_ctl' -D '$root/pg' -m fast -w stop" >/dev/null ||
      as_owner "'$bindir/pg_ctl' -D '$root/pg' -m immediate -w stop" >/dev/null || true
  fi
  rm -rf "$root"
  rm -f "$state/datadir" "$state/uri"
}

random_port() {
  echo $(( $(od -An -N2 -tu2 /dev/urandom | tr -d ' ') % 30000 + 20000 ))
}

start_cluster() {
  stop_cluster  # a cluster left by an interrupted run
  mkdir -p "$state"
  root=$(mktemp -d "${TMPDIR:-/tmp}/kvm48-pg.XXXXXX")
  chmod 755 "$root"
  printf '%s\n' "$root" >"$state/datadir"
  [ "$(id -u)" = 0 ] && chown postgres "$root"
  as_owner "'$bindir/initdb' -D '$root/pg' -A trust -U kvm48 -E UTF8 --locale=C.UTF-8" >"$root/initdb.log" 2>&1 ||
    { cat "$root/initdb.log" >&2; exit 1; }
  for _ in 1 2 3 4 5 6 7 8 9 10; do
    port=$(random_port)
    if as_owner "'$bindir/pg_ctl' -D '$root/pg' -l '$root/log' -w -t 30 start -o \"-p $port -k '$root' -c listen_addresses=127.0.0.1 -c max_connections=200 -c fsync=${KVM48_PG_FSYNC:-off}\"" >/dev/null; then
      printf 'postgresql://kvm48@127.0.0.1:%s/postgres\n' "$port" >"$state/uri"
      echo "pg_cluster.sh: PostgreSQL on 127.0.0.1:$port ($root)"
      return 0
    fi
  done
  cat "$root/log" >&2
  echo "pg_cluster.sh: could not start PostgreSQL on a free port" >&2
  exit 1
}

case $command in
  start) start_cluster ;;
  stop) stop_cluster ;;
  *) usage ;;
esac
