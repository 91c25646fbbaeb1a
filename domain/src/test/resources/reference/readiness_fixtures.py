"""Expected readiness of fixed passports, computed from the product brief's formulas only
(independently of the Java scoring module):

  w~ = w / sum(w);  C = sum w~ S;  SEM_C = sqrt(sum w~^2 SEM^2);  z = (C - T) / SEM_C
  P(true >= T) = Phi(z);  band90 = C -/+ z95 SEM_C (z95 = Phi^-1(0.95));  rounded = floor(C + 0.5)
  Ready if C - 1.645 SEM_C >= T, Not yet if C + 1.645 SEM_C < T, else Borderline
  gap per family: points needed alone = max(0, T - C) / w~, feasible if <= 850 - S,
  dP/dS = phi(z) w~ / SEM_C, weighted shortfall = w~ max(0, T - S); order: shortfall desc,
  then w~ desc, then family code.

The ML Research Scientist weights are typed in from the seed role guide (0.75, 0.65, 0.65, 0.60,
0.55, 0.55; threshold 650), not read from the portal's content files.

Run: python3 readiness_fixtures.py   (Python 3.11.7, SciPy 1.17.1) - writes readiness_cases.tsv and
readiness_gaps.tsv next to this script and, identical, into web/src/test/resources/reference (the
web module's in-container tests read them there).
"""
import io
import math
import os

from scipy.stats import norm

FAMILIES = [
    "COGNITIVE_REASONING",
    "AI_OUTPUT_EVALUATION",
    "DATA_ANALYSIS",
    "PYTHON_FUNDAMENTALS",
    "AI_COLLABORATION_LITERACY",
    "COMMUNICATION",
]
ML = [0.75, 0.65, 0.65, 0.60, 0.55, 0.55]
ML_DATA_095 = [0.75, 0.65, 0.95, 0.60, 0.55, 0.55]

# case: (weights, threshold, scores, sems)
CASES = {
    # domain PassportsTest: a complete passport, Borderline
    "passports-test": (ML, 650, [690, 650, 640, 630, 620, 610], [22.5, 24.0, 25.5, 27.0, 28.5, 30.0]),
    # web PassportsIT: a complete passport, Ready
    "passports-it": (ML, 650, [720, 700, 690, 710, 680, 700], [22.5, 24.0, 25.5, 27.0, 28.5, 30.0]),
    # domain ComparisonsTest (was web EmployerBundlesIT): five candidates, Data Analysis weighted 0.95, threshold 700
    "bundle-0": (ML_DATA_095, 700, [690, 650, 740, 610, 660, 640], [22.5, 24.0, 25.5, 27.0, 28.5, 30.0]),
    "bundle-1": (ML_DATA_095, 700, [620, 700, 680, 740, 600, 690], [22.5, 24.0, 25.5, 27.0, 28.5, 30.0]),
    "bundle-2": (ML_DATA_095, 700, [760, 740, 735, 720, 730, 750], [22.5, 24.0, 25.5, 27.0, 28.5, 30.0]),
    "bundle-3": (ML_DATA_095, 700, [560, 600, 580, 640, 570, 610], [22.5, 24.0, 25.5, 27.0, 28.5, 30.0]),
    "bundle-4": (ML_DATA_095, 700, [690, 690, 690, 690, 690, 690], [22.5, 24.0, 25.5, 27.0, 28.5, 30.0]),
}
# the same five passports under the role's published weights and threshold (ranking stability)
for i in range(5):
    CASES[f"bundle-{i}-published"] = (ML, 650) + CASES[f"bundle-{i}"][2:]
CASES |= {
    # domain PassportsTest: far below the threshold, Not yet
    "not-yet": (ML, 650, [520, 540, 500, 560, 510, 530], [18.0, 18.0, 18.0, 18.0, 18.0, 18.0]),
}


def assess(weights, threshold, scores, sems):
    total = sum(weights)
    wn = [w / total for w in weights]
    c = sum(w * s for w, s in zip(wn, scores))
    sem = math.sqrt(sum((w * e) ** 2 for w, e in zip(wn, sems)))
    z = (c - threshold) / sem
    if c - 1.645 * sem >= threshold:
        verdict = "READY"
    elif c + 1.645 * sem < threshold:
        verdict = "NOT_YET"
    else:
        verdict = "BORDERLINE"
    z95 = norm.ppf(0.95)
    case = dict(
        composite=c,
        rounded=math.floor(c + 0.5),
        sem=sem,
        band90_low=c - z95 * sem,
        band90_high=c + z95 * sem,
        p=norm.cdf(z),
        verdict=verdict,
    )
    gaps = []
    for f, w, s in zip(FAMILIES, wn, scores):
        needed = max(0.0, threshold - c) / w
        gaps.append(
            dict(
                family=f,
                weight=w,
                needed=needed,
                feasible=needed <= 850 - s,
                dp=norm.pdf(z) * w / sem,
                shortfall=w * max(0.0, threshold - s),
            )
        )
    gaps.sort(key=lambda g: (-g["shortfall"], -g["weight"], g["family"]))
    return case, gaps


here = os.path.dirname(os.path.abspath(__file__))
web = os.path.join(here, "..", "..", "..", "..", "..", "web", "src", "test", "resources", "reference")
header = (
    "# Produced 2026-11-30 by domain/src/test/resources/reference/readiness_fixtures.py (Python 3.11.7, SciPy 1.17.1) from"
    " the product brief's readiness formulas, independently of the Java scoring module; weights typed"
    " in from the seed role guide. Family order: " + ", ".join(FAMILIES) + ".\n"
)
out = io.StringIO()
gaps_out = io.StringIO()
if True:  # one block, so that the rows are written in case order
    out.write(header)
    out.write("case\tthreshold\tweights\tscores\tsems\tcomposite\trounded\tsem\tband90_low\tband90_high\tp\tverdict\n")
    gaps_out.write(header)
    gaps_out.write("case\torder\tfamily\tnormalised_weight\tpoints_needed_alone\tfeasible_alone\tdp_per_point\tweighted_shortfall\n")
    for name, (weights, threshold, scores, sems) in CASES.items():
        case, gaps = assess(weights, threshold, scores, sems)
        out.write(
            "\t".join(
                [
                    name,
                    str(threshold),
                    ",".join(f"{w:.2f}" for w in weights),
                    ",".join(str(s) for s in scores),
                    ",".join(f"{e:.1f}" for e in sems),
                    f"{case['composite']:.9f}",
                    str(case["rounded"]),
                    f"{case['sem']:.9f}",
                    f"{case['band90_low']:.9f}",
                    f"{case['band90_high']:.9f}",
                    f"{case['p']:.15e}",
                    case["verdict"],
                ]
            )
            + "\n"
        )
        for i, g in enumerate(gaps, 1):
            gaps_out.write(
                "\t".join(
                    [
                        name,
                        str(i),
                        g["family"],
                        f"{g['weight']:.12f}",
                        f"{g['needed']:.9f}",
                        "true" if g["feasible"] else "false",
                        f"{g['dp']:.15e}",
                        f"{g['shortfall']:.9f}",
                    ]
                )
                + "\n"
            )


for folder in (here, web):
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "readiness_cases.tsv"), "w") as f:
        f.write(out.getvalue())
    with open(os.path.join(folder, "readiness_gaps.tsv"), "w") as f:
        f.write(gaps_out.getvalue())
