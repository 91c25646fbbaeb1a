#!/usr/bin/env bash
# Shared by load-test.sh and fault-test.sh (sourced, not run): start deploy/bin/cluster.sh in the
# background and wait for it, and report each instance's start time and memory.

# start_cluster RUN_DIR LOGFILE: starts cluster.sh (sets cluster_pid for the caller's clean-up) and
# waits until it prints READY; fails when it stops first or after CLUSTER_WAIT seconds (1500).
start_cluster() {
  local run_dir="$1" logfile="$2" waited=0
  log "starting deploy/bin/cluster.sh (log $logfile)"
  CLUSTER_RUN_DIR="$run_dir" "$SCRIPT_DIR/cluster.sh" >"$logfile" 2>&1 &
  cluster_pid=$!
  until grep -q "READY" "$logfile" 2>/dev/null; do
    kill -0 "$cluster_pid" 2>/dev/null || { tail -n 30 "$logfile" >&2; die "cluster.sh stopped"; }
    ((waited++ < ${CLUSTER_WAIT:-1500})) || { tail -n 30 "$logfile" >&2; die "cluster not ready"; }
    sleep 1
  done
  log "$(grep READY "$logfile")"
}

# instance_facts RUN_DIR: one line per instance: start time (portal.sh's "ready … after N s") and
# resident memory now.
instance_facts() {
  local run_dir="$1" status pid rss
  for status in "$run_dir"/portal-*.status; do
    local n="${status##*/portal-}"
    n="${n%.status}"
    pid="$(cat "$run_dir/portal-$n.pid" 2>/dev/null || true)"
    rss="$(ps -o rss= -p "$pid" 2>/dev/null | tr -d ' ' || true)"
    if [[ -n "$rss" ]]; then rss="$((rss / 1024)) MiB"; else rss="gone (process ended)"; fi
    echo "instance $n: $(grep -o 'ready on port [0-9]* after [0-9]* s' "$status" || echo 'not ready'); RSS $rss"
  done
}
