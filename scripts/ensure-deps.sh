#!/usr/bin/env bash
# Installs the locked dependencies when they are missing or older than package-lock.json
# (a fresh clone, or after someone changed the lockfile). Silent when already up to date, so
# `npm start` and `npm test` can call it every time.
set -euo pipefail
cd "$(dirname "$0")/.."

# npm writes node_modules/.package-lock.json at the end of every install: it is the marker.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "ensure-deps: installing dependencies (npm ci)" >&2
  npm ci --no-audit --no-fund
fi
