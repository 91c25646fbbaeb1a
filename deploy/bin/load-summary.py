#!/usr/bin/env python3
"""Summarises one load-test run folder (deploy/bin/load-test.sh) as Markdown.

Reads Gatling's stats.json (percentiles 1-4 are Gatling's defaults: 50, 75, 95, 99), the nginx
access log lines of the run (format `upstream` of deploy/nginx/cluster.conf.template:
`... "GET /path HTTP/1.1" status request_time upstream=addr upstream_status=...`), the ledger of
acknowledged answers and the sessions that had to sign in again, and machine.txt / loadavg.txt.
"""
import glob
import json
import os
import re
import sys
from collections import defaultdict

out = sys.argv[1]

stats_files = sorted(glob.glob(os.path.join(out, "gatling", "*", "js", "stats.json")))
if not stats_files:
    sys.exit("no Gatling stats.json under " + out)
stats = json.load(open(stats_files[-1]))


def requests(node):
    for child in node.get("contents", {}).values():
        if child.get("type") == "REQUEST":
            yield child
        yield from requests(child)


print("| request | count | errors | p50 ms | p95 ms | p99 ms | max ms | req/s |")
print("|---|---:|---:|---:|---:|---:|---:|---:|")
rows = sorted(requests(stats), key=lambda r: r["name"])
throughput = {}
for r in rows + [dict(name="**all requests**", stats=stats["stats"])]:
    s = r["stats"]
    print(
        "| {} | {} | {} | {} | {} | {} | {} | {:.2f} |".format(
            r["name"],
            s["numberOfRequests"]["total"],
            s["numberOfRequests"]["ko"],
            s["percentiles1"]["total"],
            s["percentiles3"]["total"],
            s["percentiles4"]["total"],
            s["maxResponseTime"]["total"],
            float(s["meanNumberOfRequestsPerSecond"]["total"]),
        )
    )
    throughput[r["name"]] = s

dash = throughput.get("probe: candidate dashboard")
home = throughput.get("probe: public home page")
if dash and home:
    d = dash["numberOfRequests"]["ok"]
    h = home["numberOfRequests"]["ok"]
    print()
    print(
        "Throughput, same probe users each, same run: dashboard {} OK requests, home page {} OK "
        "requests: **dashboard = {:.0f}% of the static page**.".format(d, h, 100.0 * d / max(h, 1))
    )

line = re.compile(r'"(\w+) (\S+) [^"]*" (\d{3}) ([\d.]+) upstream=(\S+)')
per = defaultdict(lambda: [0, 0.0])
access = os.path.join(out, "access.log")
if os.path.exists(access):
    for raw in open(access):
        m = line.search(raw)
        if not m or m.group(1) != "GET":
            continue
        path = m.group(2).split("?")[0]
        page = {"/candidate/passport": "dashboard", "/": "home page"}.get(path)
        if page is None or m.group(3) != "200":
            continue
        upstream = m.group(5).split(",")[-1].strip()
        per[(upstream, page)][0] += 1
        per[(upstream, page)][1] += float(m.group(4))
    print()
    print("Per instance (nginx access log, status 200, all users of the run):")
    print()
    print("| instance | page | requests | mean time at nginx ms |")
    print("|---|---|---:|---:|")
    for (upstream, page), (count, total) in sorted(per.items()):
        print("| {} | {} | {} | {:.0f} |".format(upstream, page, count, 1000 * total / count))
    for upstream in sorted({u for u, _ in per}):
        d, h = per.get((upstream, "dashboard")), per.get((upstream, "home page"))
        if d and h:
            print()
            print(
                "Instance {}: mean time home page / dashboard = {:.0f}% (the dashboard's "
                "throughput per busy connection relative to the static page's).".format(
                    upstream, 100 * (h[1] / h[0]) / (d[1] / d[0])
                )
            )

ledger = os.path.join(out, "ledger.txt")
lost = os.path.join(out, "lost-sessions.txt")
print()
if os.path.exists(ledger):
    print("Acknowledged answers (ledger): {}".format(sum(1 for _ in open(ledger))))
if os.path.exists(lost):
    print("Sessions sent back to sign-in mid-run: {}".format(sum(1 for _ in open(lost))))
print()
for name in ("machine.txt",):
    path = os.path.join(out, name)
    if os.path.exists(path):
        print("```")
        print(open(path).read().rstrip())
        print("```")
samples = os.path.join(out, "loadavg.txt")
if os.path.exists(samples):
    values = [float(l.split()[1]) for l in open(samples) if len(l.split()) >= 2]
    if values:
        print(
            "1-min load average during the run: min {:.2f}, max {:.2f}, mean {:.2f} ({} samples, "
            "2 cores)".format(min(values), max(values), sum(values) / len(values), len(values))
        )
