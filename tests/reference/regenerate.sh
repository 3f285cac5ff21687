#!/usr/bin/env bash
# Regenerates every reference fixture: the data exports, then each script's expected/*.json, then the
# flagship check against the committed synthetic cohort. Tests never run R: the outputs are committed.
# Needs R with survival, jsonlite, MASS and survMisc:
#   apt-get install r-base-core r-cran-survival r-cran-jsonlite r-cran-mass r-cran-survmisc
set -euo pipefail
cd "$(dirname "$0")"
Rscript export-data.R
for script in *.R; do
  [[ $script == export-data.R ]] && continue
  echo "== $script"
  Rscript "$script"
done
echo "== flagship/check.R"
Rscript flagship/check.R
