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

# Gatling 3.14 writes its statistics table into index.html (no stats.json): one row per request,
# columns 2-14 = total, OK, KO, % KO, requests/s, min, p50, p75, p95, p99, max, mean, std dev (all
# responses, failed ones included).
reports = sorted(glob.glob(os.path.join(out, "gatling", "*", "index.html")))
if not reports:
    sys.exit("no Gatling report under " + out)
html = open(reports[-1], encoding="utf-8").read()
row = re.compile(r'class="ellipsed-name">([^<]+)</span>(.*?)</tr>', re.S)
cell = re.compile(r'<td class="value [a-z]+ col-(\d+)">([^<]*)</td>')
throughput = {}
print("Gatling, every response (failed ones included in the times):")
print()
print("| request | count | errors | p50 ms | p95 ms | p99 ms | max ms | req/s |")
print("|---|---:|---:|---:|---:|---:|---:|---:|")
for name, rest in row.findall(html):
    values = {int(c): v for c, v in cell.findall(rest)}
    if 2 not in values or "Redirect" in name:
        continue
    throughput[name.strip()] = values
    print(
        "| {} | {} | {} | {} | {} | {} | {} | {} |".format(
            name.strip(), values[2], values[4], values[8], values[10], values[11], values[12],
            values[6],
        )
    )
total = re.search(r'<td class="total col-1">\s*<div[^>]*>\s*<span[^>]*>All Requests</span>(.*?)</tr>', html, re.S)

dash = throughput.get("probe: candidate dashboard")
home = throughput.get("probe: public home page")
if dash and home:
    d = int(dash[3])
    h = int(home[3])
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
        upstream = m.group(5)
        if upstream.endswith(","):
            upstream = "retried on the other instance"
        per[(upstream, page)][0] += 1
        per[(upstream, page)][1] += float(m.group(4))
    # Latency of the answers that succeeded, per page, as nginx saw them (ids folded away).
    times = defaultdict(list)
    for raw in open(access):
        m = line.search(raw)
        if m and m.group(3) in ("200", "302", "303"):
            path = re.sub(r"\d+", ":n", m.group(2).split("?")[0])
            times[m.group(1) + " " + path].append(1000 * float(m.group(4)))
    print()
    print("Succeeded answers (200/302/303) per page at nginx, ms:")
    print()
    print("| page | count | p50 | p95 | p99 |")
    print("|---|---:|---:|---:|---:|")

    def pct(values, q):
        v = sorted(values)
        return v[min(len(v) - 1, int(q * len(v)))]

    for page, values in sorted(times.items(), key=lambda kv: -len(kv[1])):
        if len(values) >= 5:
            print("| {} | {} | {:.0f} | {:.0f} | {:.0f} |".format(
                page, len(values), pct(values, 0.5), pct(values, 0.95), pct(values, 0.99)))
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
