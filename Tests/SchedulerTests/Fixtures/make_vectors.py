"""Generates FSRS-6 reference vectors with py-fsrs 6.3.2 (JSON lines).

Each line: one card's review sequence under one scheduler configuration, with the
card after each review. Times are ISO 8601 UTC with microseconds where not whole.
When fuzz is on, random() is replaced by a recorded sequence so the Swift side
can feed the same uniform numbers ("u", null when random() was not called).
"""
import json, random as pyrandom, sys
from datetime import datetime, timedelta, timezone
import fsrs
import fsrs.scheduler as fs
from fsrs import Scheduler, Card, Rating, State

EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
def micros(dt): return (dt - EPOCH) // timedelta(microseconds=1)

rng = pyrandom.Random(20261122)
recorded = []
def fake_random():
    u = rng.random()
    recorded.append(u)
    return u
fs.random = fake_random

def rand_params():
    return [round(rng.uniform(lo, hi), 4) for lo, hi in zip(fs.LOWER_BOUNDS_PARAMETERS, fs.UPPER_BOUNDS_PARAMETERS)]

configs = [
    dict(name="default", parameters=list(fs.DEFAULT_PARAMETERS), desired_retention=0.9, learning_steps=[60, 600], relearning_steps=[600], maximum_interval=36500, enable_fuzzing=False),
    dict(name="default-fuzz", parameters=list(fs.DEFAULT_PARAMETERS), desired_retention=0.9, learning_steps=[60, 600], relearning_steps=[600], maximum_interval=36500, enable_fuzzing=True),
    dict(name="no-steps", parameters=list(fs.DEFAULT_PARAMETERS), desired_retention=0.9, learning_steps=[], relearning_steps=[], maximum_interval=36500, enable_fuzzing=False),
    dict(name="one-step", parameters=list(fs.DEFAULT_PARAMETERS), desired_retention=0.9, learning_steps=[300], relearning_steps=[600, 3600], maximum_interval=36500, enable_fuzzing=False),
    dict(name="three-steps-odd", parameters=list(fs.DEFAULT_PARAMETERS), desired_retention=0.85, learning_steps=[1, 7, 3601], relearning_steps=[3], maximum_interval=36500, enable_fuzzing=False),
    dict(name="custom-params", parameters=rand_params(), desired_retention=0.8, learning_steps=[60, 600], relearning_steps=[600], maximum_interval=30, enable_fuzzing=False),
    dict(name="custom-params-fuzz", parameters=rand_params(), desired_retention=0.95, learning_steps=[60, 600], relearning_steps=[600], maximum_interval=365, enable_fuzzing=True),
    dict(name="low-retention-fuzz", parameters=list(fs.DEFAULT_PARAMETERS), desired_retention=0.7, learning_steps=[60, 600], relearning_steps=[600], maximum_interval=36500, enable_fuzzing=True),
]

def sequence(sched, card_id, n):
    card = Card(card_id=card_id, due=datetime(2026, 1, 5, 9, 0, tzinfo=timezone.utc))
    t = datetime(2026, 1, 5, 9, 0, tzinfo=timezone.utc) + timedelta(seconds=rng.randrange(0, 86400))
    out = []
    for i in range(n):
        r = rng.choices([1, 2, 3, 4], weights=[2, 2, 6, 1])[0]
        rb = sched.get_card_retrievability(card, t)
        del recorded[:]
        card, _ = sched.review_card(card, Rating(r), t)
        u = recorded[0] if recorded else None
        out.append(dict(rating=r, at=t.isoformat().replace("+00:00", "Z"), state=card.state.name.lower(), step=card.step,
                        stability=card.stability, difficulty=card.difficulty, retrievability=rb,
                        due=card.due.isoformat().replace("+00:00", "Z"), u=u))
        # next review time: mostly around due, sometimes early, late, same minute, or backwards
        kind = rng.random()
        due = card.due
        if kind < 0.55:
            t = due + timedelta(seconds=rng.randrange(0, 3 * 3600))
        elif kind < 0.7:
            t = t + (due - t) * rng.random()
        elif kind < 0.85:
            t = due + timedelta(days=rng.randrange(0, 60), seconds=rng.randrange(0, 86400))
        elif kind < 0.93:
            t = t + timedelta(seconds=rng.randrange(1, 120))
        elif kind < 0.97:
            t = t + timedelta(hours=rng.randrange(20, 28))
        else:
            t = t - timedelta(seconds=rng.randrange(1, 3 * 86400))  # the clock went back
        if rng.random() < 0.1:
            t = t + timedelta(microseconds=rng.randrange(0, 1000000))
    return out

for cfg in configs:
    sched = Scheduler(parameters=cfg["parameters"], desired_retention=cfg["desired_retention"],
                      learning_steps=[timedelta(seconds=s) for s in cfg["learning_steps"]],
                      relearning_steps=[timedelta(seconds=s) for s in cfg["relearning_steps"]],
                      maximum_interval=cfg["maximum_interval"], enable_fuzzing=cfg["enable_fuzzing"])
    for c in range(40):
        reviews = sequence(sched, c, rng.randrange(1, 40))
        print(json.dumps(dict(config=cfg, card=f"{cfg['name']}-{c}", reviews=reviews)))
