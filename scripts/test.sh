#!/usr/bin/env bash
# The project's whole test run (the README's test command, called by .ci/run).
# Installs what the tests need, starts a throw-away Neo4j unless NEO4J_URI is
# set, runs type checks and every vitest project, and stops Neo4j afterwards
# even when tests fail.
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf '\n== %s\n' "$*"; }

log "node dependencies"
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci
fi

bash scripts/ensure-system-packages.sh

log "type check"
npm run --silent typecheck

log "build the explorer"
npm run --silent build:web

# Tests make temporary folders (graphs, corpora, browser profiles, 100 MB files);
# they all go under one folder that is removed at the end, pass or fail.
TESTS_TMPDIR=$(mktemp -d /tmp/policy-kg-tests.XXXXXX)
export TMPDIR="$TESTS_TMPDIR"
NEO4J_PID=""
cleanup() {
  if [ -n "$NEO4J_PID" ]; then
    kill "$NEO4J_PID" 2>/dev/null || true
    wait "$NEO4J_PID" 2>/dev/null || true
    rm -rf "$NEO4J_TEST_DIR"
  fi
  rm -rf "$TESTS_TMPDIR"
}
trap cleanup EXIT
if [ -z "${NEO4J_URI:-}" ]; then
  log "start a throw-away Neo4j"
  NEO4J_TEST_DIR=$(mktemp -d /tmp/policy-kg-neo4j.XXXXXX)
  export NEO4J_PASSWORD="test-password-$$"
  export NEO4J_USERNAME=neo4j
  NEO4J_PORT=${NEO4J_TEST_PORT:-$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')}
  bash scripts/neo4j/run.sh --port "$NEO4J_PORT" --data "$NEO4J_TEST_DIR/data" --password "$NEO4J_PASSWORD" \
    >"$NEO4J_TEST_DIR/neo4j.log" 2>&1 &
  NEO4J_PID=$!
  for _ in $(seq 1 600); do
    if grep -q "Neo4j ready at" "$NEO4J_TEST_DIR/neo4j.log" 2>/dev/null; then break; fi
    if ! kill -0 "$NEO4J_PID" 2>/dev/null; then cat "$NEO4J_TEST_DIR/neo4j.log"; echo "Neo4j failed to start" >&2; exit 1; fi
    sleep 1
  done
  grep -q "Neo4j ready at" "$NEO4J_TEST_DIR/neo4j.log" || { cat "$NEO4J_TEST_DIR/neo4j.log"; echo "Neo4j did not start in 10 minutes" >&2; exit 1; }
  export NEO4J_URI="bolt://127.0.0.1:$NEO4J_PORT"
  echo "Neo4j at $NEO4J_URI"
fi

# Projects run one after another: integration and e2e share one Neo4j database.
mkdir -p test-artifacts
status=0
for project in unit integration e2e; do
  log "tests: $project"
  npx vitest run --project "$project" --passWithNoTests --reporter=default --reporter=json \
    --outputFile="test-artifacts/vitest-$project.json" "$@" || status=1
done
node scripts/print-test-totals.mjs test-artifacts/vitest-unit.json test-artifacts/vitest-integration.json test-artifacts/vitest-e2e.json || status=1
exit $status
