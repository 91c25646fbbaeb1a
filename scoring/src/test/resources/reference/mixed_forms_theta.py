"""Exact θ estimates for the small mixed 2PL + graded-response forms of EapScorerTest and
ThetaEstimatorsTest, written independently of the Java scoring module (only the formulas of the
product brief: 2PL P = 1/(1+exp(-a(θ-b))), no 1.7; Samejima GRM P(X>=k+1) = 1/(1+exp(-a(θ-b_k))),
categories 1..K; N(0,1) prior).

EAP and posterior SD by adaptive integration (scipy.integrate.quad, epsabs=epsrel=1e-13, on
[-12, 12]); MLE, MAP and Warm's WLE by Brent's root finding (scipy.optimize.brentq, xtol 1e-14) of
l'(θ) = 0, l'(θ) - θ = 0, l'(θ) + J/(2I) = 0 with analytic derivatives, I = sum P'^2/P,
J = sum P'P''/P. SEs: MLE 1/sqrt(I), MAP 1/sqrt(I+1), WLE sqrt(1/I + J^2/(4 I^4)).

Run: python3 mixed_forms_theta.py > mixed_forms_theta.tsv   (Python 3.11.7, SciPy 1.17.1)
"""
import math
import sys

from scipy.integrate import quad
from scipy.optimize import brentq

FORMS = {
    # EapScorerTest.scoresAMixedAnswerSheetOfTwoPlAndGradedItems
    "eap3": [("2pl", 1.1, [-0.2]), ("2pl", 0.8, [0.6]), ("grm", 1.3, [-1.0, 0.0, 1.2])],
    # ThetaEstimatorsTest.mixed
    "mixed4": [
        ("2pl", 1.2, [-0.5]),
        ("grm", 0.9, [-1.0, 0.2, 1.4]),
        ("2pl", 0.7, [0.8]),
        ("grm", 1.6, [-0.3, 0.9]),
    ],
}
PATTERNS = {
    "eap3": ["001", "114", "102", "013"],
    "mixed4": ["0201", "1302", "1112", "0413", "0101", "1413"],
}


def logistic(x):
    return 1.0 / (1.0 + math.exp(-x))


def categories(item, theta):
    """[(response, P, P', P'')] for every category of the item."""
    kind, a, b = item
    # cumulative P*(X >= k) for k = lowest..highest+1, with P*_0 = 1 and P*_{K} = 0
    stars = [(1.0, 0.0, 0.0)]
    for bk in b:
        p = logistic(a * (theta - bk))
        stars.append((p, a * p * (1 - p), a * a * p * (1 - p) * (1 - 2 * p)))
    stars.append((0.0, 0.0, 0.0))
    first = 0 if kind == "2pl" else 1
    out = []
    for k in range(len(stars) - 1):
        hi, lo = stars[k], stars[k + 1]
        out.append((first + k, hi[0] - lo[0], hi[1] - lo[1], hi[2] - lo[2]))
    return out


def pieces(form, pattern, theta):
    """log L, l', I, J of the answered items."""
    ll = d1 = info = j = 0.0
    for item, ch in zip(form, pattern):
        if ch == ".":
            continue
        r = int(ch)
        for resp, p, p1, p2 in categories(item, theta):
            info += p1 * p1 / p
            j += p1 * p2 / p
            if resp == r:
                ll += math.log(p)
                d1 += p1 / p
    return ll, d1, info, j


def eap(form, pattern):
    def post(t, power):
        return t**power * math.exp(pieces(form, pattern, t)[0] - t * t / 2)

    opts = dict(epsabs=1e-13, epsrel=1e-13, limit=500)
    z = quad(lambda t: post(t, 0), -12, 12, **opts)[0]
    m = quad(lambda t: post(t, 1), -12, 12, **opts)[0] / z
    v = quad(lambda t: (t - m) ** 2 * post(t, 0), -12, 12, **opts)[0] / z
    return m, math.sqrt(v)


def root(f):
    try:
        return brentq(f, -10, 10, xtol=1e-14, rtol=4 * sys.float_info.epsilon, maxiter=500)
    except ValueError:
        return None


def estimates(form, pattern):
    mle = root(lambda t: pieces(form, pattern, t)[1])
    mp = root(lambda t: pieces(form, pattern, t)[1] - t)
    wle = root(lambda t: (lambda p: p[1] + p[3] / (2 * p[2]))(pieces(form, pattern, t)))
    e, psd = eap(form, pattern)
    row = [e, psd, mp, 1 / math.sqrt(pieces(form, pattern, mp)[2] + 1)]
    if mle is None:
        row += [None, None]
    else:
        row += [mle, 1 / math.sqrt(pieces(form, pattern, mle)[2])]
    _, _, i, j = pieces(form, pattern, wle)
    row += [wle, math.sqrt(1 / i + j * j / (4 * i**4))]
    return row


print("form\tpattern\teap\teap_psd\tmap\tmap_se\tmle\tmle_se\twle\twle_se")
for name, form in FORMS.items():
    for pattern in PATTERNS[name]:
        cells = ["NA" if v is None else f"{v:.9f}" for v in estimates(form, pattern)]
        print("\t".join([name, pattern] + cells))
