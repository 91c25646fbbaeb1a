#!/usr/bin/env bash
# The Gatling load test (deploy/src/load/java, Maven profile "load") against the local cluster:
# 50 signed-in sessions (candidates taking adaptive tests, employers paging a comparison) for
# LOAD_DURATION seconds through nginx, plus the candidate dashboard and the public home page measured
# side by side without think time. Loopback only; stops by itself.
#
#   deploy/bin/load-test.sh                 start deploy/bin/cluster.sh, run, stop the cluster
#   deploy/bin/load-test.sh RUN_DIR         use a running cluster.sh whose run folder is RUN_DIR
#                                           (its cluster.env names the ports); leaves it running
#
# Environment (all optional): LOAD_DURATION (300 s), LOAD_CANDIDATES (40), LOAD_EMPLOYERS (10),
# LOAD_PROBES (2 per probe page), LOAD_PROBE_ACCOUNTS (existing accounts for the dashboard probes,
# "user:password ...", e.g. "cara.candidate:candidate-demo" for a full passport; one probe per account
# and page instead of LOAD_PROBES new users), LOAD_MAX_ANSWERS (30 per attempt), LOAD_THINK_MILLIS (2000),
# LOAD_OUT (results folder, default <repo>/data/load/<time>); when this script starts the cluster,
# the cluster.sh variables (CLUSTER_PORT, PORTAL_PORTS, PG_PORT, KEYCLOAK_PORT, …) apply.
# The running uber jar is not rebuilt (-Dexec.skip). Writes LOAD_OUT/summary.md: p50/p95/p99 and errors per request, throughput of dashboard and home
# page per instance (from nginx's access log), load average, each instance's RSS and start time.
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$SCRIPT_DIR/../.." && pwd)"
cd "$REPO_ROOT"
log() { echo "[load] $*" >&2; }
die() { log "ERROR: $*"; exit 1; }

OUT="${LOAD_OUT:-$REPO_ROOT/data/load/$(date -u +%Y%m%dT%H%M%SZ)}"
mkdir -p "$OUT"
OUT="$(cd "$OUT" && pwd)"
cluster_pid=""
cleanup() {
  trap - EXIT INT TERM
  if [[ -n "$cluster_pid" ]]; then
    log "stopping the cluster"
    kill -TERM "$cluster_pid" 2>/dev/null || true
    wait "$cluster_pid" 2>/dev/null || true
  fi
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# shellcheck source=/dev/null
source "$SCRIPT_DIR/cluster-lib.sh"
if [[ $# -ge 1 ]]; then
  RUN_DIR="$(cd "$1" && pwd)"
else
  RUN_DIR="${CLUSTER_RUN_DIR:-$REPO_ROOT/data/cluster}"
  start_cluster "$RUN_DIR" "$OUT/cluster.log"
fi
[[ -f "$RUN_DIR/cluster.env" ]] || die "no $RUN_DIR/cluster.env: is cluster.sh running there?"
# shellcheck source=/dev/null
source "$RUN_DIR/cluster.env"
CLUSTER_URL="${CLUSTER_URL%/}"
KEYCLOAK_URL="${KEYCLOAK_URL%/}"

run_id="$(date -u +%H%M%S)"
access_log="$RUN_DIR/nginx/access.log"
log_lines_before=$(wc -l <"$access_log")
{
  echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
} >"$OUT/machine.txt"
load_sampler() { while true; do echo "$(date -u +%T) $(cut -d' ' -f1-3 /proc/loadavg)"; sleep 10; done; }
load_sampler >"$OUT/loadavg.txt" &
sampler=$!

log "Gatling: ${LOAD_DURATION:-300} s against $CLUSTER_URL (results in $OUT)"
set +e
mvn -B -Dstyle.color=never -pl deploy -am -Pload -DskipTests -Dexec.skip=true verify \
  -Dgatling.resultsFolder="$OUT/gatling" \
  -Dload.baseUrl="$CLUSTER_URL" -Dload.keycloakUrl="$KEYCLOAK_URL" -Dload.run="$run_id" \
  -Dload.duration="${LOAD_DURATION:-300}" -Dload.candidates="${LOAD_CANDIDATES:-40}" \
  -Dload.employers="${LOAD_EMPLOYERS:-10}" -Dload.probes="${LOAD_PROBES:-2}" \
  -Dload.probeAccounts="${LOAD_PROBE_ACCOUNTS:-}" \
  -Dload.maxAnswers="${LOAD_MAX_ANSWERS:-30}" -Dload.thinkMillis="${LOAD_THINK_MILLIS:-2000}" \
  -Dload.ledger="$OUT/ledger.txt" -Dload.lost="$OUT/lost-sessions.txt" >"$OUT/gatling.log" 2>&1
status=$?
set -e
kill "$sampler" 2>/dev/null || true
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" >>"$OUT/machine.txt"
[[ $status -eq 0 ]] || { tail -n 40 "$OUT/gatling.log" >&2; die "the Gatling run failed (see $OUT/gatling.log)"; }
tail -n +"$((log_lines_before + 1))" "$access_log" >"$OUT/access.log"

instance_facts "$RUN_DIR" >>"$OUT/machine.txt"
python3 "$SCRIPT_DIR/load-summary.py" "$OUT" >"$OUT/summary.md"
cat "$OUT/summary.md"
log "done: $OUT/summary.md"
