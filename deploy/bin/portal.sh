#!/usr/bin/env bash
# Runs one portal instance (java -jar skills-passport.jar ARGS…) and makes a failed start loud:
# exits non-zero with the reason when the instance stops before it serves, or has not served within
# PORTAL_START_TIMEOUT seconds. Payara Micro itself exits with status 0 when it cannot bind its HTTP
# port ("Failed to start, exiting"), and stays up without the application when a deployment fails.
#
#   portal.sh --port 8081 [other Payara Micro options]
#
# Environment (all optional):
#   PORTAL_JAR            the uber jar (default: <repo>/deploy/target/skills-passport.jar)
#   PORTAL_LOG            also append the output here (default: only standard output)
#   PORTAL_PID_FILE       write the JVM's process id here (for scripts that kill -9 an instance)
#   PORTAL_READY_PATH     path that answers 200 once the portal serves (default: /; /health/ready
#                         once the health endpoints exist)
#   PORTAL_START_TIMEOUT  seconds to wait for that answer (default: 300)
#   JAVA_OPTS             JVM options
# Prints "[portal] ready on port N …" once the instance answers; TERM/INT stop the instance.
# Exit status: 4 when Payara Micro started but the portal did not deploy; otherwise the JVM's when
# it exits non-zero (3: production configured like a laptop, 4: database set-up failed), 1 when it
# stopped by itself with 0 (e.g. HTTP port taken) or did not serve within the timeout.
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$SCRIPT_DIR/../.." && pwd)"
JAR="${PORTAL_JAR:-$REPO_ROOT/deploy/target/skills-passport.jar}"
READY_PATH="${PORTAL_READY_PATH:-/}"
TIMEOUT="${PORTAL_START_TIMEOUT:-300}"

port=""
args=("$@")
for ((i = 0; i < ${#args[@]}; i++)); do
  [[ "${args[$i]}" == "--port" ]] && port="${args[$((i + 1))]:-}"
done
[[ -n "$port" ]] || { echo "[portal] ERROR: pass --port N" >&2; exit 2; }
tag="[portal:$port]"
log() { echo "$tag $*" >&2; }
[[ -f "$JAR" ]] || { log "ERROR: $JAR is missing: build it first (mvn -DskipTests package)"; exit 1; }

if [[ -n "${PORTAL_LOG:-}" ]]; then
  mkdir -p "$(dirname "$PORTAL_LOG")"
  output="$PORTAL_LOG"
else
  output="$(mktemp "${TMPDIR:-/tmp}/portal-$port.XXXXXX.log")"
fi

stopping=""
java_pid=""
stop() {
  stopping="yes"
  if [[ -n "$java_pid" ]] && kill -0 "$java_pid" 2>/dev/null; then
    kill -TERM "$java_pid" 2>/dev/null || true
  fi
}
trap stop INT TERM

# shellcheck disable=SC2086
java ${JAVA_OPTS:-} -jar "$JAR" "$@" >>"$output" 2>&1 </dev/null &
java_pid=$!
[[ -n "${PORTAL_PID_FILE:-}" ]] && echo "$java_pid" >"$PORTAL_PID_FILE"
# Show the instance's output as it comes (the log file is the one source).
tail -n +1 -F --pid="$java_pid" "$output" 2>/dev/null &
tail_pid=$!

reason_from_log() {
  # The SEVERE records with the line after each (Payara puts the message there), no stack frames.
  sed -E 's/\x1b\[[0-9;]*m//g' "$output" \
    | grep -E -A2 'SEVERE|cannot start|refuses to start|Address already in use|BindException|Failed to start' \
    | grep -vE '^\s+at |^--$|^\s*$' | cut -c1-400 | tail -n 12 >&2 || true
}

began=$SECONDS
ready=""
while [[ -z "$ready" ]]; do
  if ! kill -0 "$java_pid" 2>/dev/null; then
    status=0
    wait "$java_pid" || status=$?
    [[ -n "$stopping" ]] && exit 0
    log "FAILED: the instance stopped before it served (JVM exit status $status); from its log:"
    reason_from_log
    ((status != 0)) || status=1
    exit "$status"
  fi
  code="$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 "http://127.0.0.1:$port$READY_PATH" || true)"
  if [[ "$code" == "200" ]]; then
    ready="yes"
    break
  fi
  # Payara Micro announces "ready" after its deployments, also after a failed one; a 404 then
  # means the portal is not deployed (e.g. EclipseLink could not reach the database) and never
  # will be.
  if [[ "$code" == "404" ]] && grep -qE 'Payara Micro .* ready in' "$output"; then
    log "FAILED: Payara Micro is up but the portal did not deploy (404 on $READY_PATH); stopping it. From its log:"
    reason_from_log
    kill -KILL "$java_pid" 2>/dev/null || true
    exit 4
  fi
  if ((SECONDS - began >= TIMEOUT)); then
    log "FAILED: no 200 from http://127.0.0.1:$port$READY_PATH within ${TIMEOUT}s (last answer: ${code:-none}); stopping it. From its log:"
    reason_from_log
    kill -KILL "$java_pid" 2>/dev/null || true
    exit 1
  fi
  sleep 1
done
log "ready on port $port after $((SECONDS - began)) s (pid $java_pid)"

status=0
wait "$java_pid" || status=$?
# wait returns early when a trapped signal arrives: wait for the JVM itself to end.
while kill -0 "$java_pid" 2>/dev/null; do wait "$java_pid" || status=$?; done
kill "$tail_pid" 2>/dev/null || true
if [[ -n "$stopping" ]]; then
  exit 0
fi
log "the instance stopped by itself (JVM exit status $status)"
((status != 0)) || status=1
exit "$status"
