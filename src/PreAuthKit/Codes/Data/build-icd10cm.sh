#!/usr/bin/env bash
# Regenerates the embedded ICD-10-CM resources from the shared data folder (see ../README.md).
#   usage: src/PreAuthKit/Codes/Data/build-icd10cm.sh [path/to/shared/data/icd10cm]
# Output is deterministic: gzip -n stores no name or timestamp, so the same input gives the same bytes.
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
  | gzip -9n > "$here/icd10cm-fy2026.tsv.gz"
tr -d '\r' < "$changes" > "$here/icd10cm-fy2027-changes.tsv"
echo "wrote $here/icd10cm-fy2026.tsv.gz ($(wc -c < "$here/icd10cm-fy2026.tsv.gz") bytes) and icd10cm-fy2027-changes.tsv"
