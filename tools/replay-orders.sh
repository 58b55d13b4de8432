#!/bin/bash
# Scores a story-option variant in the four orders `lede eval stories` reports (file order, --shuffle-seed 1, 2, 3) in
# about a minute, without editing code: tools/trace-stories.cs replays each order with FIT_SET and writes its partition,
# then BCubed P/R/F1 is printed for all articles and for the dev topics' articles within the same run.
# usage (from the repo root): tools/replay-orders.sh OUT_DIR ["Name=value,Model.X=value"]
# OUT_DIR gets pred-{0,1,2,3}.tsv (0 = file order, N = seed N), in --save-predictions layout, for tools/story-losses.py.
# ORDERS="4 5 6 7 8 9 10" replays other orders instead: the model's options were tuned on orders 0-3, so orders it was never
# tuned on tell whether a variant generalises (stories/22: 0.9708-0.9753 on 0-3, 0.936-0.964 on seeds 4-10).
set -euo pipefail
out=${1:?usage: tools/replay-orders.sh OUT_DIR [FIT_SET]}
mkdir -p "$out"
gold=../shared/datasets/ecbplus/stories/gold.tsv
dotnet build -c Release src/Lede/Lede.csproj -v q -nologo > /dev/null
orders=${ORDERS:-0 1 2 3}
for order in $orders; do
  seed=(); [ "$order" != 0 ] && seed=("$order")
  FIT_SET="${2:-}" TRACE_PREDICTIONS="$out/pred-$order.tsv" dotnet run -c Release tools/trace-stories.cs - "${seed[@]}" > /dev/null
done
python3 - "$gold" "$out" $orders <<'PY'
import sys, collections
def load(path):
    rows = [line.rstrip('\n').split('\t') for line in open(path)][1:]
    return {r[0]: r[1] for r in rows}
gold = load(sys.argv[1])
dev = {"2", "5", "12", "18", "21", "23", "34", "35"}  # fit-story-model.cs's dev topics
for order in map(int, sys.argv[3:]):
    pred = load(f"{sys.argv[2]}/pred-{order}.tsv")
    line = [f"order {'file' if order == 0 else f'seed {order}'}:"]
    for name, keep in (("all", lambda k: True), ("dev", lambda k: k.split('_')[0] in dev)):
        ids = [k for k in pred if k in gold and keep(k)]
        by_pred, by_gold = collections.defaultdict(set), collections.defaultdict(set)
        for k in ids: by_pred[pred[k]].add(k); by_gold[gold[k]].add(k)
        p = sum(len(by_pred[pred[k]] & by_gold[gold[k]]) / len(by_pred[pred[k]]) for k in ids) / len(ids)
        r = sum(len(by_pred[pred[k]] & by_gold[gold[k]]) / len(by_gold[gold[k]]) for k in ids) / len(ids)
        line.append(f"{name} P {p:.4f} R {r:.4f} F1 {2 * p * r / (p + r):.4f}")
    print("  ".join(line))
PY
