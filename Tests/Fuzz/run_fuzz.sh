#!/usr/bin/env bash
# Builds the libFuzzer target over every importer and runs it on a seed corpus of real files.
#
#   Tests/Fuzz/run_fuzz.sh [RUNS]        # default 1000000 executions
#
# Build: the library modules with `-sanitize=fuzzer` (coverage for libFuzzer) in .build-fuzz, then
# Tests/Fuzz/FuzzEntry.swift linked against them with libFuzzer's main. Nothing here is part of
# `swift build` or `swift test`. Seeds: Tests/Fuzz/Seeds (committed) plus the articles; the corpus
# libFuzzer grows goes to .build-fuzz/corpus. Crashes and timeouts are written to .build-fuzz/findings
# (reproduce one with `.build-fuzz/fuzz-importers FILE`). libFuzzer reports slow units in whole seconds
# only, so the script then times every corpus file: with a release dlquiz-bench (FUZZ_CORPUS mode,
# uninstrumented) when one is built, else through the instrumented target (an upper bound). FUZZ_SEEDS=DIR adds a seed folder;
# FUZZ_MAX_LEN=N caps the input size (default 65536).
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS="${1:-1000000}"
OUT=.build-fuzz
mkdir -p "$OUT/corpus" "$OUT/findings"

swift build -c release --build-path "$OUT" --target ImportExport -Xswiftc -sanitize=fuzzer >&2
OBJ="$OUT/release"
objects=()
for m in CorpusData Platform JSONKit Corpus ImportExport; do
    objects+=("$OBJ/$m.build"/*.o)
done
swiftc -O -sanitize=fuzzer -parse-as-library -module-name FuzzImporters \
    -I "$OBJ/Modules" -Xcc -fmodule-map-file="$OBJ/CorpusData.build/module.modulemap" \
    Tests/Fuzz/FuzzEntry.swift "${objects[@]}" -o "$OUT/fuzz-importers"

seeds=(Tests/Fuzz/Seeds Tests/Fuzz/Regressions)
for dir in Data/articles ${FUZZ_SEEDS:-}; do [ -d "$dir" ] && seeds+=("$dir"); done

"$OUT/fuzz-importers" "$OUT/corpus" "${seeds[@]}" \
    -runs="$RUNS" -timeout=1 -rss_limit_mb=2048 -max_len="${FUZZ_MAX_LEN:-65536}" \
    -artifact_prefix="$OUT/findings/" -print_final_stats=1 2>&1 | tee "$OUT/fuzz.log" | grep -v '^#[0-9]*.*\(NEW\|REDUCE\|pulse\)' || true
grep -q 'Done [0-9]* runs' "$OUT/fuzz.log" || { echo "fuzz: did not finish (see $OUT/fuzz.log)"; exit 1; }

# Time each input of the grown corpus (and the seeds) once. Uninstrumented when a release dlquiz-bench
# exists (`swift build -c release --product dlquiz-bench`): every file through every reader, best of three
# for the slowest. Otherwise through the instrumented target: an upper bound.
if [ -x .build/release/dlquiz-bench ]; then
    FUZZ_CORPUS="$(IFS=:; echo "$OUT/corpus:${seeds[*]}")" .build/release/dlquiz-bench fuzz 2>/dev/null
else
    find "$OUT/corpus" "${seeds[@]}" -type f -print0 | xargs -0 -n 200 "$OUT/fuzz-importers" 2>&1 |
        awk '/^Executed .* in [0-9]+ ms/ { n++; t = $(NF-1); sum += t; if (t > max) { max = t; slow = $2 } }
             END { printf "timed %d inputs with the fuzzer instrumentation (an upper bound): mean %.2f ms, slowest %d ms (%s)\n", n, sum / n, max, slow }'
fi
ls "$OUT/findings" | grep -q . && { echo "fuzz: findings in $OUT/findings"; exit 1; } || echo "fuzz: no crash, no timeout"
