#!/usr/bin/env bash
# Runs a command with a throwaway PostgreSQL 15 + PostGIS server on loopback, then stops it.
#
#   bash .ci/with-postgres.sh COMMAND [ARG...]
#
# It installs postgresql-15 and postgresql-15-postgis-3 from Debian when missing, creates a
# cluster in a temporary folder, starts it on 127.0.0.1, creates a database with PostGIS and
# exports INCIDENTMAP_TEST_POSTGRES=postgres://... for COMMAND. The server accepts TLS too, with a
# self-signed certificate for 127.0.0.1 made by openssl, exported as INCIDENTMAP_TEST_POSTGRES_CA
# (not set when openssl is missing: the TLS tests then skip). When no server can be started it
# says why and runs COMMAND anyway without the variable: the PostGIS tests then skip with a reason.
set -uo pipefail

PG_VERSION=15
PG_BIN=/usr/lib/postgresql/$PG_VERSION/bin
PORT=${INCIDENTMAP_PG_PORT:-55432}
# The first port from PORT on that nobody listens on.
while (exec 3<>/dev/tcp/127.0.0.1/"$PORT") 2>/dev/null; do PORT=$((PORT + 1)); done
DB=incidentmap_test
SUDO=$([ "$(id -u)" = 0 ] || echo sudo)

say() { echo "with-postgres: $*" >&2; }

install_server() {
  local missing=""
  for p in postgresql-$PG_VERSION postgresql-$PG_VERSION-postgis-3; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
  done
  [ -z "$missing" ] && return 0
  say "installing:$missing"
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing >/dev/null
}

# Commands run as the cluster's owner: postgres when we are root (initdb refuses root), else ourselves.
as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

DATA=""
stop_server() {
  if [ -n "$DATA" ] && [ -d "$DATA" ]; then
    as_owner "$PG_BIN/pg_ctl" -D "$DATA/cluster" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$DATA"
  fi
}
trap stop_server EXIT INT TERM

# A self-signed certificate for 127.0.0.1 and localhost, readable by the server only.
make_certificate() {
  command -v openssl >/dev/null || { say "openssl not found: the server runs without TLS"; return 1; }
  openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=localhost" \
    -addext "subjectAltName=IP:127.0.0.1,DNS:localhost" \
    -keyout "$DATA/server.key" -out "$DATA/server.crt" >"$DATA/openssl.log" 2>&1 \
    || { say "openssl could not make a certificate: the server runs without TLS"; return 1; }
  chmod 600 "$DATA/server.key"
  [ "$(id -u)" = 0 ] && chown postgres: "$DATA/server.key" "$DATA/server.crt"
  return 0
}

start_server() {
  install_server || { say "could not install PostgreSQL $PG_VERSION with PostGIS"; return 1; }
  [ -x "$PG_BIN/initdb" ] || { say "$PG_BIN/initdb not found"; return 1; }
  DATA=$(mktemp -d /tmp/incidentmap-pg.XXXXXX)
  chmod 755 "$DATA"
  [ "$(id -u)" = 0 ] && chown postgres: "$DATA"
  as_owner "$PG_BIN/initdb" -D "$DATA/cluster" -U postgres -A trust -E UTF8 --no-locale >"$DATA/initdb.log" 2>&1 \
    || { say "initdb failed: $(tail -1 "$DATA/initdb.log")"; return 1; }
  local tls=""
  if make_certificate; then
    tls="-c ssl=on -c ssl_cert_file=$DATA/server.crt -c ssl_key_file=$DATA/server.key"
  fi
  as_owner "$PG_BIN/pg_ctl" -D "$DATA/cluster" -l "$DATA/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $PORT -k $DATA -c fsync=off -c max_connections=50 $tls" start >/dev/null \
    || { say "the server did not start: $(tail -2 "$DATA/server.log" 2>/dev/null)"; return 1; }
  as_owner "$PG_BIN/psql" -h 127.0.0.1 -p "$PORT" -U postgres -qAt -c "CREATE DATABASE $DB" >/dev/null \
    && as_owner "$PG_BIN/psql" -h 127.0.0.1 -p "$PORT" -U postgres -d "$DB" -qAt -c "CREATE EXTENSION postgis" >/dev/null \
    || { say "could not create a database with PostGIS"; return 1; }
  export INCIDENTMAP_TEST_POSTGRES="postgres://postgres@127.0.0.1:$PORT/$DB"
  [ -n "$tls" ] && export INCIDENTMAP_TEST_POSTGRES_CA="$DATA/server.crt"
  say "PostgreSQL $PG_VERSION with PostGIS on 127.0.0.1:$PORT ($INCIDENTMAP_TEST_POSTGRES)${tls:+, TLS on}"
}

if ! start_server; then
  say "continuing without PostgreSQL: the PostGIS tests will be skipped"
  unset INCIDENTMAP_TEST_POSTGRES INCIDENTMAP_TEST_POSTGRES_CA
fi
"$@"
