#!/usr/bin/env bash
# Security scan of Skills Passport with Debian's wapiti, against a portal this script starts on
# loopback with a throwaway database and its own development Keycloak, then stops again.
#
#   deploy/bin/security-scan.sh
#
# Four scans, each bounded in time: the public pages as a visitor, then the pages of a signed-in
# candidate, employer and admin (their session cookie is sent with every request; sign-out, sign-in
# and the OIDC callback are left out so the scanner cannot end its own session). Reports (JSON) and
# wapiti's logs go to $SCAN_DIR; the script prints every finding and exits 1 if one is above "low".
#
# Modules: wapiti's default set without ssrf (it needs wapiti's endpoint on the internet), plus
# crlf, methods, csrf and htaccess (access control bypass with other HTTP methods). No brute-force
# modules (buster, nikto, brute_login_form). Nothing leaves the machine: the target is localhost.
#
# Environment (all optional): SCAN_PORT (18090), KEYCLOAK_PORT (18190), SCAN_DIR
# (deploy/target/security-scan), SCAN_SECONDS per scan (240), ATTACK_SECONDS per module (60),
# SKIP_BUILD=1 (reuse deploy/target/skills-passport.jar), KEYCLOAK_HOME_DIR (default under SCAN_DIR).
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$SCRIPT_DIR/../.." && pwd)"
cd "$REPO_ROOT"

SCAN_PORT="${SCAN_PORT:-18090}"
export KEYCLOAK_PORT="${KEYCLOAK_PORT:-18190}"
SCAN_DIR="${SCAN_DIR:-$REPO_ROOT/deploy/target/security-scan}"
SCAN_SECONDS="${SCAN_SECONDS:-240}"
ATTACK_SECONDS="${ATTACK_SECONDS:-60}"
export KEYCLOAK_HOME_DIR="${KEYCLOAK_HOME_DIR:-$SCAN_DIR/keycloak}"
BASE="http://localhost:$SCAN_PORT"
# The realm registers exact redirect URIs for this address; the portal builds them from it.
export PASSPORT_BASE_URL="$BASE"
MODULES="blindsql,cookieflags,csp,exec,file,http_headers,permanentxss,redirect,sql,xss,crlf,methods,csrf,htaccess"

log() { echo "[scan] $*" >&2; }
die() { log "ERROR: $*"; exit 2; }

command -v wapiti >/dev/null || die "wapiti is missing: apt-get install -y wapiti"
command -v curl >/dev/null || die "curl is missing"
command -v python3 >/dev/null || die "python3 is missing"

if [[ -z "${SKIP_BUILD:-}" ]]; then
  log "building the portal (tests skipped)"
  mvn -q -B -Dstyle.color=never -DskipTests -pl deploy -am package
fi
JAR="$REPO_ROOT/deploy/target/skills-passport.jar"
DEMO="$REPO_ROOT/deploy/target/skills-passport-demo.jar"
[[ -f "$JAR" && -f "$DEMO" ]] || die "$JAR or $DEMO is missing; run without SKIP_BUILD"

rm -rf "$SCAN_DIR/data" "$SCAN_DIR/reports" "$SCAN_DIR/wapiti"
mkdir -p "$SCAN_DIR/data" "$SCAN_DIR/reports" "$SCAN_DIR/wapiti"

portal_pid=""
stop_all() {
  trap - EXIT INT TERM
  if [[ -n "$portal_pid" ]] && kill -0 "$portal_pid" 2>/dev/null; then
    log "stopping the portal"
    kill "$portal_pid" 2>/dev/null || true
    wait "$portal_pid" 2>/dev/null || true
  fi
  "$SCRIPT_DIR/keycloak.sh" stop >/dev/null 2>&1 || true
}
trap stop_all EXIT INT TERM

KEYCLOAK_START_TIMEOUT="${KEYCLOAK_START_TIMEOUT:-600}" \
  "$SCRIPT_DIR/keycloak.sh" start-background "$SCAN_DIR/keycloak.log"

log "demo data into a fresh database under $SCAN_DIR/data"
java -jar "$DEMO" --db-url "jdbc:h2:file:$SCAN_DIR/data/passport;DB_CLOSE_ON_EXIT=FALSE" >/dev/null

log "starting the portal on $BASE"
PASSPORT_DATA_DIR="$SCAN_DIR/data" OIDC_ISSUER="http://localhost:$KEYCLOAK_PORT/realms/skills-passport" \
  java -jar "$JAR" --port "$SCAN_PORT" --nohazelcast >"$SCAN_DIR/portal.log" 2>&1 &
portal_pid=$!
for _ in $(seq 1 600); do
  [[ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/")" == "200" ]] && break
  kill -0 "$portal_pid" 2>/dev/null || die "the portal stopped; see $SCAN_DIR/portal.log"
  sleep 1
done
[[ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/")" == "200" ]] || die "portal not ready"

# Signs in through Keycloak's form with curl and prints the portal's session id.
session_of() {
  local user=$1 password=$2 jar="$SCAN_DIR/wapiti/$1.cookies" page action
  rm -f "$jar"
  page="$(curl -s -L -c "$jar" -b "$jar" "$BASE/login")"
  action="$(printf '%s' "$page" | grep -o 'action="[^"]*login-actions/authenticate[^"]*"' |
    head -1 | sed 's/^action="//;s/"$//;s/&amp;/\&/g')"
  [[ -n "$action" ]] || die "no Keycloak login form for $user"
  curl -s -L -c "$jar" -b "$jar" -o /dev/null --data-urlencode "username=$user" \
    --data-urlencode "password=$password" "$action"
  awk '$1 ~ /localhost/ && $6 == "JSESSIONID" { print $7 }' "$jar" | tail -1
}

# Debian's wapiti 3.0.4 compiles every -x exclusion to a regular expression ending in "(?ms)", which
# Python 3.11 refuses ("global flags not at the start"), so any exclusion crashes it. This shim puts
# the flags first and then runs wapiti's own entry point unchanged.
cat >"$SCAN_DIR/wapiti/wapiti.py" <<'PY'
import re
import sys

import wapitiCore.net.crawler as crawler


def wildcard_translate(pattern):
    return re.compile("(?ms)" + ".*".join(re.escape(p) for p in pattern.split("*")) + r"\Z")


crawler.wildcard_translate = wildcard_translate
from wapitiCore.main.wapiti import wapiti_main  # noqa: E402

sys.argv[0] = "wapiti"
sys.exit(wapiti_main())
PY

# The interpreter Debian installed wapiti for (its first line), not whatever python3 is first on PATH.
WAPITI_PYTHON="$(head -1 "$(command -v wapiti)" | sed 's/^#! *//')"

# scan NAME START_PATH [COOKIE]
scan() {
  local name=$1 start=$2 cookie=${3:-}
  local args=(-u "$BASE/" -s "$BASE$start" --scope folder -m "$MODULES" --flush-session
    --max-scan-time "$SCAN_SECONDS" --max-attack-time "$ATTACK_SECONDS" --max-links-per-page 40
    -d 5 -t 20 --no-bugreport -v 0
    --store-session "$SCAN_DIR/wapiti/session-$name" --store-config "$SCAN_DIR/wapiti/config"
    -x "$BASE/sign-out" -x "$BASE/login" -x "$BASE/callback*")
  [[ -n "$cookie" ]] && args+=(-H "Cookie: JSESSIONID=$cookie")
  log "scan '$name' from $start (at most ${SCAN_SECONDS}s)"
  "$WAPITI_PYTHON" "$SCAN_DIR/wapiti/wapiti.py" "${args[@]}" -f json -o "$SCAN_DIR/reports/$name.json" >"$SCAN_DIR/wapiti/$name.log" 2>&1 ||
    log "wapiti exited non-zero for $name (see $SCAN_DIR/wapiti/$name.log)"
}

scan public /
scan candidate /candidate/passport "$(session_of cara.candidate candidate-demo)"
scan employer /employer/bundles "$(session_of erin.employer employer-demo)"
scan admin /admin/roles "$(session_of ada.admin admin-demo)"

python3 - "$SCAN_DIR/reports" <<'EOF'
import json, pathlib, sys
levels = {"0": "info", "1": "low", "2": "medium", "3": "high", "4": "critical"}
worst = 0
for report in sorted(pathlib.Path(sys.argv[1]).glob("*.json")):
    data = json.loads(report.read_text())
    found = [(kind, f) for section in ("vulnerabilities", "anomalies")
             for kind, items in data.get(section, {}).items() for f in items]
    crawled = data.get("infos", {}).get("crawled_pages_nbr", "?")
    print(f"{report.stem}: {crawled} pages crawled, {len(found)} findings")
    for kind, f in found:
        level = str(f.get("level", "0"))
        worst = max(worst, int(level))
        print(f"  [{levels.get(level, level)}] {kind}: {f.get('method', '')} {f.get('path', '')}"
              f" {f.get('parameter', '')} - {f.get('info', '')[:160]}")
print("highest level found:", levels[str(worst)])
sys.exit(1 if worst > 1 else 0)
EOF
