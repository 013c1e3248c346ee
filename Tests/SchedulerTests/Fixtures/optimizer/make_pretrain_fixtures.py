"""Pins dlquiz's pre-training of w0-w3 to fsrs-rs (fsrs 6.6.2, via fsrs-rs-python 0.9.3).

Each case is a hand-made set of cards reviewed exactly twice: a first rating, then one review
`delta` study days later, recalled (rated Good) or forgotten (Again). Every item is then a
card's first long-term review, so fsrs-rs stops after pre-training (`train_set.len() ==
dataset_for_initialization.len()`) and returns the pre-trained w0-w3 with w4-w20 at their
defaults, after its outlier filter, the Laplace-smoothed count-weighted ternary search on
[S_MIN, 100] and `smooth_and_fill`.

    pip install fsrs-rs-python==0.9.3
    python3 make_pretrain_fixtures.py   # writes pretrain.json beside this script

Groups are [first rating, delta, recalled count, forgotten count].
"""
import json, os

import fsrs_rs_python as rs

DEFAULT = [0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
           1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542]
HERE = os.path.dirname(os.path.abspath(__file__))

CASES = {
    # All four first ratings, several delays each, every group large enough to survive the filter.
    "four ratings": [[1, 1, 14, 8], [1, 2, 12, 10], [1, 4, 9, 13], [2, 1, 18, 4], [2, 3, 15, 7],
                     [3, 2, 20, 3], [3, 4, 18, 5], [3, 7, 16, 8], [4, 5, 21, 1], [4, 12, 19, 3]],
    # Again cards nearly always forgotten: the search runs into its lower bound (S_MIN).
    "again floor": [[1, 3, 0, 25], [1, 6, 0, 22], [3, 2, 19, 4], [3, 5, 15, 8]],
    # Easy cards never forgotten after two months: the search runs into its upper bound (100).
    "easy ceiling": [[3, 3, 20, 3], [3, 6, 18, 5], [4, 60, 30, 0], [4, 90, 25, 0]],
    # Two ratings: Hard and Easy; Again and Good are filled in from them.
    "two ratings": [[2, 1, 17, 5], [2, 3, 13, 9], [4, 6, 20, 2], [4, 10, 18, 4]],
    # One rating only: the others are scaled from the defaults.
    "one rating": [[3, 2, 17, 4], [3, 5, 14, 8], [3, 9, 11, 10]],
    # Three ratings with Hard recalled better than Good: smoothing by counts, Easy filled in.
    "out of order": [[1, 1, 12, 9], [1, 2, 10, 11], [2, 4, 20, 1], [3, 1, 15, 8], [3, 3, 10, 12],
                     [3, 4, 9, 14]],
    # Small and late groups that the outlier filter drops before pre-training.
    "filtered": [[1, 1, 15, 8], [1, 2, 12, 10], [1, 9, 1, 2], [3, 2, 19, 4], [3, 4, 16, 7],
                 [3, 30, 2, 1], [3, 150, 20, 5], [4, 8, 20, 2], [4, 3, 3, 1]],
}


def items(groups):
    out, card_ids = [], []
    for rating, delta, passed, failed in groups:
        for label in [3] * passed + [1] * failed:
            out.append(rs.FSRSItem([rs.FSRSReview(rating, 0), rs.FSRSReview(label, delta)]))
            card_ids.append(len(card_ids))
    return out, card_ids


def main():
    fixtures = []
    for name, groups in CASES.items():
        xs, ids = items(groups)
        params = rs.FSRS(DEFAULT).compute_parameters(xs, card_ids=ids, enable_short_term=True, num_relearning_steps=1)
        assert [round(p, 4) for p in params[4:]] == DEFAULT[4:], name  # pre-training only
        fixtures.append({"name": name, "groups": groups, "parameters": [float(p) for p in params]})
        print(f"{name}: w0-w3 = {[round(p, 6) for p in params[:4]]}")
    with open(os.path.join(HERE, "pretrain.json"), "w") as f:
        json.dump({"fsrs_rs_python": "0.9.3", "fsrs": "6.6.2", "cases": fixtures}, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
