"""Reference fits for `dlquiz optimize`, made with fsrs-rs-python (the Rust code Anki uses).

Simulates learners whose memory follows FSRS-6 with known parameters, writes their reviews in
dlquiz's review-log format (reviews.jsonl), turns each log into FSRS items as Anki does for
fsrs-rs (one item per review after a card's first whose elapsed study days are > 0, with the
whole history before it; elapsed days counted in study days starting at 04:00, here in UTC),
fits them with fsrs-rs-python and records the fitted parameters, log loss and RMSE(bins).

    python3 make_fixtures.py                 # writes the small logs + fixtures.json (committed)
    python3 make_fixtures.py simulate N OUT  # one log of about N reviews (the benchmark's)
    python3 make_fixtures.py fit LOG         # fsrs-rs fit of a log: JSON on stdout, with seconds

Only the small logs are committed; the large ones are regenerated (deterministically) by
`make_fixtures.py simulate`, which `dlquiz-bench optimize` calls. Needs: pip install fsrs-rs-python.
"""
import json, math, os, random, sys, time
from datetime import datetime, timezone

import fsrs_rs_python as rs

DEFAULT = [0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
           1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542]
DAY_START_HOUR = 4
HERE = os.path.dirname(os.path.abspath(__file__))

# Learners: true memory parameters, first-rating mix (again, hard, good, easy), pass-rating
# mix (hard, good, easy), session hour range (UTC), chance to be late, new cards a day.
LEARNERS = {
    "typical": dict(w=[0.3, 1.0, 2.8, 9.5, 6.6, 0.75, 2.6, 0.008, 1.75, 0.18, 0.85, 1.6, 0.07, 0.28, 1.7, 0.55, 1.9, 0.6, 0.1, 0.08, 0.18], first=(0.25, 0.10, 0.55, 0.10), passed=(0.12, 0.78, 0.10), hours=(7, 22), late=0.25, new=8),
    "forgetful": dict(w=[0.08, 0.5, 1.4, 4.5, 7.2, 0.6, 2.2, 0.02, 1.3, 0.25, 1.1, 1.9, 0.1, 0.35, 1.9, 0.45, 1.6, 0.7, 0.2, 0.1, 0.3],
                      first=(0.40, 0.15, 0.40, 0.05), passed=(0.25, 0.70, 0.05), hours=(18, 23), late=0.4, new=10),
    "strong": dict(w=[0.6, 2.4, 5.5, 16.0, 5.2, 1.1, 1.6, 0.01, 2.2, 0.12, 0.6, 1.2, 0.05, 0.2, 1.2, 0.7, 2.4, 0.35, 0.05, 0.05, 0.12],
                   first=(0.10, 0.05, 0.60, 0.25), passed=(0.05, 0.70, 0.25), hours=(6, 12), late=0.15, new=6),
    "erratic": dict(w=[0.3, 0.9, 3.0, 10.0, 6.0, 0.9, 2.8, 0.005, 1.6, 0.2, 0.9, 1.6, 0.08, 0.3, 1.5, 0.5, 2.0, 0.6, 0.12, 0.08, 0.2],
                    first=(0.30, 0.15, 0.45, 0.10), passed=(0.20, 0.65, 0.15), hours=(5, 23), late=0.5, new=12),
}


class Memory:
    """FSRS-6 memory state under parameters w (the simulated learner's truth, or the scheduler's)."""

    def __init__(self, w):
        self.w = w
        self.decay = -w[20]
        self.factor = 0.9 ** (1 / self.decay) - 1
        self.s = None
        self.d = None

    def r(self, days):
        return (1 + self.factor * max(days, 0) / self.s) ** self.decay

    def update(self, rating, days_float, days_whole):
        w = self.w
        if self.s is None:
            self.s = w[rating - 1]
            self.d = min(max(w[4] - math.exp(w[5] * (rating - 1)) + 1, 1), 10)
            return
        if days_whole == 0:
            sinc = math.exp(w[17] * (rating - 3 + w[18])) * self.s ** (-w[19])
            if rating >= 2:
                sinc = max(sinc, 1)
            s = self.s * sinc
        else:
            r = self.r(days_whole)
            if rating == 1:
                s = min(w[11] * self.d ** (-w[12]) * ((self.s + 1) ** w[13] - 1) * math.exp((1 - r) * w[14]),
                        self.s / math.exp(w[17] * w[18]))
            else:
                hard = w[15] if rating == 2 else 1
                easy = w[16] if rating == 4 else 1
                s = self.s * (1 + math.exp(w[8]) * (11 - self.d) * self.s ** (-w[9]) * (math.exp((1 - r) * w[10]) - 1) * hard * easy)
        easy_d = w[4] - math.exp(w[5] * 3) + 1
        d = self.d + (10 - self.d) * (-w[6] * (rating - 3)) / 9
        self.d = min(max(w[7] * easy_d + (1 - w[7]) * d, 1), 10)
        self.s = min(max(s, 0.001), 36500)


def study_day(t):
    return (t - DAY_START_HOUR * 3600) // 86400


def simulate(name, learner, target_reviews, seed):
    """Events (seconds, card, rating, kind) in time order; a few mistaken grades followed by an undo."""
    rng = random.Random(seed)
    start = int(datetime(2025, 1, 6, tzinfo=timezone.utc).timestamp())
    cards = []  # [id, truth, schedule, due_day, last_time, last_day]
    events = []
    day = 0
    pick = lambda probs: rng.choices((1, 2, 3, 4), weights=probs)[0]
    passed = lambda: rng.choices((2, 3, 4), weights=learner["passed"])[0]
    while len(events) < target_reviews:
        day += 1
        if rng.random() < 0.08:  # a day off
            continue
        t = start + day * 86400 + rng.randint(*learner["hours"]) * 3600 + rng.randint(0, 3599)
        today = study_day(t)
        queue = [c for c in cards if c[3] <= today and (rng.random() >= learner["late"] or today - c[3] > 5)]
        rng.shuffle(queue)
        for _ in range(learner["new"]):
            cards.append([len(cards), Memory(learner["w"]), Memory(DEFAULT), today, None, None])
            queue.append(cards[-1])
        for c in queue:
            cid, truth, sched = c[0], c[1], c[2]
            t += rng.randint(8, 60)
            at = t
            if truth.s is None:
                phase, step = "learning", 0
                rating = pick(learner["first"])
            else:
                phase, step = "review", 0
                rating = passed() if rng.random() < truth.r(study_day(at) - c[5]) else 1
            same_day = 0
            while True:
                days_whole = 0 if c[5] is None else study_day(at) - c[5]
                days_float = 0 if c[4] is None else (at - c[4]) / 86400
                truth.update(rating, days_float, days_whole)
                sched.update(rating, days_float, days_whole)
                if rng.random() < 0.004:  # a slip of the finger, undone at once
                    events.append((at, cid, 1 + (rating % 4), None))
                    events.append((at + 2, cid, None, "undo"))
                    at += 3
                events.append((at, cid, rating, None))
                c[4], c[5] = at, study_day(at)
                same_day += 1
                delay = None
                if phase == "learning":
                    if rating == 1:
                        step, delay = 0, 60
                    elif rating == 2:
                        delay = 360 if step == 0 else 600
                    elif rating == 3 and step == 0:
                        step, delay = 1, 600
                elif phase == "relearning":
                    if rating <= 2:
                        delay = 600
                elif rating == 1:
                    phase, delay = "relearning", 600
                if delay is None or same_day >= 8:
                    break
                at += delay + rng.randint(0, 240)
                rating = passed() if rng.random() < truth.r((at - c[4]) / 86400) else 1
            interval = max(1, min(36500, round(sched.s)))  # at 90% desired retention the interval is S
            if interval > 2:
                interval = max(1, round(interval * rng.uniform(0.95, 1.05)))
            c[3] = study_day(c[4]) + interval
    events.sort(key=lambda e: (e[0], e[3] == "undo"))
    return events


def iso(t):
    return datetime.fromtimestamp(t, tz=timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def write_log(events, path, rng):
    with open(path, "w") as f:
        for at, card, rating, kind in events:
            if kind == "undo":
                f.write(json.dumps({"card": f"c{card}", "undo": True, "at": iso(at)}, separators=(",", ":")) + "\n")
            else:
                line = {"card": f"c{card}", "rating": rating, "at": iso(at)}
                if rng.random() < 0.5:
                    line["duration_ms"] = rng.randint(1500, 20000)
                f.write(json.dumps(line, separators=(",", ":")) + "\n")


def read_log(path):
    """Effective reviews per card: undo records cancel the card's latest remaining review."""
    per_card, order = {}, []
    with open(path) as f:
        for n, line in enumerate(f):
            line = line.strip()
            if not line:
                continue
            try:
                o = json.loads(line)
                at = int(datetime.strptime(o["at"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc).timestamp())
            except Exception:
                continue
            card = o.get("card")
            if not isinstance(card, str) or not card:
                continue
            if card not in per_card:
                per_card[card] = []
                order.append(card)
            if o.get("undo") is True:
                if per_card[card]:
                    per_card[card].pop()
            elif o.get("rating") in (1, 2, 3, 4):
                per_card[card].append((at, o["rating"], n))
    return per_card, order


def items_for_training(path):
    """FSRS items as Anki builds them for fsrs-rs, sorted by the time of their last review."""
    per_card, order = read_log(path)
    rows = []
    reviews = 0
    for cid, card in enumerate(order):
        revs = per_card[card]
        reviews += len(revs)
        history = []
        prev_day = None
        for i, (at, rating, n) in enumerate(revs):
            d = study_day(at)
            delta = 0 if prev_day is None else d - prev_day
            prev_day = d
            history.append(rs.FSRSReview(rating, delta))
            if i >= 1 and delta > 0:
                rows.append(((at, n), cid, rs.FSRSItem(list(history))))
    rows.sort(key=lambda r: r[0])
    cards = sum(1 for c in order if per_card[c])
    return [r[2] for r in rows], [r[1] for r in rows], reviews, cards


def fit(path):
    items, card_ids, reviews, cards = items_for_training(path)
    start = time.perf_counter()
    params = rs.FSRS(DEFAULT).compute_parameters(items, card_ids=card_ids, enable_short_term=True, num_relearning_steps=1)
    seconds = time.perf_counter() - start
    fitted = rs.FSRS(params).evaluate(items)
    default = rs.FSRS(DEFAULT).evaluate(items)
    return {
        "parameters": [round(p, 6) for p in params], "reviews": reviews, "cards": cards, "items": len(items),
        "log_loss": fitted.log_loss, "rmse_bins": fitted.rmse_bins,
        "default": {"log_loss": default.log_loss, "rmse_bins": default.rmse_bins},
        "seconds": seconds,
    }


SMALL = [("typical", 1200, 11), ("forgetful", 2000, 12), ("strong", 1500, 13), ("erratic", 2500, 14), ("typical", 300, 15)]
LARGE = [("erratic", 10000, 21), ("forgetful", 30000, 22), ("typical", 100000, 23)]


def main():
    args = sys.argv[1:]
    if args and args[0] == "simulate":
        n, out = int(args[1]), args[2]
        name = args[3] if len(args) > 3 else "typical"
        seed = int(args[4]) if len(args) > 4 else 100 + n
        write_log(simulate(name, LEARNERS[name], n, seed), out, random.Random(seed))
        return
    if args and args[0] == "fit":
        print(json.dumps(fit(args[1])))
        return
    fixtures = []
    for name, n, seed in SMALL + LARGE:
        file = f"{name}-{n}.jsonl"
        small = (name, n, seed) in SMALL
        path = os.path.join(HERE, file) if small else os.path.join("/tmp", file)
        write_log(simulate(name, LEARNERS[name], n, seed), path, random.Random(seed))
        result = fit(path)
        result.update({"log": file if small else None, "learner": name, "true_parameters": LEARNERS[name]["w"],
                       "regenerate": None if small else f"python3 make_fixtures.py simulate {n} /tmp/{file} {name} {seed}"})
        print(f"{file}: {result['reviews']} reviews, {result['items']} items, log loss {result['log_loss']:.5f} "
              f"(default {result['default']['log_loss']:.5f}), rmse {result['rmse_bins']:.5f}, {result['seconds']:.2f} s",
              file=sys.stderr)
        fixtures.append(result)
    with open(os.path.join(HERE, "fixtures.json"), "w") as f:
        json.dump(fixtures, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
