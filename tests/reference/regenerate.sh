#!/usr/bin/env bash
# Regenerates every reference fixture: the data exports, then each script's expected/*.json.
# Needs R with survival and jsonlite (apt-get install r-base-core r-cran-survival r-cran-jsonlite).
set -euo pipefail
cd "$(dirname "$0")"
Rscript export-data.R
for script in *.R; do
  [[ $script == export-data.R ]] && continue
  echo "== $script"
  Rscript "$script"
done
