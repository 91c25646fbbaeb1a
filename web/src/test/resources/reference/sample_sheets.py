"""Expected results of fixed answer sheets for the two shipped sample banks, computed from the
product brief's formulas only (independently of the Java scoring module):

  2PL P(1|θ) = 1/(1+exp(-a(θ-b))), no 1.7;  GRM P(X>=k+1|θ) = 1/(1+exp(-a(θ-b_k))), categories 1..K
  θ = EAP under N(0,1), SE = posterior SD, by Simpson's rule on 200,001 points over [-10, 10]
  S* = 575 + 75θ;  reported = clamp(floor(S* + 0.5), 300, 850);  SEM = 75 SE
  95% band = [floor(S* - 1.96 SEM), ceil(S* + 1.96 SEM)] clipped to 300..850
  An item without an answer (skipped, or never reached before submitting) does not count: the
  portal's published rule for the fixed-form samples ("Omitted items simply do not count").

A sheet is one character per item in bank order: the 0-based option index chosen (display order =
bank order), or '.' for no answer. The item parameters and keys are read from the shipped banks
(domain/src/main/resources/content/items/*.json); a 2PL item scores 1 when the option is its
"correct" one, a graded item scores the chosen option's "category".

Run from the repository root: python3 web/src/test/resources/reference/sample_sheets.py
(Python 3.11.7, NumPy 2.4.6, SciPy 1.17.1) - writes sample_sheets.tsv next to this script.
"""
import json
import math
import os

import numpy as np
from scipy.integrate import simpson

here = os.path.dirname(os.path.abspath(__file__))
banks = os.path.join(here, "..", "..", "..", "..", "..", "domain", "src", "main", "resources", "content", "items")


def load(name):
    with open(os.path.join(banks, name), encoding="utf-8") as f:
        return json.load(f)["items"]


PY = load("python-fundamentals.json")
COM = load("communication.json")


def python_sheet(rule):
    return "".join(rule(i, item) for i, item in enumerate(PY))


SHEETS = {
    # web SampleAssessmentsIT: every third item (positions 1, 4, 7, ...) wrong, the rest right
    "python-every-third-wrong": (
        PY,
        python_sheet(lambda i, it: str(it["correct"] if i % 3 != 0 else (it["correct"] + 1) % 4)),
    ),
    # deploy SampleAssessmentIT: the first option of every item
    "python-first-option": (PY, "0" * len(PY)),
    # omitted and unreached: items 1..16 reached, 4 and 9 skipped, 17..24 never reached;
    # odd positions right, even positions wrong
    "python-omitted-unreached": (
        PY,
        python_sheet(
            lambda i, it: "."
            if i + 1 in (4, 9) or i + 1 > 16
            else str(it["correct"] if (i + 1) % 2 == 1 else (it["correct"] + 2) % 4)
        ),
    ),
    # the same answers with nothing omitted after item 16 reached: items 17..24 answered wrong
    # (first wrong option), items 4 and 9 still skipped
    "python-omitted-then-wrong": (
        PY,
        python_sheet(
            lambda i, it: "."
            if i + 1 in (4, 9)
            else str(
                (it["correct"] + 1) % 4
                if i + 1 > 16
                else (it["correct"] if (i + 1) % 2 == 1 else (it["correct"] + 2) % 4)
            )
        ),
    ),
    # deploy Communication journey: the first option of every item
    "communication-first-option": (COM, "0" * len(COM)),
    # web SampleAssessmentsIT: option (position mod 4) of every item
    "communication-cycling": (COM, "".join(str(i % 4) for i in range(len(COM)))),
}


def eap(items, sheet):
    """Posterior mean and SD by composite Simpson's rule on 200,001 points over [-10, 10] (step
    1e-4; the N(0,1) prior mass outside is 1.5e-23). SciPy's adaptive quad was tried first and
    silently missed the narrow graded-response posterior by 1.7e-4; this grid agrees with an
    independent trapezoid sum to 1e-12."""
    t = np.linspace(-10, 10, 200001)
    ll = log_lik_vec(items, sheet, t)
    w = np.exp(ll - ll.max() - t * t / 2)
    z = simpson(w, x=t)
    m = simpson(t * w, x=t) / z
    v = simpson((t - m) ** 2 * w, x=t) / z
    return float(m), float(math.sqrt(v))


def log_lik_vec(items, sheet, t):
    total = np.zeros_like(t)
    for item, ch in zip(items, sheet):
        if ch == ".":
            continue
        option = int(ch)
        if "thresholds" in item:
            k = item["options"][option]["category"]
            b = item["thresholds"]
            upper = 1.0 if k == 1 else 1 / (1 + np.exp(-item["a"] * (t - b[k - 2])))
            lower = 0.0 if k == len(b) + 1 else 1 / (1 + np.exp(-item["a"] * (t - b[k - 1])))
            total += np.log(upper - lower)
        else:
            p = 1 / (1 + np.exp(-item["a"] * (t - item["b"])))
            total += np.log(p if option == item["correct"] else 1 - p)
    return total


print_rows = []
for name, (items, sheet) in SHEETS.items():
    assert len(sheet) == len(items), name
    theta, se = eap(items, sheet)
    s_star = 575 + 75 * theta
    sem = 75 * se
    reported = min(850, max(300, math.floor(s_star + 0.5)))
    low = max(300, math.floor(s_star - 1.96 * sem))
    high = min(850, math.ceil(s_star + 1.96 * sem))
    answered = sum(ch != "." for ch in sheet)
    print_rows.append(
        f"{name}\t{sheet}\t{answered}\t{theta:.9f}\t{se:.9f}\t{s_star:.6f}\t{reported}\t{sem:.6f}\t{low}\t{high}\n"
    )

with open(os.path.join(here, "sample_sheets.tsv"), "w", encoding="utf-8") as out:
    out.write(
        "# Produced 2026-11-30 by web/src/test/resources/reference/sample_sheets.py (Python 3.11.7,"
        " NumPy 2.4.6, SciPy 1.17.1; Simpson on 200,001 points) from the brief's EAP and scale formulas and the shipped banks (content"
        " version 1), independently of the Java scoring module. Sheet: 0-based option per item in"
        " bank order, '.' = no answer (does not count).\n"
    )
    out.write("sheet\tanswers\tanswered\ttheta\tse\ts_star\treported\tsem\tband_low\tband_high\n")
    out.writelines(print_rows)
