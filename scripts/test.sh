#!/usr/bin/env bash
# `npm test`: every test. Types, unit and integration tests (in UTC and in a DST zone), the
# production build, end-to-end tests in the system Chromium, and the libSQL-server smoke test.
set -euo pipefail
cd "$(dirname "$0")/.."
export TZ=UTC

step() { printf '\n=== %s\n' "$1"; }

step "messages and types"
npm run -s i18n >/dev/null
npx svelte-kit sync
npx svelte-check --tsconfig ./tsconfig.json --threshold error --output human

step "unit and integration tests (TZ=UTC)"
npx vitest run

step "time-zone tests again with TZ=Europe/Warsaw (DST)"
TZ=Europe/Warsaw npx vitest run src/lib/domain

step "production build"
npx vite build >/dev/null

step "end-to-end tests (system Chromium)"
npx playwright test

step "libSQL server smoke test"
bash scripts/test-sqld.sh
