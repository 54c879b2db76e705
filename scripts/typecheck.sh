#!/usr/bin/env bash
# `npm run typecheck`: `tsc --noEmit` on the root tooling project and on every package that has a
# tsconfig.json, each with its own settings (web has DOM + JSX, server has Node types, ...).
# Runs them all, then fails if any failed.
set -uo pipefail
cd "$(dirname "$0")/.."

status=0
for dir in . packages/*; do
  if [ ! -f "$dir/tsconfig.json" ]; then
    echo "typecheck: skipping $dir (no tsconfig.json)"
    continue
  fi
  echo "typecheck: tsc --noEmit -p $dir"
  node_modules/.bin/tsc --noEmit -p "$dir" || status=1
done
exit $status
