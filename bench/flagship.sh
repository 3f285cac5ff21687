#!/usr/bin/env bash
# Times the flagship report cold (process start to last file) against the R pipeline of
# bench/flagship.R (survival + survminer: the same Kaplan-Meier figures and Cox tables), on the
# same machine in the same run. Usage: bench/flagship.sh [RUNS]   (default 5)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 MSBUILDDISABLENODEREUSE=1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The tool as it is deployed: published, with ReadyToRun code so that start-up does not wait for the JIT.
dotnet publish src/HccReport.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
  -o "$work/tool" -v quiet -nologo >/dev/null
tool="$work/tool/hccreport.dll"

median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
elapsed() { local start end; start=$(date +%s.%N); "$@" >/dev/null 2>&1; end=$(date +%s.%N); echo "$end - $start" | bc -l; }

echo "machine: $(nproc) cores, load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
ours=(); theirs=()
for i in $(seq "$runs"); do
  rm -rf "$work/hcc"
  ours+=("$(elapsed dotnet "$tool" render config/lenvatinib.yaml --out "$work/hcc")")
  if command -v Rscript >/dev/null 2>&1; then
    rm -rf "$work/r"
    theirs+=("$(elapsed Rscript bench/flagship.R "$work/r")")
  fi
done
echo "HccReport runs (s): ${ours[*]}"
((${#theirs[@]})) && echo "R runs (s): ${theirs[*]}"
h=$(printf '%s\n' "${ours[@]}" | median)
printf '| pipeline | median of %d cold runs (s) |\n|---|---|\n' "$runs"
printf '| HccReport render (PDF, HTML, results.json, CSV, %d PNG + SVG figures) | %.2f |\n' \
  "$(ls "$work/hcc/figures"/*.png | wc -l)" "$h"
if ((${#theirs[@]})); then
  r=$(printf '%s\n' "${theirs[@]}" | median)
  printf '| R survival + survminer (%d KM PNG figures, Cox/logistic/Table 1 CSV) | %.2f |\n' "$(ls "$work/r"/*.png | wc -l)" "$r"
  printf 'ratio R / HccReport: %.1f\n' "$(echo "$r / $h" | bc -l)"
fi
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
