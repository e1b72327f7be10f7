#!/bin/sh
# camel-dicom receiver benchmark (issue 8). See bench/README.md.
#
#   bench/run.sh [--scale 0.1] [--repeat N] [--cases small-1,medium-1,...] [--jfr]
#
# Generates the synthetic corpora (once per scale) under $BENCH_DIR (default /tmp/camel-dicom-bench, outside the
# repository), then drives storescu against DCMTK's dcmrecv/storescp and our receiver, and writes
# bench/results/<time>-scale<S>.jsonl. Build the jar first: mvn -B -q -DskipTests package
set -eu
here=$(cd "$(dirname "$0")" && pwd)
scale=1
prev=
for a in "$@"; do
    if [ "$prev" = --scale ]; then scale=$a; fi
    prev=$a
done
bench_dir=${BENCH_DIR:-/tmp/camel-dicom-bench}
corpus="$bench_dir/corpus-scale$scale"
python3 "$here/gen_corpus.py" --out "$corpus" --scale "$scale"
exec python3 "$here/run.py" --corpus "$corpus" --work "$bench_dir/work" "$@"
