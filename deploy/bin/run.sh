#!/usr/bin/env bash
# Builds Skills Passport and runs it on its embedded defaults: Payara Micro on port 8080 with an H2
# file database under ./data, and a local Keycloak (port 8180) with the development realm.
# Ctrl-C stops both.
#
# Environment (all optional): PORT, PASSPORT_BASE_URL (default http://localhost:$PORT), PASSPORT_STAGE,
# PASSPORT_DATA_DIR, PASSPORT_DB_URL / _USER / _PASSWORD,
# KEYCLOAK_PORT (the local Keycloak's port, default 8180; the portal's issuer follows it),
# OIDC_ISSUER / OIDC_CLIENT_ID / OIDC_CLIENT_SECRET (an external Keycloak: no local one is started),
# SKIP_BUILD=1 (reuse deploy/target/skills-passport.jar), JAVA_OPTS, PASSPORT_DEMO_DATA=false (no
# demo organisations and passport).
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$SCRIPT_DIR/../.." && pwd)"
cd "$REPO_ROOT"

export PORT="${PORT:-8080}"
# Every absolute URL of the portal (the OIDC redirect URI included) and the development realm's exact
# redirect URIs come from this one address.
export PASSPORT_BASE_URL="${PASSPORT_BASE_URL:-http://localhost:$PORT}"
export PASSPORT_DATA_DIR="${PASSPORT_DATA_DIR:-$REPO_ROOT/data}"
mkdir -p "$PASSPORT_DATA_DIR"

log() { echo "[run] $*" >&2; }

if [[ -z "${SKIP_BUILD:-}" ]]; then
  log "building (mvn install, tests skipped; run the test command for those)"
  mvn -q -B -Dstyle.color=never -DskipTests install
fi
JAR="$REPO_ROOT/deploy/target/skills-passport.jar"
[[ -f "$JAR" ]] || { log "ERROR: $JAR is missing; run without SKIP_BUILD"; exit 1; }

local_keycloak=""
if [[ -z "${OIDC_ISSUER:-}" ]]; then
  local_keycloak="yes"
  # The portal's issuer names the port the local Keycloak really listens on (KEYCLOAK_PORT, default 8180).
  export OIDC_ISSUER="http://localhost:${KEYCLOAK_PORT:-8180}/realms/skills-passport"
  "$SCRIPT_DIR/keycloak.sh" start-background "$PASSPORT_DATA_DIR/keycloak.log"
fi

portal_pid=""
stop_all() {
  trap - EXIT INT TERM
  if [[ -n "$portal_pid" ]] && kill -0 "$portal_pid" 2>/dev/null; then
    log "stopping the portal"
    kill "$portal_pid" 2>/dev/null || true
    wait "$portal_pid" 2>/dev/null || true
  fi
  if [[ -n "$local_keycloak" ]]; then
    log "stopping Keycloak"
    "$SCRIPT_DIR/keycloak.sh" stop || true
  fi
}
trap stop_all EXIT INT TERM

if [[ "${PASSPORT_DEMO_DATA:-true}" != "false" ]]; then
  # Idempotent: migrates, then adds the demo organisations and Cara's passport only if missing.
  log "demo data (PASSPORT_DEMO_DATA=false skips it)"
  java -jar "$REPO_ROOT/deploy/target/skills-passport-demo.jar" \
    --db-url "${PASSPORT_DB_URL:-jdbc:h2:file:$PASSPORT_DATA_DIR/passport;DB_CLOSE_ON_EXIT=FALSE}"
fi

log "starting the portal on $PASSPORT_BASE_URL/ (port $PORT, data in $PASSPORT_DATA_DIR)"
# --nohazelcast: a single instance needs no data grid (sessions live in memory), and Payara Micro's
# Hazelcast member, even with --nocluster, would listen on *:6900 without any authentication.
# portal.sh: a start that fails (port taken, database unreachable) ends with the reason and a
# non-zero status instead of a process that never serves.
PORTAL_JAR="$JAR" PORTAL_START_TIMEOUT="${PORTAL_START_TIMEOUT:-900}" "$SCRIPT_DIR/portal.sh" --port "$PORT" --nohazelcast &
portal_pid=$!
wait "$portal_pid"
