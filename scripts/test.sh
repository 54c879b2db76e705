#!/usr/bin/env bash
# `npm test`: installs what the tests need, then runs every suite in CI order (STYLE.md §8):
# format check → lint → typecheck → build → vitest on PGlite → vitest server on PostgreSQL → e2e.
# A failing step does not stop the run, so every suite reports; the exit code is non-zero if any
# step failed. The last line is `N passed, N failed` (scripts/summarize-results.mjs).
set -uo pipefail
cd "$(dirname "$0")/.."

REPORTS=.reports
rm -rf "$REPORTS" && mkdir -p "$REPORTS" # stale reports must never be counted
STEPS="$REPORTS/steps.tsv"
: >"$STEPS"
FAILED=0
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo -n" # -n: CI has no stdin, so fail instead of prompting

# record NAME EXIT [REPORT]: one line per step for the summary.
record() {
  printf '%s\t%s\t%s\n' "$1" "$2" "${3:-}" >>"$STEPS"
  if [ "$2" -ne 0 ]; then
    FAILED=1
    echo "=== $1: FAILED (exit $2)"
  fi
}

# step NAME REPORT CMD...: run a CI step, record its exit code, never abort the script.
step() {
  local name=$1 report=$2
  shift 2
  echo
  echo "=== $name: $*"
  "$@"
  record "$name" $? "$report"
}

# Setup failures appear in the summary as failed steps; successful setup is not a test.
setup_failed() { record "setup: $1" 1; }

# --- setup ------------------------------------------------------------------------------------
bash scripts/ensure-deps.sh || setup_failed "npm ci"

# Debian's Chromium for Playwright (never a downloaded browser) and CJK fonts so screenshots
# show Chinese. `apt-get update` only when the cached package lists are not enough.
# dicom3tools (dciodvfy), python3-pydicom and biosig-tools (save2gdf) are the independent
# validator and readers the ECG format tests check our files against.
APT_PACKAGES="chromium fonts-noto-cjk fonts-tibetan-machine poppler-utils dicom3tools python3-pydicom biosig-tools"
apt_missing() { for p in $APT_PACKAGES; do dpkg -s "$p" >/dev/null 2>&1 || return 0; done; return 1; }
if [ ! -x /usr/bin/chromium ] || apt_missing; then
  # shellcheck disable=SC2086
  apt_install() { $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q $APT_PACKAGES; }
  apt_install || { $SUDO apt-get update -q && apt_install; } || setup_failed "apt-get install $APT_PACKAGES"
fi

# PostgreSQL at 127.0.0.1:5432 (the CI machine has one) with a database just for this run.
PG_DB="gesang_test_$$"
PG_READY=0
pg_ready() { pg_isready -q -h 127.0.0.1 -p 5432; }
if ! pg_ready; then
  version=$(ls /etc/postgresql 2>/dev/null | sort -V | tail -n 1)
  [ -n "$version" ] && $SUDO pg_ctlcluster --skip-systemctl-redirect "$version" main start
  for _ in $(seq 1 30); do pg_ready && break || sleep 1; done
fi
psql_admin() { psql -h 127.0.0.1 -U postgres -d postgres -v ON_ERROR_STOP=1 -q -X "$@"; }
if pg_ready && psql_admin -c "CREATE DATABASE $PG_DB"; then
  PG_READY=1
  trap 'psql_admin -c "DROP DATABASE IF EXISTS $PG_DB WITH (FORCE)" || true' EXIT
else
  setup_failed "PostgreSQL at 127.0.0.1:5432"
fi
trap 'exit 130' INT TERM # run the EXIT trap (drop the database) on Ctrl-C too

# --- CI steps ---------------------------------------------------------------------------------
VITEST=(node_modules/.bin/vitest run --reporter=default --reporter=json)

step "format:check" "" npm run format:check
step "lint" "" npm run lint
step "typecheck" "" npm run typecheck
step "build" "" npm run build
# On PGlite every test file has its own database and data folder: one file per core (vitest's
# default here was one file at a time, ~9 of CI's 20 minutes). On PostgreSQL the files share one
# database, whose job queue another file's server would take jobs from: one file at a time.
step "vitest unit+server (PGlite)" vitest-pglite.json env GESANG_TEST_DB=pglite \
  "${VITEST[@]}" --outputFile="$REPORTS/vitest-pglite.json" --project unit --project server \
  --maxWorkers="$(nproc)"
if [ "$PG_READY" -eq 1 ]; then
  step "vitest server (PostgreSQL)" vitest-postgres.json env GESANG_TEST_DB=postgres \
    GESANG_TEST_DATABASE_URL="postgres://postgres@127.0.0.1:5432/$PG_DB" \
    "${VITEST[@]}" --outputFile="$REPORTS/vitest-postgres.json" --project server --maxWorkers=1
else
  record "vitest server (PostgreSQL)" 1
fi
# playwright.config.ts writes its JSON report to .reports/e2e.json.
step "e2e (Playwright, Chromium)" e2e.json npm run test:e2e

# --- summary ----------------------------------------------------------------------------------
node scripts/summarize-results.mjs --exit-code=$FAILED
exit $FAILED
