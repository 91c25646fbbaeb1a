#!/usr/bin/env bash
# Local development Keycloak for Skills Passport.
#
#   keycloak.sh fetch                     download (once, via Maven) and unpack Keycloak
#   keycloak.sh start                     run Keycloak in the foreground (exec)
#   keycloak.sh start-background LOGFILE  run in the background, wait until the realm answers
#   keycloak.sh stop                      stop a Keycloak started with start-background
#   keycloak.sh status                    print whether it is running / ready
#   keycloak.sh reset                     stop, then delete the dev database (next start re-imports the realm)
#
# Environment (all optional):
#   KEYCLOAK_HOME_DIR        cache folder, outside git          (default: <repo>/.keycloak)
#   KEYCLOAK_VERSION         org.keycloak:keycloak-quarkus-dist (default: 26.7.3)
#   KEYCLOAK_PORT            HTTP port                          (default: 8180)
#   KEYCLOAK_ADMIN_USER      bootstrap admin of the master realm (default: admin - dev only)
#   KEYCLOAK_ADMIN_PASSWORD  bootstrap admin password           (default: admin - dev only)
#   KEYCLOAK_START_TIMEOUT   seconds start-background waits     (default: 180)
#   PASSPORT_BASE_URL        the portal's public address, written into the realm's exact redirect,
#                            post-logout and back-channel logout URLs (default: http://localhost:$PORT,
#                            PORT defaulting to 8080). Read when the realm is imported, i.e. on the
#                            first start or after `reset`.
#
# Development only: start-dev, plain HTTP, H2 file database under the cache folder.
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$SCRIPT_DIR/../.." && pwd)"

KC_VERSION="${KEYCLOAK_VERSION:-26.7.3}"
KC_DIR="${KEYCLOAK_HOME_DIR:-$REPO_ROOT/.keycloak}"
KC_PORT="${KEYCLOAK_PORT:-8180}"
KC_ADMIN_USER="${KEYCLOAK_ADMIN_USER:-admin}"
KC_ADMIN_PASSWORD="${KEYCLOAK_ADMIN_PASSWORD:-admin}"
KC_TIMEOUT="${KEYCLOAK_START_TIMEOUT:-180}"
# Keycloak replaces ${PASSPORT_BASE_URL} in the realm file with this when it imports the realm.
export PASSPORT_BASE_URL="${PASSPORT_BASE_URL:-http://localhost:${PORT:-8080}}"
PASSPORT_BASE_URL="${PASSPORT_BASE_URL%/}"

REALM_NAME="skills-passport"
REALM_FILE="$REPO_ROOT/deploy/keycloak/skills-passport-realm.json"
THEMES_DIR="$REPO_ROOT/deploy/keycloak/themes"
KC_HOME="$KC_DIR/keycloak-$KC_VERSION"
PID_FILE="$KC_DIR/kc.pid"
READY_URL="http://localhost:$KC_PORT/realms/$REALM_NAME/.well-known/openid-configuration"

log() { echo "[keycloak] $*" >&2; }
die() { log "ERROR: $*"; exit 1; }

usage() {
    sed -n '2,9p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2
    exit 2
}

fetch() {
    if [[ -x "$KC_HOME/bin/kc.sh" ]]; then
        return 0
    fi
    command -v mvn >/dev/null || die "mvn not found on PATH"
    command -v unzip >/dev/null || die "unzip not found on PATH"
    mkdir -p "$KC_DIR/download"
    local zip="$KC_DIR/download/keycloak-quarkus-dist-$KC_VERSION.zip"
    if [[ ! -s "$zip" ]]; then
        log "fetching org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip via Maven"
        # Run from the download folder (no pom.xml there), so Maven never loads the project build.
        local out
        if ! out="$(cd "$KC_DIR/download" && mvn -q -B -Dstyle.color=never dependency:copy \
            -Dartifact="org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip" \
            -DoutputDirectory="$KC_DIR/download" 2>&1)"; then
            echo "$out" >&2
            die "Maven could not fetch Keycloak $KC_VERSION"
        fi
        [[ -s "$zip" ]] || die "Maven finished but $zip is missing"
    fi
    log "unpacking $zip"
    local tmp="$KC_DIR/unpack.$$"
    rm -rf "$tmp"
    mkdir -p "$tmp"
    unzip -q "$zip" -d "$tmp"
    [[ -d "$tmp/keycloak-$KC_VERSION" ]] || { rm -rf "$tmp"; die "unexpected layout in $zip"; }
    chmod +x "$tmp/keycloak-$KC_VERSION"/bin/*.sh
    rm -rf "$KC_HOME"
    mv "$tmp/keycloak-$KC_VERSION" "$KC_HOME"
    rm -rf "$tmp"
    rm -f "$zip"   # Maven keeps its own copy in the local repository
    log "Keycloak $KC_VERSION ready in $KC_HOME"
}

prepare() {
    fetch
    [[ -f "$REALM_FILE" ]] || die "realm file not found: $REALM_FILE"
    mkdir -p "$KC_HOME/data/import"
    cp "$REALM_FILE" "$KC_HOME/data/import/$REALM_NAME-realm.json"
    # The portal's login theme (the realm's loginTheme), copied afresh so edits show on the next start.
    local theme
    for theme in "$THEMES_DIR"/*/; do
        [[ -d "$theme" ]] || continue
        rm -rf "$KC_HOME/themes/$(basename "$theme")"
        cp -R "$theme" "$KC_HOME/themes/$(basename "$theme")"
    done
}

running_pid() {
    # Prints the pid from the pid file if that process is still alive.
    [[ -f "$PID_FILE" ]] || return 1
    local pid
    pid="$(cat "$PID_FILE")"
    [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null || return 1
    echo "$pid"
}

http_status() {
    curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$READY_URL" 2>/dev/null || true
}

port_in_use() {
    (exec 3<>"/dev/tcp/127.0.0.1/$KC_PORT") 2>/dev/null
}

kc_args=(start-dev --http-port="$KC_PORT" --import-realm)

start_foreground() {
    prepare
    if port_in_use; then die "port $KC_PORT is already in use"; fi
    log "starting Keycloak $KC_VERSION on http://localhost:$KC_PORT (foreground)"
    export KC_BOOTSTRAP_ADMIN_USERNAME="$KC_ADMIN_USER" KC_BOOTSTRAP_ADMIN_PASSWORD="$KC_ADMIN_PASSWORD"
    exec "$KC_HOME/bin/kc.sh" "${kc_args[@]}"
}

start_background() {
    local logfile="${1:-}"
    [[ -n "$logfile" ]] || die "usage: keycloak.sh start-background LOGFILE"
    local pid
    if pid="$(running_pid)"; then
        log "already running (pid $pid)"
    else
        prepare
        if port_in_use; then die "port $KC_PORT is already in use by another process"; fi
        mkdir -p "$(dirname "$logfile")"
        logfile="$(cd "$(dirname "$logfile")" && pwd)/$(basename "$logfile")"
        log "starting Keycloak $KC_VERSION on http://localhost:$KC_PORT (log: $logfile; portal address for a new realm: $PASSPORT_BASE_URL)"
        # setsid: own process group, so stop can reach kc.sh and its java child together.
        KC_BOOTSTRAP_ADMIN_USERNAME="$KC_ADMIN_USER" KC_BOOTSTRAP_ADMIN_PASSWORD="$KC_ADMIN_PASSWORD" \
            setsid "$KC_HOME/bin/kc.sh" "${kc_args[@]}" >"$logfile" 2>&1 </dev/null &
        pid=$!
        echo "$pid" >"$PID_FILE"
    fi

    local start=$SECONDS
    printf '[keycloak] waiting for %s ' "$READY_URL" >&2
    while true; do
        if [[ "$(http_status)" == "200" ]]; then
            printf ' ready after %ss\n' "$((SECONDS - start))" >&2
            return 0
        fi
        if ! kill -0 "$pid" 2>/dev/null; then
            printf ' process exited\n' >&2
            rm -f "$PID_FILE"
            [[ -n "$logfile" && -f "$logfile" ]] && tail -n 40 "$logfile" >&2
            die "Keycloak exited during startup"
        fi
        if (( SECONDS - start >= KC_TIMEOUT )); then
            printf ' timeout\n' >&2
            [[ -n "$logfile" && -f "$logfile" ]] && tail -n 40 "$logfile" >&2
            stop
            die "Keycloak not ready after ${KC_TIMEOUT}s"
        fi
        printf '.' >&2
        sleep 2
    done
}

stop() {
    local pid
    if ! pid="$(running_pid)"; then
        rm -f "$PID_FILE"
        log "not running"
        return 0
    fi
    log "stopping Keycloak (pid $pid)"
    # kc.sh forwards TERM to its java child; the group kill covers the relaunch case too.
    local pgid
    pgid="$(ps -o pgid= -p "$pid" 2>/dev/null | tr -d ' ' || true)"
    if [[ "$pgid" == "$pid" ]]; then
        kill -TERM -- "-$pgid" 2>/dev/null || true
    else
        kill -TERM "$pid" 2>/dev/null || true
    fi
    local i
    for ((i = 0; i < 60; i++)); do
        if ! kill -0 "$pid" 2>/dev/null && { [[ "$pgid" != "$pid" ]] || ! pgrep -g "$pgid" >/dev/null 2>&1; }; then
            rm -f "$PID_FILE"
            log "stopped"
            return 0
        fi
        sleep 0.5
    done
    log "still running after 30s, sending KILL"
    if [[ "$pgid" == "$pid" ]]; then
        kill -KILL -- "-$pgid" 2>/dev/null || true
    else
        kill -KILL "$pid" 2>/dev/null || true
    fi
    sleep 1
    rm -f "$PID_FILE"
}

status() {
    local pid
    if pid="$(running_pid)"; then
        log "running (pid $pid), realm endpoint HTTP $(http_status)"
    else
        log "not running (realm endpoint HTTP $(http_status))"
        return 1
    fi
}

reset() {
    stop
    log "deleting dev database $KC_HOME/data/h2"
    rm -rf "$KC_HOME/data/h2"
}

case "${1:-}" in
    fetch) fetch ;;
    start) start_foreground ;;
    start-background) start_background "${2:-}" ;;
    stop) stop ;;
    status) status ;;
    reset) reset ;;
    *) usage ;;
esac
