"""Independent recomputation of the item statistics fixture (ItemStatisticsTest).

Run: python3 item_statistics_fixture.py > item_statistics_expected.csv
Uses numpy only: np.mean for the mean score, np.corrcoef for the point-biserial (Pearson r of the
item score with the rest score: the attempt's points on its other answered items, its pretest item
left out; points = response - lowest, lowest 0 for right/wrong and 1 for graded items), and the
share of attempts that served the item for the exposure rate.
"""
import numpy as np

LOWEST = {"A": 0, "B": 0, "G": 1, "P": 0}
# attempt: (served, {item: scored response}, pretest item or None)
ATTEMPTS = [
    ({"A", "B", "G"}, {"A": 1, "B": 1, "G": 3}, None),
    ({"A", "B", "P"}, {"A": 0, "B": 1, "P": 1}, "P"),
    ({"A", "G", "P"}, {"A": 1, "G": 2, "P": 0}, "P"),
    ({"A", "B", "G"}, {"A": 0, "B": 0, "G": 1}, None),
    ({"A", "B", "G", "P"}, {"A": 1, "B": 1, "G": 3, "P": 1}, "P"),
    ({"B", "G"}, {"B": 0, "G": 2}, None),
    ({"A", "B", "G"}, {"A": 1, "B": 0}, None),  # served G, ended before answering it
]

print("item,responses,mean,point_biserial,served,exposure")
for item in sorted(LOWEST):
    x, rest = [], []
    for served, scored, pretest in ATTEMPTS:
        if item in scored:
            x.append(scored[item])
            rest.append(sum(v - LOWEST[k] for k, v in scored.items() if k != item and k != pretest))
    x, rest = np.array(x, float), np.array(rest, float)
    r = np.corrcoef(x, rest)[0, 1] if x.std() > 0 and rest.std() > 0 else float("nan")
    served = sum(item in s for s, _, _ in ATTEMPTS)
    print(f"{item},{len(x)},{x.mean():.12f},{r:.12f},{served},{served / len(ATTEMPTS):.12f}")
