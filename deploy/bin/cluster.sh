#!/usr/bin/env bash
# Skills Passport as a local production-like cluster on one machine: a throwaway PostgreSQL, the
# development Keycloak, two Payara Micro instances of the same uber jar joined in one Hazelcast
# data grid (sessions replicated; a session survives the loss of its instance), and nginx in front on one
# port (sticky by session cookie, failing over to the other instance). Everything binds to
# loopback. Ctrl-C (or TERM) stops everything it started.
#
# Environment (all optional):
#   CLUSTER_PORT          nginx, the portal's one address http://localhost:$CLUSTER_PORT (default 8080)
#   PORTAL_PORTS          HTTP ports of the instances, one per instance (default "8081 8082")
#   GRID_PORT             first data-grid port; instance i uses GRID_PORT+i-1 (default 6900)
#   CLUSTER_NAME          data-grid cluster name (default skills-passport-local; never "development")
#   PG_PORT               throwaway PostgreSQL (default 5544)
#   KEYCLOAK_PORT         development Keycloak (default 8180); OIDC_ISSUER set = use that one instead
#   CLUSTER_RUN_DIR       logs, pids, database files (default <repo>/data/cluster, emptied at start)
#   PORTAL_READY_PATH     what nginx-independent readiness polls per instance (default /)
#   PORTAL_START_TIMEOUT  seconds each instance may take to serve (default 900), see portal.sh
#   KEYCLOAK_START_TIMEOUT seconds to wait for Keycloak (default 600: its first start builds itself)
#   PASSPORT_DEMO_DATA    false = no demo organisations and passport (default: added, as run.sh does)
#   SKIP_BUILD=1          reuse deploy/target/skills-passport.jar
#   JAVA_OPTS             JVM options of each instance
# Prints "[cluster] READY http://localhost:8080/" once nginx and both instances serve. The run folder
# holds portal-<i>.pid (the instance's JVM), portal-<i>.log, nginx.pid, nginx.conf, postgres/ and
# cluster.env (the ports above, for scripts: `source data/cluster/cluster.env`).
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$SCRIPT_DIR/../.." && pwd)"
cd "$REPO_ROOT"

CLUSTER_PORT="${CLUSTER_PORT:-8080}"
read -r -a PORTAL_PORTS <<<"${PORTAL_PORTS:-8081 8082}"
GRID_PORT="${GRID_PORT:-6900}"
CLUSTER_NAME="${CLUSTER_NAME:-skills-passport-local}"
PG_PORT="${PG_PORT:-5544}"
export KEYCLOAK_PORT="${KEYCLOAK_PORT:-8180}"
export KEYCLOAK_START_TIMEOUT="${KEYCLOAK_START_TIMEOUT:-600}"
# Two instances deploying at once on a small machine take minutes, not seconds.
export PORTAL_START_TIMEOUT="${PORTAL_START_TIMEOUT:-900}"
RUN_DIR="${CLUSTER_RUN_DIR:-$REPO_ROOT/data/cluster}"
# Absolute: PostgreSQL runs as its own user from its data folder and would not find a relative one.
[[ "$RUN_DIR" == /* ]] || RUN_DIR="$PWD/$RUN_DIR"
export PASSPORT_BASE_URL="http://localhost:$CLUSTER_PORT"

log() { echo "[cluster] $*" >&2; }
die() { log "ERROR: $*"; exit 1; }

[[ "$CLUSTER_NAME" != "development" ]] || die "CLUSTER_NAME must not be Payara's default 'development'"
command -v nginx >/dev/null || die "nginx not found: apt-get install nginx (or nginx-light)"
PG_BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
[[ -x "$PG_BIN/pg_ctl" ]] || die "PostgreSQL server not found: apt-get install postgresql"

if [[ -z "${SKIP_BUILD:-}" ]]; then
  log "building the uber jar (tests skipped)"
  mvn -q -B -Dstyle.color=never -DskipTests -pl deploy -am package
fi
JAR="$REPO_ROOT/deploy/target/skills-passport.jar"
[[ -f "$JAR" ]] || die "$JAR is missing; run without SKIP_BUILD"

as_postgres=()
[[ $(id -u) -eq 0 ]] && as_postgres=(runuser -u postgres --)

portal_pids=()
local_keycloak=""
pg_started=""
nginx_started=""
stop_all() {
  trap - EXIT INT TERM
  log "stopping"
  for pid in "${portal_pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${portal_pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  if [[ -n "$nginx_started" && -f "$RUN_DIR/nginx.pid" ]]; then
    kill -QUIT "$(cat "$RUN_DIR/nginx.pid")" 2>/dev/null || true
  fi
  [[ -n "$local_keycloak" ]] && { "$SCRIPT_DIR/keycloak.sh" stop || true; }
  if [[ -n "$pg_started" ]]; then
    "${as_postgres[@]}" "$PG_BIN/pg_ctl" -D "$RUN_DIR/postgres/data" -m fast -w stop >/dev/null || true
  fi
  log "stopped"
}
trap stop_all EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

if [[ -d "$RUN_DIR/postgres/data" ]]; then
  "${as_postgres[@]}" "$PG_BIN/pg_ctl" -D "$RUN_DIR/postgres/data" -m immediate -w stop >/dev/null 2>&1 || true
fi
rm -rf "$RUN_DIR"
mkdir -p "$RUN_DIR/postgres" "$RUN_DIR/nginx"
began=$SECONDS

# 1. PostgreSQL: a fresh cluster under the run folder, loopback only, trust authentication.
[[ $(id -u) -eq 0 ]] && chown -R postgres:postgres "$RUN_DIR/postgres"
log "PostgreSQL on localhost:$PG_PORT"
"${as_postgres[@]}" "$PG_BIN/initdb" -D "$RUN_DIR/postgres/data" --auth=trust -U postgres -E UTF8 >/dev/null
"${as_postgres[@]}" "$PG_BIN/pg_ctl" -D "$RUN_DIR/postgres/data" -l "$RUN_DIR/postgres/server.log" \
  -o "-p $PG_PORT -k $RUN_DIR/postgres -c listen_addresses=127.0.0.1" -w start >/dev/null
pg_started="yes"
export PASSPORT_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/postgres"
export PASSPORT_DB_USER="postgres" PASSPORT_DB_PASSWORD=""

if [[ "${PASSPORT_DEMO_DATA:-true}" != "false" ]]; then
  # Migrates, then adds the demo organisations and Cara's passport (idempotent, as in run.sh).
  log "demo data (PASSPORT_DEMO_DATA=false skips it)"
  java -jar "$REPO_ROOT/deploy/target/skills-passport-demo.jar" --db-url "$PASSPORT_DB_URL" \
    --user "$PASSPORT_DB_USER" >"$RUN_DIR/demo-data.log" 2>&1 \
    || { tail -n 20 "$RUN_DIR/demo-data.log" >&2; die "the demo data tool failed"; }
fi

# 2. Keycloak (in the background while the instances start: they read the issuer at first sign-in).
if [[ -z "${OIDC_ISSUER:-}" ]]; then
  local_keycloak="yes"
  "$SCRIPT_DIR/keycloak.sh" start-background "$RUN_DIR/keycloak.log" &
  keycloak_pid=$!
  export OIDC_ISSUER="http://localhost:$KEYCLOAK_PORT/realms/skills-passport"
fi

# 3. The instances: one data grid on loopback, TCP/IP discovery with an explicit member list, no
# multicast, own cluster name. --nohostaware: host-aware partitioning (Payara's default) keeps no
# backup on a member with the same IP address, and on one machine every member has 127.0.0.1, so
# the sessions of a killed instance would be lost with it. On separate hosts keep it on.
members=""
for ((i = 0; i < ${#PORTAL_PORTS[@]}; i++)); do
  members+="${members:+,}127.0.0.1:$((GRID_PORT + i))"
done
# --interfaces alone only chooses the address the member announces: Hazelcast still binds *:port
# unless hazelcast.socket.bind.any is false. The HTTP listener binds to loopback as well (a pre-boot
# command): on one machine only nginx is reached from outside.
cat >"$RUN_DIR/preboot.asadmin" <<ASADMIN
set configs.config.server-config.network-config.network-listeners.network-listener.http-listener.address=127.0.0.1
ASADMIN
for ((i = 0; i < ${#PORTAL_PORTS[@]}; i++)); do
  n=$((i + 1))
  JAVA_OPTS="${JAVA_OPTS:-} -Dhazelcast.socket.bind.any=false" PORTAL_LOG="$RUN_DIR/portal-$n.log" PORTAL_PID_FILE="$RUN_DIR/portal-$n.pid" \
    PASSPORT_DATA_DIR="$RUN_DIR/portal-$n" \
    "$SCRIPT_DIR/portal.sh" --port "${PORTAL_PORTS[$i]}" --name "portal-$n" \
    --clustername "$CLUSTER_NAME" --clustermode "tcpip:$members" --interfaces 127.0.0.1 \
    --startport "$((GRID_PORT + i))" --nohostaware \
    --prebootcommandfile "$RUN_DIR/preboot.asadmin" >/dev/null 2>>"$RUN_DIR/portal-$n.status" &
  portal_pids+=($!)
done

# 4. nginx: sticky by session cookie, failover to the other instance (see the template for why); an
# instance that refuses or times out three times is skipped for 5 s (passive health; one failure
# under load took both instances out in turn) and the request goes to the next one.
# write_nginx_conf [PORT…]: the configuration with the given instances marked down.
write_nginx_conf() {
  local upstreams="" p mark
  for p in "${PORTAL_PORTS[@]}"; do
    mark=""
    [[ " $* " == *" $p "* ]] && mark=" down"
    upstreams+="    server 127.0.0.1:$p max_fails=3 fail_timeout=5s$mark;"$'\n'
  done
  sed -e "s|@CLUSTER_PORT@|$CLUSTER_PORT|g" -e "s|@RUN_DIR@|$RUN_DIR|g" -e "s|@REPO_ROOT@|$REPO_ROOT|g" \
    -e "/@UPSTREAMS@/{r /dev/stdin" -e "d}" "$REPO_ROOT/deploy/nginx/cluster.conf.template" \
    <<<"$upstreams" >"$RUN_DIR/nginx.conf"
}
write_nginx_conf
nginx -t -q -p "$RUN_DIR/nginx" -c "$RUN_DIR/nginx.conf" || die "nginx refused $RUN_DIR/nginx.conf"
nginx -p "$RUN_DIR/nginx" -c "$RUN_DIR/nginx.conf"
nginx_started="yes"
log "nginx on http://localhost:$CLUSTER_PORT/ -> ${PORTAL_PORTS[*]}"

cat >"$RUN_DIR/cluster.env" <<ENV
CLUSTER_URL=http://localhost:$CLUSTER_PORT/
CLUSTER_PORT=$CLUSTER_PORT
PORTAL_PORTS="${PORTAL_PORTS[*]}"
GRID_PORTS="$(for ((i = 0; i < ${#PORTAL_PORTS[@]}; i++)); do printf '%s ' $((GRID_PORT + i)); done)"
CLUSTER_NAME=$CLUSTER_NAME
PG_URL=$PASSPORT_DB_URL
KEYCLOAK_URL=http://localhost:$KEYCLOAK_PORT/
RUN_DIR=$RUN_DIR
ENV

if [[ -n "$local_keycloak" ]]; then
  wait "$keycloak_pid" || die "Keycloak did not start (see $RUN_DIR/keycloak.log)"
fi
for ((i = 0; i < ${#PORTAL_PORTS[@]}; i++)); do
  n=$((i + 1))
  while ! grep -q "ready on port" "$RUN_DIR/portal-$n.status" 2>/dev/null; do
    if ! kill -0 "${portal_pids[$i]}" 2>/dev/null; then
      cat "$RUN_DIR/portal-$n.status" >&2 || true
      die "instance $n (port ${PORTAL_PORTS[$i]}) did not start (see $RUN_DIR/portal-$n.log)"
    fi
    sleep 1
  done
  log "instance $n: $(grep "ready on port" "$RUN_DIR/portal-$n.status")"
done
log "READY $PASSPORT_BASE_URL/ after $((SECONDS - began)) s (run folder $RUN_DIR; Ctrl-C stops everything)"

# Runs until Ctrl-C. Routing by readiness: every second each instance's /health/ready is asked
# (2 s timeout); an instance that is not ready while another is gets marked "down" in nginx's
# upstream list (nginx reloads its configuration without dropping connections), and is taken back
# when it is ready again. When no instance is ready — an outage they all share, such as the
# database or Keycloak being away — all stay in: routing cannot help, and a signed-in session can
# still be served (README, "Keycloak down"). The passive checks in the template cover the second
# or two before a change is seen. An instance that stops (a fault test's kill -9) is reported once;
# nginx sends its requests to the others and the grid keeps its sessions.
reported=()
routed_down=""
while true; do
  for ((i = 0; i < ${#PORTAL_PORTS[@]}; i++)); do
    if [[ -z "${reported[$i]:-}" ]] && ! kill -0 "${portal_pids[$i]}" 2>/dev/null; then
      reported[$i]="yes"
      log "instance $((i + 1)) (port ${PORTAL_PORTS[$i]}) stopped; the others go on serving"
    fi
  done
  not_ready=""
  ready_count=0
  for p in "${PORTAL_PORTS[@]}"; do
    if [[ "$(curl -s -o /dev/null -m 2 -w '%{http_code}' "http://127.0.0.1:$p/health/ready" || true)" == 200 ]]; then
      ready_count=$((ready_count + 1))
    else
      not_ready+="$p "
    fi
  done
  ((ready_count == 0)) && not_ready=""
  if [[ "$not_ready" != "$routed_down" ]]; then
    write_nginx_conf $not_ready
    if nginx -p "$RUN_DIR/nginx" -c "$RUN_DIR/nginx.conf" -s reload; then
      routed_down="$not_ready"
      if [[ -n "$not_ready" ]]; then
        log "routing by readiness: not ready, taken out: $not_ready"
      else
        log "routing by readiness: every instance in"
      fi
    fi
  fi
  sleep 1
done
