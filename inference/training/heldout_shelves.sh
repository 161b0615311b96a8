# Sourced by evaluate_cpp.sh and merge_study.sh: where their shelves live, how they are made, and
# the check that the CLI they drive is built. Needs $HERE, the folder of these scripts.

# The default folder of a seed range A:B.
shelves_folder() {
    echo "/var/tmp/shelflabel/heldout-cpp/$(echo "$1" | tr ':' '-')"
}

# make_shelves DIR SEEDS JOBS: the shelves of SEEDS in DIR, unless DIR has them already. Same
# generator settings as the training README's held-out shelves: 2448x3264, 100..700 products,
# saved at quality 88.
make_shelves() {
    if [ ! -s "$1/annotations.csv" ]; then
        /usr/bin/python3 "$HERE/synth_shelves.py" --out "$1" --seeds "$2" --jobs "$3" --quiet
    fi
}

# require_cli FILE SCRIPT: stops SCRIPT with a message when FILE is not an executable.
require_cli() {
    if [ ! -x "$1" ]; then
        echo "$2: $1 not found; build it first (packaging/build.sh)" >&2
        exit 1
    fi
}
