#!/bin/sh
# The issue #4 quality table with the C++ pipeline end to end: held-out synthetic shelves made by
# synth_shelves.py, pre-annotated by `shelflabel-cli predict` (EM, EM reference, NMS) and scored
# by `shelflabel-cli eval` (AP, AP.50, AP.75, AR, MAE, RMSE), at 300 detections per image (the
# SKU-110K convention) and at 1000 (evaluate.py's cap: a synthetic shelf holds up to 700 products).
#
#   inference/training/evaluate_cpp.sh [--seeds A:B] [--out DIR] [--cli FILE] [--model FILE]
#                                      [--hard-score-rate R] [--jobs N]
#
# Defaults: seeds 100000:100050 (the held-out range, 2448x3264, as inference/training/README.md
# says), DIR /var/tmp/shelflabel/heldout-cpp/SEEDS, build/bin/shelflabel-cli, the bundled model.
# Shelves already in DIR are reused. Tune on seeds 200000 and up, never on the held-out ones.
# Run from the repository root; about 4 s a shelf to generate, 1 s a shelf for each predict run.
set -eu

SEEDS=100000:100050
OUT=
CLI=build/bin/shelflabel-cli
MODEL=
RATE=
JOBS=1
while [ $# -gt 0 ]; do
    case "$1" in
    --seeds) SEEDS=$2; shift 2 ;;
    --out) OUT=$2; shift 2 ;;
    --cli) CLI=$2; shift 2 ;;
    --model) MODEL=$2; shift 2 ;;
    --hard-score-rate) RATE=$2; shift 2 ;;
    --jobs) JOBS=$2; shift 2 ;;
    -h | --help) sed -n '2,13s/^# \{0,1\}//p' "$0"; exit 0 ;;
    *) echo "evaluate_cpp.sh: unknown argument $1 (see --help)" >&2; exit 2 ;;
    esac
done
HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/heldout_shelves.sh"
[ -n "$OUT" ] || OUT=$(shelves_folder "$SEEDS")
require_cli "$CLI" evaluate_cpp.sh
CLI=$(cd "$(dirname "$CLI")" && pwd)/$(basename "$CLI")

IMAGES=$OUT/images
make_shelves "$IMAGES" "$SEEDS" "$JOBS"

set --
[ -z "$MODEL" ] || set -- "$@" --model "$MODEL"
[ -z "$RATE" ] || set -- "$@" --hard-score-rate "$RATE"
PRED=$OUT/pred
mkdir -p "$PRED"
# predict takes the images in the order given; sort so that every run lists them alike.
ls "$IMAGES"/*.jpg | sort >"$OUT/images.txt"
# shellcheck disable=SC2046
"$CLI" predict $(cat "$OUT/images.txt") "$@" --merge all --out "$PRED/run.csv" --quiet
mv "$PRED/run.nms.csv" "$PRED/nms.csv"
mv "$PRED/run.em.csv" "$PRED/em.csv"
# shellcheck disable=SC2046
"$CLI" predict $(cat "$OUT/images.txt") "$@" --merge em-reference --out "$PRED/em-reference.csv" \
    --quiet

for CAP in 300 1000; do
    echo "== $SEEDS, at most $CAP detections per image"
    (cd "$PRED" && "$CLI" eval --truth "$IMAGES/annotations.csv" --pred em.csv \
        --pred em-reference.csv --pred nms.csv --max-detections "$CAP") >"$OUT/table-$CAP.txt"
    cat "$OUT/table-$CAP.txt"
done
echo "Tables in $OUT/table-300.txt and $OUT/table-1000.txt"
