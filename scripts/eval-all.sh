#!/usr/bin/env bash
# Runs every `lede eval` task on the development datasets in ../shared and prints the README's table.
# Usage: scripts/eval-all.sh [--no-build]   (run from the repository root)
set -euo pipefail
cd "$(dirname "$0")/.."
data=../shared/datasets
if [ "${1:-}" != "--no-build" ]; then dotnet build src/Lede.Cli -c Release -v quiet -nologo >/dev/null; fi
lede() { dotnet src/Lede.Cli/bin/Release/net10.0/Lede.Cli.dll "$@"; }

row() { # task dataset-path label metric... [-- extra args]
  local task=$1 path=$2 label=$3; shift 3
  local metrics=() extra=()
  while [ $# -gt 0 ]; do if [ "$1" = "--" ]; then shift; extra=("$@"); break; fi; metrics+=("$1"); shift; done
  local json; json=$(lede eval "$task" "$path" --json "${extra[@]}")
  python3 - "$json" "$task" "$label" "${extra[*]:-}" "${metrics[@]}" <<'PY'
import json, sys
r = json.loads(sys.argv[1]); task, label, extra = sys.argv[2], sys.argv[3], sys.argv[4]
def fmt(v): return str(int(v)) if float(v).is_integer() and v > 1 else f"{v:.3f}"
figures = ", ".join(f"{m} {fmt(r['metrics'][m])}" for m in sys.argv[5:])
cmd = f"`lede eval {task} ../shared/datasets/{label}{(' ' + extra) if extra else ''}`"
print(f"| {task} | {label} | {r['items']} | {r['system']} | {figures} | {cmd} |")
PY
}

echo "| task | dataset | items | system | figures | command |"
echo "| --- | --- | --- | --- | --- | --- |"
row extraction $data/scrapinghub-aeb scrapinghub-aeb precision recall f1 accuracy
row extraction $data/trafilatura-eval trafilatura-eval precision recall f1 accuracy
row pubdate $data/htmldate-eval htmldate-eval precision recall accuracy f1
row timex $data/tempeval3 tempeval3 strict_f1 relaxed_f1 type_f1 value_f1
row ner $data/conll2003-en/eng.testa conll2003-en/eng.testa precision recall f1
row paraphrase $data/msrp/msr_paraphrase_train.txt msrp/msr_paraphrase_train.txt accuracy f1
row stories $data/ecbplus/stories ecbplus/stories bcubed_precision bcubed_recall bcubed_f1 ari
for seed in 1 2 3; do
  row stories $data/ecbplus/stories ecbplus/stories bcubed_f1 ari -- --shuffle-seed $seed
done
row copies $data/copybench copybench precision recall f1 relation_accuracy origin_accuracy same_event_false_pairs same_event_pairs
