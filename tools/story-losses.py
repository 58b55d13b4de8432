#!/usr/bin/env python3
"""Lists, per gold event, how a saved predictions file (lede eval stories --save-predictions) splits it, and per
predicted story which gold events it mixes, with each event's BCubed recall and precision loss (share of the total).
Usage: story-losses.py PREDICTIONS.tsv GOLD.tsv [--all]"""
import sys
from collections import Counter, defaultdict

def read(path):
    with open(path) as f:
        rows = [l.rstrip("\n").split("\t") for l in f if l.strip()]
    return {r[0]: r[1] for r in rows[1:]}

pred, gold = read(sys.argv[1]), read(sys.argv[2])
show_all = "--all" in sys.argv
ids = [i for i in gold if i in pred]
n = len(ids)
ev_members, st_members = defaultdict(list), defaultdict(list)
for i in ids:
    ev_members[gold[i]].append(i)
    st_members[pred[i]].append(i)
rec = prec = 0.0
rec_loss, prec_loss = Counter(), Counter()
for i in ids:
    same_ev = ev_members[gold[i]]
    same_st = st_members[pred[i]]
    both = sum(1 for j in same_st if gold[j] == gold[i])
    r, p = both / len(same_ev), both / len(same_st)
    rec += r; prec += p
    rec_loss[gold[i]] += (1 - r) / n
    prec_loss[pred[i]] += (1 - p) / n
R, P = rec / n, prec / n
print(f"articles {n}  P {P:.4f}  R {R:.4f}  F1 {2*P*R/(P+R):.4f}")
print("\nrecall loss by gold event (event: sizes of its pieces [story ids])")
for ev, loss in rec_loss.most_common():
    if loss <= 0 and not show_all: break
    pieces = Counter(pred[i] for i in ev_members[ev])
    desc = " ".join(f"{c}[{s}]" for s, c in pieces.most_common())
    print(f"  {loss:.4f}  {ev:14s} {len(ev_members[ev]):3d}: {desc}")
print("\nprecision loss by predicted story (story: gold events in it)")
for st, loss in prec_loss.most_common():
    if loss <= 0 and not show_all: break
    evs = Counter(gold[i] for i in st_members[st])
    desc = " ".join(f"{e}:{c}" for e, c in evs.most_common())
    print(f"  {loss:.4f}  story {st:6s} {len(st_members[st]):3d}: {desc}")
