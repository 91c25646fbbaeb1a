#!/usr/bin/env python3
"""Where a JFR recording's CPU samples go (jdk.ExecutionSample): the hottest methods by self and by
inclusive samples, and inclusive shares of a few named areas (session replication, serialization,
Faces, EclipseLink, the JDBC driver, the portal's own code).

    jfr-top.py RECORDING.jfr [TOP]

Reads `jfr print --json --events jdk.ExecutionSample` (the JDK's jfr tool). Counts only samples of
the HTTP worker threads (the name contains "http-thread-pool") in the area table and method lists;
the first line gives all threads for comparison. A sample counts once per method or area however
deep the method recurses.
"""
import collections
import json
import subprocess
import sys

AREAS = [
    ("session store (Payara/Hazelcast web session persistence)",
     ("org.glassfish.web.ha", "fish.payara.nucleus.hazelcast", "org.glassfish.ha",
      "org.apache.catalina.session", "com.sun.enterprise.web.", "fish.payara.ha")),
    ("Java serialization (ObjectOutputStream / ObjectInputStream)",
     ("java.io.ObjectOutputStream", "java.io.ObjectInputStream")),
    ("Hazelcast", ("com.hazelcast.",)),
    ("Faces state saving (StateManager, view state, view scope)",
     ("com.sun.faces.application.StateManagerImpl", "com.sun.faces.renderkit.ServerSideStateHelper",
      "com.sun.faces.application.view.ViewScopeManager", "com.sun.faces.application.view.StateHolderSaver",
      "jakarta.faces.component.UIComponentBase.saveState", "jakarta.faces.component.UIComponentBase.restoreState",
      "com.sun.faces.renderkit.StateHelper")),
    ("Faces render (encode)", ("jakarta.faces.component.UIComponent.encodeAll",
                               "com.sun.faces.application.view.FaceletViewHandlingStrategy.renderView")),
    ("Facelets build (buildView)", ("com.sun.faces.application.view.FaceletViewHandlingStrategy.buildView",)),
    ("EL evaluation", ("org.glassfish.expressly", "com.sun.el.", "org.apache.el.")),
    ("EclipseLink", ("org.eclipse.persistence",)),
    ("PostgreSQL driver", ("org.postgresql",)),
    ("JTA / transactions", ("com.sun.enterprise.transaction", "com.sun.jts", "org.glassfish.transaction")),
    ("Weld (CDI)", ("org.jboss.weld",)),
    ("security (Soteria/Exousia/portal mechanism)",
     ("org.glassfish.soteria", "org.glassfish.exousia", "com.sun.web.security",
      "io.skillspassport.web.security")),
    ("portal: passports boundary", ("io.skillspassport.passports",)),
    ("portal: roles boundary", ("io.skillspassport.roles",)),
    ("portal: assessments/imports/other domain",
     ("io.skillspassport.assessments", "io.skillspassport.imports", "io.skillspassport.platform")),
    ("portal: scoring module", ("io.skillspassport.scoring",)),
    ("portal: web views", ("io.skillspassport.web.candidate", "io.skillspassport.web.site")),
    ("JSON (Jakarta JSON / Yasson)", ("org.glassfish.json", "org.eclipse.parsson", "org.eclipse.yasson")),
    ("logging", ("java.util.logging", "com.sun.enterprise.server.logging")),
]


def frame_name(frame):
    method = frame.get("method") or {}
    owner = (method.get("type") or {}).get("name", "?").replace("/", ".")
    return f"{owner}.{method.get('name', '?')}"


def main():
    path = sys.argv[1]
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 30
    printed = subprocess.run(
        ["jfr", "print", "--json", "--stack-depth", "256", "--events", "jdk.ExecutionSample", path],
        check=True, capture_output=True, text=True).stdout
    events = json.loads(printed)["recording"]["events"]
    all_threads = len(events)
    self_counts = collections.Counter()
    inclusive = collections.Counter()
    areas = collections.Counter()
    workers = 0
    for event in events:
        values = event["values"]
        thread = (values.get("sampledThread") or {}).get("javaName") or ""
        if "http-thread-pool" not in thread:
            continue
        workers += 1
        frames = [frame_name(f) for f in ((values.get("stackTrace") or {}).get("frames") or [])]
        if not frames:
            continue
        self_counts[frames[0]] += 1
        for name in set(frames):
            inclusive[name] += 1
        for label, prefixes in AREAS:
            if any(name.startswith(prefixes) for name in frames):
                areas[label] += 1
    print(f"{path}: {all_threads} execution samples, {workers} on HTTP worker threads")
    if not workers:
        return
    print("\nareas (inclusive, share of worker samples):")
    for label, _ in AREAS:
        if areas[label]:
            print(f"  {areas[label] / workers:6.1%}  {areas[label]:6d}  {label}")
    print(f"\ntop {top} by self samples:")
    for name, count in self_counts.most_common(top):
        print(f"  {count / workers:6.1%}  {count:6d}  {name}")
    print(f"\ntop {top} portal and library methods by inclusive samples (below the servlet entry):")
    shown = 0
    for name, count in inclusive.most_common():
        if name.startswith(("java.", "jdk.", "sun.", "org.glassfish.grizzly", "org.apache.catalina.core",
                            "org.apache.catalina.connector", "com.sun.enterprise.v3.services")):
            continue
        print(f"  {count / workers:6.1%}  {count:6d}  {name}")
        shown += 1
        if shown == top * 2:
            break


if __name__ == "__main__":
    main()
