#!/usr/bin/env bash
# Fault tests of the local cluster, under the Gatling load of load-test.sh (shorter runs):
#   (b) PostgreSQL restarted (pg_ctl restart -m fast) FAULT_AT seconds into a run: time until every
#       instance's /health/ready answers 200 again; the ledger of acknowledged answers (answer posts
#       that got the next item or the result page) compared with attempt_answer in the database.
#   (a) kill -9 of instance 1 FAULT_AT seconds into a second run: share of signed-in sessions that
#       went on without signing in again; the ledger compared with the database.
#   (c) Keycloak stopped: what a new sign-in gets (status, the portal's layout or not, no stack
#       trace), and whether a session signed in before goes on (its dashboard answers 200), at
#       once and FAULT_KEYCLOAK_WAIT (75) s later, past its access token's 60 s life.
#
#   deploy/bin/fault-test.sh            start deploy/bin/cluster.sh, run (b), (a), (c), stop all
#   deploy/bin/fault-test.sh RUN_DIR    use a running cluster.sh's run folder (it is left with one
#                                       instance and no Keycloak)
#
# Environment (optional): FAULT_STEPS (which of them, default "b a c"), FAULT_READY_WAIT (seconds to
# wait for readiness after (b), 300), FAULT_DURATION (120 s per run), FAULT_AT (45 s), FAULT_OUT (results,
# default <repo>/data/fault/<time>), LOAD_* as in load-test.sh, cluster.sh's variables.
# Writes FAULT_OUT/fault-summary.md. Exit status 0 when the runs completed, whatever they found.
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$SCRIPT_DIR/../.." && pwd)"
cd "$REPO_ROOT"
log() { echo "[fault] $*" >&2; }
die() { log "ERROR: $*"; exit 1; }

OUT="${FAULT_OUT:-$REPO_ROOT/data/fault/$(date -u +%Y%m%dT%H%M%SZ)}"
DURATION="${FAULT_DURATION:-120}"
FAULT_AT="${FAULT_AT:-45}"
STEPS=" ${FAULT_STEPS:-b a c} "
mkdir -p "$OUT"
OUT="$(cd "$OUT" && pwd)"
cluster_pid=""
load_pid=""
cleanup() {
  trap - EXIT INT TERM
  [[ -n "$load_pid" ]] && kill -TERM "$load_pid" 2>/dev/null || true
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
# shellcheck source=/dev/null
source "$RUN_DIR/cluster.env"
CLUSTER_URL="${CLUSTER_URL%/}"
KEYCLOAK_URL="${KEYCLOAK_URL%/}"
PG_PORT="${PG_URL#*127.0.0.1:}"
PG_PORT="${PG_PORT%%/*}"
PG_BIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
as_postgres=()
[[ $(id -u) -eq 0 ]] && as_postgres=(runuser -u postgres --)
read -r -a ports <<<"$PORTAL_PORTS"
summary="$OUT/fault-summary.md"
: >"$summary"
say() { echo "$*" | tee -a "$summary"; }

# run_load NAME: a load-test.sh run of DURATION seconds in the background (sets load_pid).
run_load() {
  LOAD_OUT="$OUT/$1" LOAD_DURATION="$DURATION" "$SCRIPT_DIR/load-test.sh" "$RUN_DIR" \
    >"$OUT/$1.log" 2>&1 &
  load_pid=$!
}

# wait_for_gatling NAME: until Gatling's first request (its simulation log) or 15 minutes.
wait_for_gatling() {
  local waited=0
  until compgen -G "$OUT/$1/gatling/*/simulation.log" >/dev/null; do
    kill -0 "$load_pid" 2>/dev/null || { tail -n 30 "$OUT/$1.log" >&2; die "load run $1 stopped"; }
    ((waited++ < 900)) || die "Gatling did not start"
    sleep 1
  done
}

# ledger_check NAME: acknowledged answers missing from the database, per the run's ledger.
ledger_check() {
  "${as_postgres[@]}" "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -At -F ' ' \
    -c "select attempt_id, count(*) from attempt_answer group by attempt_id" >"$OUT/$1/answers-in-db.txt"
  python3 - "$OUT/$1/ledger.txt" "$OUT/$1/answers-in-db.txt" <<'PY'
import sys
from collections import defaultdict
acked = defaultdict(int)
lines = 0
for line in open(sys.argv[1]):
    attempt, position = line.split()[:2]
    acked[attempt] = max(acked[attempt], int(position))
    lines += 1
stored = {a: int(c) for a, c in (l.split() for l in open(sys.argv[2]) if l.strip())}
# Positions are answered in order, one row per answer: position n acknowledged means n rows.
missing = sum(max(0, n - stored.get(a, 0)) for a, n in acked.items())
print(f"{lines} acknowledged answers in {len(acked)} attempts; missing from the database: {missing}")
PY
}

ready_all() {
  local p
  for p in "${ports[@]}"; do
    curl -s -o /dev/null -m 2 -w '%{http_code}' "http://127.0.0.1:$p/health/ready" | grep -q 200 || return 1
  done
}

# --- (b) PostgreSQL restart under load -------------------------------------------------------
if [[ "$STEPS" == *" b "* ]]; then
log "(b) PostgreSQL restart under load"
run_load postgres
wait_for_gatling postgres
sleep "$FAULT_AT"
say "## (b) PostgreSQL restarted under load ($(date -u +%T), load average $(cut -d' ' -f1-3 /proc/loadavg))"
began=$(date +%s.%N)
"${as_postgres[@]}" "$PG_BIN/pg_ctl" -D "$RUN_DIR/postgres/data" -m fast -w restart \
  -o "-p $PG_PORT -k $RUN_DIR/postgres -c listen_addresses=127.0.0.1" >"$OUT/pg-restart.log" 2>&1
pg_up=$(date +%s.%N)
deadline=$((SECONDS + ${FAULT_READY_WAIT:-300}))
until ready_all || ((SECONDS > deadline)); do sleep 0.5; done
ready=$(date +%s.%N)
if ready_all; then
  after="every instance ready again $(python3 -c "print(round($ready-$began,1))") s after the restart began"
else
  after="NOT every instance ready within ${FAULT_READY_WAIT:-300} s:"
  for p in "${ports[@]}"; do
    after+=" $p $(curl -s -m 5 "http://127.0.0.1:$p/health/ready" | grep -o '"database":"[A-Z]*"')"
  done
fi
say "- PostgreSQL down and up again in $(python3 -c "print(round($pg_up-$began,1))") s; $after"
wait "$load_pid" || say "- the load run reported a failure (see $OUT/postgres.log)"
load_pid=""
say "- $(ledger_check postgres)"
say "- $(grep -c . "$OUT/postgres/lost-sessions.txt" || true) sessions had to sign in again"
say "- Gatling: $(grep -E '^\| All Requests' "$OUT/postgres/summary.md" || echo 'no summary')"
fi

# --- (a) kill -9 one of two instances under load ---------------------------------------------
if [[ "$STEPS" == *" a "* ]]; then
log "(a) kill -9 of instance 1 under load"
run_load kill
wait_for_gatling kill
sleep "$FAULT_AT"
victim="$(cat "$RUN_DIR/portal-1.pid")"
say ""
say "## (a) kill -9 of instance 1 (port ${ports[0]}, pid $victim) under load ($(date -u +%T), load average $(cut -d' ' -f1-3 /proc/loadavg))"
kill -9 "$victim"
wait "$load_pid" || say "- the load run reported a failure (see $OUT/kill.log)"
load_pid=""
sessions=$(( ${LOAD_CANDIDATES:-40} + ${LOAD_EMPLOYERS:-10} + ${LOAD_PROBES:-2} ))
lost=$(cut -d' ' -f2 "$OUT/kill/lost-sessions.txt" | sort -u | grep -c . || true)
say "- $lost of $sessions signed-in sessions were sent back to sign-in (employers are not" \
  "watched for this: they count as kept); $(python3 -c "print(round(100*($sessions-$lost)/$sessions,1))")% went on"
say "- $(ledger_check kill)"
say "- Gatling: $(grep -E '^\| All Requests' "$OUT/kill/summary.md" || echo 'no summary')"
# A session on the killed instance that reaches the other one is sent through /login; Keycloak's
# single sign-on may answer without its form, so count the sign-in callbacks beyond the first ones.
callbacks=$(grep -c '"GET /callback' "$OUT/kill/access.log" || true)
say "- sign-in callbacks in the run: $callbacks for $sessions sessions (each beyond one per session is a sign-in again)"
fi

# --- (c) Keycloak down -----------------------------------------------------------------------
if [[ "$STEPS" == *" c "* ]]; then
log "(c) Keycloak down"
jar="$OUT/cara.cookies"
form="$(curl -s -L -c "$jar" -b "$jar" "$CLUSTER_URL/login")"
action="$(grep -o 'id="kc-form-login"[^>]*action="[^"]*"' <<<"$form" | sed 's/.*action="//;s/"$//;s/&amp;/\&/g')"
[[ -z "$action" ]] && action="$(grep -o 'action="[^"]*login-actions[^"]*"' <<<"$form" | head -n1 | sed 's/action="//;s/"$//;s/&amp;/\&/g')"
signed_in="$(curl -s -L -c "$jar" -b "$jar" -o /dev/null -w '%{http_code} %{url_effective}' \
  --data-urlencode username=cara.candidate --data-urlencode password=candidate-demo \
  --data-urlencode credentialId= "$action")"
KEYCLOAK_PORT="${KEYCLOAK_URL##*:}" "$SCRIPT_DIR/keycloak.sh" stop >"$OUT/keycloak-stop.log" 2>&1 || true
say ""
say "## (c) Keycloak stopped ($(date -u +%T), load average $(cut -d' ' -f1-3 /proc/loadavg))"
say "- before: cara.candidate signed in through the form: $signed_in"
code="$(curl -s -L -m 60 -o "$OUT/new-sign-in.html" -w '%{http_code} %{url_effective}' "$CLUSTER_URL/login" || true)"
touch "$OUT/new-sign-in.html"
layout="no"; grep -q 'id="main"' "$OUT/new-sign-in.html" && layout="yes"
trace="no"; grep -q -E 'Exception|at [a-z]+\.[a-z]+\..*\(.*\.java|Payara Server|GlassFish' "$OUT/new-sign-in.html" && trace="yes"
say "- a new sign-in (GET /login) answered $code; the portal's layout: $layout; stack trace or container page: $trace"
say "  heading: $(grep -o '<h1[^>]*>[^<]*' "$OUT/new-sign-in.html" | sed 's/<h1[^>]*>//' | head -n1)"
# The realm's access tokens live 60 s: ask at once and again once the token has expired and the
# portal would have refreshed it with Keycloak.
for wait_s in 0 "${FAULT_KEYCLOAK_WAIT:-75}"; do
  sleep "$wait_s"
  dash="$(curl -s -b "$jar" -c "$jar" -m 60 -o "$OUT/signed-in-dashboard.html" -w '%{http_code}' "$CLUSTER_URL/candidate/passport" || true)"
  on_page="no"; grep -q 'data-page="candidate-passport"' "$OUT/signed-in-dashboard.html" && on_page="yes"
  say "- the session signed in before, ${wait_s} s after the stop: GET /candidate/passport answered $dash, the passport page: $on_page"
done
fi
log "done: $summary"
