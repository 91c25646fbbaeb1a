#!/usr/bin/env bash
# Runs the whole Skills Passport test suite: unit tests, Arquillian integration tests on Payara
# Micro, persistence tests against a throwaway PostgreSQL, and system tests that drive the packaged
# portal with a real Keycloak and headless Chromium.
#
# Installs what the tests need from Debian packages when it is missing (needs root or sudo):
# chromium, chromium-driver, postgresql, unzip, python3 (the item-key tests run each item's Python
# check), and nginx for the cluster profile (-Pcluster). Keycloak and Payara Micro come through Maven.
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$SCRIPT_DIR/../.." && pwd)"
cd "$REPO_ROOT"

log() { echo "[test] $*" >&2; }

missing=()
[[ -x /usr/bin/chromium ]] || missing+=(chromium)
[[ -x /usr/bin/chromedriver ]] || missing+=(chromium-driver)
compgen -G "/usr/lib/postgresql/*/bin/pg_ctl" >/dev/null || missing+=(postgresql)
command -v unzip >/dev/null || missing+=(unzip)
command -v python3 >/dev/null || missing+=(python3)
[[ " $* " == *" -Pcluster "* ]] && ! command -v nginx >/dev/null && missing+=(nginx-light)
if ((${#missing[@]})); then
  log "installing Debian packages: ${missing[*]}"
  sudo_cmd=()
  [[ $(id -u) -eq 0 ]] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

log "running mvn verify (unit, integration and system tests)"
mvn -B -Dstyle.color=never verify "$@"
