#!/usr/bin/env bash
# Regenerates the embedded ICD-10-CM resources from the shared data folder (see ../README.md).
#   usage: src/PreAuthKit/Codes/Data/build-icd10cm.sh [path/to/shared/data/icd10cm]
# Output is deterministic: the same input gives the same bytes. The FY2026 table is stored as plain
# text sorted by code (byte order), so loading it needs neither an inflate nor a sort (docs/performance.md).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
src="${1:-$here/../../../../../shared/data/icd10cm}"
codes="$src/icd10cm-codes-2026.txt"
changes="$src/derived/icd10cm-fy2027-billable-changes.tsv"
[ -f "$codes" ] || { echo "not found: $codes" >&2; exit 2; }
[ -f "$changes" ] || { echo "not found: $changes" >&2; exit 2; }
# cols 1-7: code without the dot, space padded; col 8: space; col 9 on: long description (CRLF).
tr -d '\r' < "$codes" \
  | LC_ALL=C awk '{ c = substr($0, 1, 7); sub(/ +$/, "", c); print c "\t" substr($0, 9) }' \
  | LC_ALL=C sort -t "$(printf '\t')" -k1,1 > "$here/icd10cm-fy2026.tsv"
tr -d '\r' < "$changes" > "$here/icd10cm-fy2027-changes.tsv"
echo "wrote $here/icd10cm-fy2026.tsv ($(wc -c < "$here/icd10cm-fy2026.tsv") bytes) and icd10cm-fy2027-changes.tsv"
