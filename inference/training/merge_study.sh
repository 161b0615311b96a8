#!/bin/sh
# What limits the EM-Merger against NMS: the same raw candidates merged by EM and by NMS (each
# with and without box voting), once as the detector scored them and once with the Soft-IoU
# replaced by the true IoU (a perfect Soft-IoU head), and optionally at other hard score rates;
# scored by `shelflabel-cli eval`.
#
#   inference/training/merge_study.sh [--seeds A:B] [--out DIR] [--cli FILE] [--model FILE]
#                                     [--rates "0.25 0.75 1"] [--max-detections N] [--jobs N]
#
# Defaults: seeds 200000:200030 (tuning shelves, 2448x3264: never the held-out 100000..), DIR
# /var/tmp/shelflabel/heldout-cpp/SEEDS (shelves shared with evaluate_cpp.sh), the bundled
# model, no extra rates, 1000 detections per image. A project DIR/images/study.shelf holds the
# truth (human), the raw candidates and one layer per variant; it is made anew on every run.
# Run from the repository root after packaging/build.sh.
set -eu

SEEDS=200000:200030
OUT=
CLI=build/bin/shelflabel-cli
MODEL=
RATES=
CAP=1000
JOBS=1
while [ $# -gt 0 ]; do
    case "$1" in
    --seeds) SEEDS=$2; shift 2 ;;
    --out) OUT=$2; shift 2 ;;
    --cli) CLI=$2; shift 2 ;;
    --model) MODEL=$2; shift 2 ;;
    --rates) RATES=$2; shift 2 ;;
    --max-detections) CAP=$2; shift 2 ;;
    --jobs) JOBS=$2; shift 2 ;;
    -h | --help) sed -n '2,15s/^# \{0,1\}//p' "$0"; exit 0 ;;
    *) echo "merge_study.sh: unknown argument $1 (see --help)" >&2; exit 2 ;;
    esac
done
HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/heldout_shelves.sh"
[ -n "$OUT" ] || OUT=$(shelves_folder "$SEEDS")
require_cli "$CLI" merge_study.sh
PY=/usr/bin/python3
IMAGES=$OUT/images
make_shelves "$IMAGES" "$SEEDS" "$JOBS"

P=$IMAGES/study.shelf
WORK=$OUT/study
mkdir -p "$WORK"
rm -f "$P" "$P-wal" "$P-shm"
"$CLI" init "$P" --images "$IMAGES" >/dev/null
"$CLI" import "$P" --format sku110k "$IMAGES/annotations.csv" >/dev/null
set --
[ -z "$MODEL" ] || set -- --model "$MODEL"
# The raw layer holds confidence = 0.5 * hard + 0.5 * soft_iou (predict's default rate).
"$CLI" predict --project "$P" "$@" --merge nms --quiet
"$CLI" export "$P" --format sku110k-results --layer raw --state all --out "$WORK/raw.csv" --force \
    >/dev/null

LAYERS=
merge_one() { # LAYER FROM-LAYER MERGE-ARGUMENTS...
    layer=$1
    from=$2
    shift 2
    "$CLI" merge --project "$P" --from "$from" --to "$layer" "$@" >/dev/null
    LAYERS="$LAYERS --pred-layer $layer"
}
# EM votes its boxes by default and NMS does not; the voting is also shown swapped, so that what
# the merge does and what the voting does can be told apart.
merge_both() { # NAME FROM-LAYER
    merge_one "em-$1" "$2" --method em
    merge_one "em-novote-$1" "$2" --method em --box-voting-iou 0
    merge_one "nms-$1" "$2" --method nms
    merge_one "nms-vote-$1" "$2" --method nms --box-voting-iou 0.5
}
variant() { # NAME RESCORE-ARGUMENTS...
    name=$1
    shift
    "$PY" "$HERE/rescore_candidates.py" "$WORK/raw.csv" "$WORK/$name.csv" "$@" 2>/dev/null
    "$CLI" import "$P" --format sku110k-results --layer "raw-$name" "$WORK/$name.csv" >/dev/null
    merge_both "$name" "raw-$name"
}
merge_both detector raw
variant oracle --oracle "$IMAGES/annotations.csv"
for R in $RATES; do
    variant "rate$R" --new-rate "$R"
done
echo "== $SEEDS, at most $CAP detections per image"
# shellcheck disable=SC2086
"$CLI" eval --project "$P" --truth-layer human $LAYERS --max-detections "$CAP" | tee "$WORK/table.txt"
echo "Table in $WORK/table.txt"
