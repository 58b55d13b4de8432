#!/usr/bin/env python3
"""Re-scores saved copy predictions against copybench's gold, from the dataset README's definitions alone.

Usage:
  scripts/rescore-copies.py DATASET PREDICTIONS [--json] [--compare LEDE_JSON]

DATASET      the copybench folder (gold.tsv: id, origin, relation, event; optional ignore.tsv: a, b)
PREDICTIONS  what `lede eval copies DATASET --save-predictions FILE` wrote (TSV: id, origin, relation)
--json       print the figures as JSON instead of a table
--compare F  also read `lede eval copies ... --json` output from F (or - for stdin) and exit 1 when a
             figure differs from this scorer's by more than rounding (1e-6, the JSON's precision)

Definitions (README of copybench):
  * two articles are a copy pair when both have the same origin, in gold and in the predictions alike;
    pairs listed in ignore.tsv are left out of scoring either way;
  * pair precision / recall / F1 over copy pairs;
  * recall per relation: over the pairs of a gold original with its copy of that relation;
  * relation accuracy: over those original-copy pairs that were found, the share whose predicted relation is
    the gold one;
  * origin accuracy: the share of gold families (an original with one copy or more) whose original is named
    correctly, i.e. every member of the family names the gold original as its origin;
  * same-event false pairs: pairs of articles of the same event whose gold origins differ (the hard negatives),
    predicted to share an origin; reported with their denominator.

Standard library only, and written without reference to Lede's scorer, so that it checks it.
"""
import csv
import itertools
import json
import sys
from collections import defaultdict

TOLERANCE = 1e-6


def read_tsv(path, columns):
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    if not rows:
        sys.exit(f"rescore: {path} is empty")
    header = rows[0]
    missing = [c for c in columns if c not in header]
    if missing:
        sys.exit(f"rescore: {path} lacks the columns {', '.join(missing)} (header: {', '.join(header)})")
    at = [header.index(c) for c in columns]
    return [tuple(r[i] for i in at) for r in rows[1:] if any(cell.strip() for cell in r)]


def pair(a, b):
    return (a, b) if a <= b else (b, a)


def score(dataset, predictions_path):
    gold = {i: (o, r, e) for i, o, r, e in read_tsv(f"{dataset}/gold.tsv", ["id", "origin", "relation", "event"])}
    try:
        ignored = {pair(a, b) for a, b in read_tsv(f"{dataset}/ignore.tsv", ["a", "b"])}
    except FileNotFoundError:
        ignored = set()
    predicted = {}
    for i, o, r in read_tsv(predictions_path, ["id", "origin", "relation"]):
        if i in predicted:
            sys.exit(f"rescore: {i} is predicted twice")
        predicted[i] = (o, r)
    absent = sorted(set(gold) - set(predicted))
    extra = sorted(set(predicted) - set(gold))
    if absent or extra:
        sys.exit(f"rescore: predictions and gold differ in ids ({len(absent)} missing, e.g. {absent[:3]}; {len(extra)} unknown, e.g. {extra[:3]})")

    def copy_pairs(origin_of):
        groups = defaultdict(list)
        for i, o in origin_of.items():
            groups[o].append(i)
        out = set()
        for members in groups.values():
            for a, b in itertools.combinations(sorted(members), 2):
                if pair(a, b) not in ignored:
                    out.add(pair(a, b))
        return out

    gold_pairs = copy_pairs({i: g[0] for i, g in gold.items()})
    predicted_pairs = copy_pairs({i: p[0] for i, p in predicted.items()})
    correct = len(gold_pairs & predicted_pairs)
    precision = correct / len(predicted_pairs) if predicted_pairs else 0.0
    recall = correct / len(gold_pairs) if gold_pairs else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0

    same_origin = lambda a, b: predicted[a][0] == predicted[b][0]
    per_relation = defaultdict(lambda: {"gold_pairs": 0, "found_pairs": 0, "relation_right": 0})
    for i, (origin, relation, _) in gold.items():
        if i == origin or pair(i, origin) in ignored:
            continue
        tally = per_relation[relation]
        tally["gold_pairs"] += 1
        if same_origin(i, origin):
            tally["found_pairs"] += 1
            if predicted[i][1] == relation:
                tally["relation_right"] += 1
    for tally in per_relation.values():
        tally["recall"] = tally["found_pairs"] / tally["gold_pairs"] if tally["gold_pairs"] else 0.0
    found = sum(t["found_pairs"] for t in per_relation.values())
    right = sum(t["relation_right"] for t in per_relation.values())

    families = defaultdict(list)
    for i, (origin, _, _) in gold.items():
        families[origin].append(i)
    families = {o: m for o, m in families.items() if len(m) >= 2}
    families_right = sum(all(predicted[m][0] == o for m in members) for o, members in families.items())

    by_event = defaultdict(list)
    for i, (_, _, event) in gold.items():
        by_event[event].append(i)
    same_event_pairs = same_event_false = 0
    for members in by_event.values():
        for a, b in itertools.combinations(members, 2):
            if gold[a][0] == gold[b][0] or pair(a, b) in ignored:
                continue
            same_event_pairs += 1
            if same_origin(a, b):
                same_event_false += 1

    return {
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "relation_accuracy": right / found if found else 0.0,
        "origin_accuracy": families_right / len(families) if families else 0.0,
        "same_event_false_pairs": same_event_false,
        "same_event_pairs": same_event_pairs,
        "per_relation": {r: per_relation[r] for r in sorted(per_relation)},
        "counts": {
            "gold_pairs": len(gold_pairs), "predicted_pairs": len(predicted_pairs), "correct_pairs": correct,
            "ignored_pairs": len(ignored), "found_original_copy_pairs": found, "relation_right": right,
            "gold_families": len(families), "families_origin_right": families_right,
        },
    }


def compare(mine, lede):
    """The figures both scorers report; a difference beyond rounding is a disagreement."""
    metrics = lede.get("metrics", lede)
    checks = [(k, mine[k], metrics.get(k)) for k in
              ("precision", "recall", "f1", "relation_accuracy", "origin_accuracy", "same_event_false_pairs", "same_event_pairs")]
    for relation, tally in mine["per_relation"].items():
        theirs = metrics.get("per_relation", {}).get(relation, {})
        for k in ("recall", "gold_pairs", "found_pairs", "relation_right"):
            checks.append((f"{relation}.{k}", tally[k], theirs.get(k)))
    differ = [(k, a, b) for k, a, b in checks if b is None or abs(float(a) - float(b)) > TOLERANCE]
    return checks, differ


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    as_json = "--json" in argv
    compare_with = None
    if "--compare" in argv:
        at = argv.index("--compare")
        if at + 1 >= len(argv):
            sys.exit("rescore: --compare needs a file (or -)")
        compare_with = argv[at + 1]
        args.remove(compare_with)
    if len(args) != 2:
        sys.exit(__doc__.split("\n\n")[1])
    mine = score(args[0], args[1])
    if as_json:
        print(json.dumps(mine, indent=2))
    else:
        c = mine["counts"]
        print(f"pairs      precision {mine['precision']:.6f}  recall {mine['recall']:.6f}  f1 {mine['f1']:.6f}"
              f"  ({c['correct_pairs']} right of {c['predicted_pairs']} predicted, {c['gold_pairs']} gold; {c['ignored_pairs']} ignored)")
        for relation, t in mine["per_relation"].items():
            print(f"{relation:<10} recall {t['recall']:.6f}  ({t['found_pairs']} of {t['gold_pairs']} found, relation right for {t['relation_right']})")
        print(f"relation accuracy {mine['relation_accuracy']:.6f}  ({c['relation_right']} of {c['found_original_copy_pairs']} found original-copy pairs)")
        print(f"origin accuracy   {mine['origin_accuracy']:.6f}  ({c['families_origin_right']} of {c['gold_families']} families)")
        print(f"same-event false pairs {mine['same_event_false_pairs']} of {mine['same_event_pairs']}"
              f" ({mine['same_event_false_pairs'] / mine['same_event_pairs'] if mine['same_event_pairs'] else 0:.4%})")
    if compare_with is not None:
        text = sys.stdin.read() if compare_with == "-" else open(compare_with, encoding="utf-8").read()
        checks, differ = compare(mine, json.loads(text))
        if differ:
            for k, a, b in differ:
                print(f"rescore: {k} differs: re-scored {a}, lede {b}", file=sys.stderr)
            return 1
        print(f"rescore: lede's {len(checks)} figures agree with the re-scored ones", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
