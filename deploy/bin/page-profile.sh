#!/usr/bin/env bash
# The candidate dashboard against a static page on ONE instance of a running cluster.sh: signs in
# cara.candidate through Keycloak's form (curl), then drives the public home page `/` and
# `/candidate/passport` with curl against the same instance's own port, one request at a time as the
# load test's probes do, the dashboard with the session's cookies; then `/` again with the session's
# cookies. Prints requests per second, p50 and p95 of each, the ratios, and the load average.
# Optionally records a JFR profile of the instance while each page is driven and prints the hottest
# frames (self and inclusive, aggregated by deploy/bin/jfr-top.py). Loopback only; bounded by count.
#
#   deploy/bin/page-profile.sh RUN_DIR      RUN_DIR = the run folder of a running cluster.sh
#
# Environment (all optional):
#   PROFILE_INSTANCE    which instance (1, 2, …; default: the one nginx sent the sign-in to, which
#                       holds the session in memory, as in the load test's sticky routing)
#   PROFILE_REQUESTS    requests per page (default 300)
#   PROFILE_WARMUP      requests per page before measuring (default 50; more than Faces keeps views
#                       per session, so the session is as full as a long-signed-in user's)
#   PROFILE_JFR=1       record JFR (jcmd JFR.start settings=profile) during each measured run
#   PROFILE_OUT         results folder (default RUN_DIR/profile-<time>)
#   PROFILE_USER / PROFILE_PASSWORD  the candidate (default cara.candidate / candidate-demo)
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
log() { echo "[profile] $*" >&2; }
die() { log "ERROR: $*"; exit 1; }

[[ $# -ge 1 ]] || die "usage: page-profile.sh RUN_DIR (the run folder of a running cluster.sh)"
RUN_DIR="$(cd "$1" && pwd)"
[[ -f "$RUN_DIR/cluster.env" ]] || die "no $RUN_DIR/cluster.env: is cluster.sh running there?"
# shellcheck source=/dev/null
source "$RUN_DIR/cluster.env"

requests="${PROFILE_REQUESTS:-300}"
warmup="${PROFILE_WARMUP:-50}"
OUT="${PROFILE_OUT:-$RUN_DIR/profile-$(date -u +%Y%m%dT%H%M%SZ)}"
mkdir -p "$OUT"
OUT="$(cd "$OUT" && pwd)"

# Sign in through the cluster's address (the redirect URI is the configured one), as a browser does.
jar="$OUT/candidate.cookies"
form="$(curl -s -L -c "$jar" -b "$jar" "${CLUSTER_URL%/}/login")"
action="$(grep -o 'action="[^"]*login-actions[^"]*"' <<<"$form" | head -n1 | sed 's/action="//;s/"$//;s/&amp;/\&/g')"
[[ -n "$action" ]] || die "no Keycloak sign-in form at ${CLUSTER_URL%/}/login"
curl -s -L -c "$jar" -b "$jar" -o /dev/null \
  --data-urlencode "username=${PROFILE_USER:-cara.candidate}" \
  --data-urlencode "password=${PROFILE_PASSWORD:-candidate-demo}" --data-urlencode credentialId= "$action"
session="$(awk '$6 == "JSESSIONID" { print $7 }' "$jar" | tail -n1)"
[[ -n "$session" ]] || die "signed in, but no JSESSIONID in $jar"
# The instance nginx routes this session to (sticky by the cookie's hash) holds it in memory: drive
# that one only, and send Payara's JSESSIONIDVERSION cookie with the session's as a browser does:
# without it the replicated session manager intermittently does not find the session (a 302 to
# Keycloak and a new session), seen here on 2026-12-01 even with one request at a time.
code="$(curl -s -b "$jar" -c "$jar" -o /dev/null -w '%{http_code}' "${CLUSTER_URL%/}/candidate/passport")"
[[ "$code" == 200 ]] || die "the signed-in session does not open the dashboard through nginx (status $code)"
read -r -a ports <<<"$PORTAL_PORTS"
if [[ -n "${PROFILE_INSTANCE:-}" ]]; then
  n="$PROFILE_INSTANCE"
else
  served="$(grep '"GET /candidate/passport ' "$RUN_DIR/nginx/access.log" | tail -n1 | grep -o 'upstream=[0-9.]*:[0-9]*' | sed 's/.*://')"
  n=""
  for ((i = 0; i < ${#ports[@]}; i++)); do [[ "${ports[$i]}" == "$served" ]] && n=$((i + 1)); done
  [[ -n "$n" ]] || die "cannot tell which instance holds the session; set PROFILE_INSTANCE"
fi
port="${ports[$((n - 1))]:-}"
[[ -n "$port" ]] || die "no instance $n in PORTAL_PORTS=$PORTAL_PORTS"
pid="$(cat "$RUN_DIR/portal-$n.pid")"
# localhost, not 127.0.0.1: the cookie jar holds the session cookies for the host "localhost".
base="http://localhost:$port"
version="$(awk '$6 == "JSESSIONIDVERSION" { print $7 }' "$jar" | tail -n1)"
cookie="JSESSIONID=$session${version:+; JSESSIONIDVERSION=$version}"
check="$(curl -s -o "$OUT/passport.html" -w '%{http_code}' -H "Cookie: $cookie" "$base/candidate/passport")"
[[ "$check" == 200 ]] && grep -q 'data-page="candidate-passport"' "$OUT/passport.html" \
  || die "the session does not open the dashboard on port $port (status $check)"
log "signed in; session cookie works on instance $n (port $port)"

# run NAME PATH [JAR]: warm-up, then the measured run (with JFR when asked). One curl process sends
# the requests one after another on one connection, keeping the cookie jar up to date between them
# as a browser does (ab cannot: it sends one fixed cookie, and a stale JSESSIONIDVERSION makes Payara
# reload the session from the grid on every request, a cost no browser causes).
run() {
  local name=$1 path=$2 jar=${3:-} args=(-s -w '%{http_code} %{time_total}\n')
  [[ -n "$jar" ]] && args+=(-b "$jar" -c "$jar")
  urls() { for ((k = 0; k < $1; k++)); do printf 'url = "%s"\noutput = "/dev/null"\n' "$base$path"; done; }
  urls "$warmup" >"$OUT/$name.warmup.cfg"
  urls "$requests" >"$OUT/$name.cfg"
  curl "${args[@]}" -K "$OUT/$name.warmup.cfg" >/dev/null
  if [[ -n "${PROFILE_JFR:-}" ]]; then
    jcmd "$pid" JFR.start name="$name" settings=profile filename="$OUT/$name.jfr" >/dev/null
  fi
  local before after began ended
  before="$(cut -d' ' -f1-3 /proc/loadavg)"
  began=$(date +%s.%N)
  curl "${args[@]}" -K "$OUT/$name.cfg" >"$OUT/$name.times"
  ended=$(date +%s.%N)
  after="$(cut -d' ' -f1-3 /proc/loadavg)"
  if [[ -n "${PROFILE_JFR:-}" ]]; then
    jcmd "$pid" JFR.stop name="$name" >/dev/null
    python3 "$SCRIPT_DIR/jfr-top.py" "$OUT/$name.jfr" >"$OUT/$name.top.txt" || true
  fi
  local line
  line="$(python3 - "$OUT/$name.times" "$began" "$ended" <<'PY'
import sys
rows = [l.split() for l in open(sys.argv[1]) if l.strip()]
ok = sorted(float(t) * 1000 for code, t in rows if code == "200")
seconds = float(sys.argv[3]) - float(sys.argv[2])
if not ok:
    print(f"0 0 0 0 {len(rows)}")
else:
    print(f"{len(ok) / seconds:.1f} {ok[len(ok) // 2]:.1f} {ok[int(len(ok) * 0.95)]:.1f} {len(ok)} {len(rows) - len(ok)}")
PY
)"
  read -r rps p50 p95 okcount bad <<<"$line"
  echo "$name $path: $rps req/s, p50 $p50 ms, p95 $p95 ms ($okcount answered 200, $bad other); load average before $before, after $after" \
    | tee -a "$OUT/summary.txt"
  eval "${name}_rps=$rps"
}

echo "instance $n (port $port), $requests requests per page one at a time, warm-up $warmup" \
  | tee "$OUT/summary.txt"
run home /
run dashboard /candidate/passport "$jar"
# The same public page with the signed-in session: what the session alone costs per request.
run home_signed_in / "$jar"
python3 -c "print(f'dashboard / home throughput: {$dashboard_rps / $home_rps:.1%}; home signed in / home: {$home_signed_in_rps / $home_rps:.1%}')" \
  | tee -a "$OUT/summary.txt"
log "results in $OUT"
