"""scikit-learn reference for bench/risk.ts on the IBM HR attrition data.

Run after `npx tsx bench/risk.ts` (which writes the split):
    /usr/bin/python3 bench/risk_sklearn.py [/tmp/tend-risk-split.json]
Needs Debian's python3-sklearn (`apt-get install -y python3-sklearn`; scikit-learn 1.2.1, NumPy 1.24).
Prints JSON.

Same rows, same features, same encoding as Tend: EmployeeCount, Over18, StandardHours and
EmployeeNumber dropped; numeric columns standardised with the training mean and population SD;
string columns one-hot with the most frequent training level as the reference (ties: first in
sorted order), dummies left as 0/1. Models:
  - LogisticRegression(C=1.0), scikit-learn's default penalty;
  - LogisticRegressionCV(Cs=10, cv=StratifiedKFold(5, shuffle, random_state=0),
    scoring="neg_log_loss"): C tuned by 5-fold CV on the training rows only;
  - LogisticRegressionCV over Tend's own grid (C = 1/l2 for l2 in 0.01 ... 1000).
The intercept is not penalised (lbfgs), as in Tend. Also reported: the largest difference between
Tend's held-out probabilities at l2 = 1 and scikit-learn's at C = 1, with the default lbfgs solver
(which stops early, by its own tolerance) and with solver="newton-cholesky" run to tol=1e-12 (same
objective, same method as Tend, so only rounding should remain).
"""

import csv
import json
import sys
import time

import numpy as np
import sklearn
from sklearn.linear_model import LogisticRegression, LogisticRegressionCV
from sklearn.metrics import brier_score_loss, log_loss, roc_auc_score
from sklearn.model_selection import StratifiedKFold

split_path = sys.argv[1] if len(sys.argv) > 1 else "/tmp/tend-risk-split.json"
with open(split_path) as f:
    split = json.load(f)

with open(split["csv"], encoding="utf-8-sig", newline="") as f:
    rows = list(csv.DictReader(f))

y = np.array([r["Attrition"] == "Yes" for r in rows], dtype=int)
train, test = np.array(split["train"]), np.array(split["test"])
TEND_GRID = [0.01, 0.03, 0.1, 0.3, 1, 3, 10, 30, 100, 300, 1000]


def is_number(s):
    try:
        float(s)
        return True
    except ValueError:
        return False


def design(columns):
    """Encode with statistics from the training rows only."""
    blocks, names = [], []
    for c in columns:
        values = [r[c] for r in rows]
        if all(is_number(v) for v in values):
            x = np.array(values, dtype=float)
            mean, sd = x[train].mean(), x[train].std()  # population SD, as Tend
            if sd == 0:
                continue
            blocks.append(((x - mean) / sd)[:, None])
            names.append(c)
        else:
            levels = sorted(set(values[i] for i in train))
            counts = {lv: sum(values[i] == lv for i in train) for lv in levels}
            reference = max(levels, key=lambda lv: (counts[lv], -levels.index(lv)))
            for lv in levels:
                if lv == reference:
                    continue
                blocks.append(np.array([v == lv for v in values], dtype=float)[:, None])
                names.append(f"{c}={lv}")
    return np.hstack(blocks), names


def metrics(p):
    return {
        "auc": round(float(roc_auc_score(y[test], p)), 4),
        "brier": round(float(brier_score_loss(y[test], p)), 4),
        "log_loss": round(float(log_loss(y[test], p)), 4),
    }


def timed(make, X):
    seconds = []
    model = None
    for _ in range(7):
        started = time.perf_counter()
        model = make().fit(X[train], y[train])
        seconds.append(time.perf_counter() - started)
    return model, round(float(np.median(seconds)), 3)


def evaluate(drop, key):
    columns = [c for c in rows[0].keys() if c not in ["Attrition", *split["dropped"], *drop]]
    X, names = design(columns)
    folds = StratifiedKFold(5, shuffle=True, random_state=0)
    default, t_default = timed(lambda: LogisticRegression(C=1.0, max_iter=10000, tol=1e-10), X)
    cv, t_cv = timed(lambda: LogisticRegressionCV(Cs=10, cv=folds, scoring="neg_log_loss", max_iter=10000, tol=1e-8), X)
    cv_tend, t_cv_tend = timed(
        lambda: LogisticRegressionCV(Cs=[1 / l for l in TEND_GRID], cv=folds, scoring="neg_log_loss", max_iter=10000, tol=1e-8), X
    )
    p_default = default.predict_proba(X[test])[:, 1]
    tend_fixed = np.array(split["tend_fixed_l2_1_probabilities"][key])
    exact = LogisticRegression(C=1.0, solver="newton-cholesky", max_iter=1000, tol=1e-12).fit(X[train], y[train])
    return {
        "features": len(columns),
        "model_columns": len(names),
        "sklearn_C1": {**metrics(p_default), "fit_seconds_median": t_default},
        "sklearn_cv": {**metrics(cv.predict_proba(X[test])[:, 1]), "C": float(cv.C_[0]), "fit_seconds_median": t_cv},
        "sklearn_cv_tend_grid": {**metrics(cv_tend.predict_proba(X[test])[:, 1]), "C": float(cv_tend.C_[0]), "l2": 1 / float(cv_tend.C_[0]), "fit_seconds_median": t_cv_tend},
        "max_abs_diff_tend_l2_1_vs_sklearn_C1_lbfgs": float(np.max(np.abs(tend_fixed - p_default))),
        "max_abs_diff_tend_l2_1_vs_sklearn_C1_newton_cholesky": float(np.max(np.abs(tend_fixed - exact.predict_proba(X[test])[:, 1]))),
    }


print(
    json.dumps(
        {
            "sklearn": sklearn.__version__,
            "numpy": np.__version__,
            "test_rows": int(len(test)),
            "test_exits": int(y[test].sum()),
            "all_features": evaluate([], "all"),
            "without_protected": evaluate(split["protected"], "without_protected"),
        },
        indent=2,
    )
)
