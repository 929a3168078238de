#!/usr/bin/env bash
# Runs a local Neo4j 5 community server (embedded, see launcher/) in the
# foreground. Needs only Java 17+ and Maven; the first run resolves the Neo4j
# jars into ~/.m2 (non-interactive), later runs start straight away.
#
#   bash scripts/neo4j/run.sh [--port N] [--data DIR] [--password PW] [--listen ADDR]
#                             [--stop-on-stdin-close]
#
# Defaults: port 7687 (NEO4J_PORT), data .neo4j/data in the repository,
# password from NEO4J_PASSWORD (environment or .env) else "policy-kg-dev",
# listen 127.0.0.1. Prints "Neo4j ready at bolt://HOST:PORT" once Bolt accepts
# connections; Ctrl-C (SIGINT) or SIGTERM shuts the databases down cleanly, and
# with --stop-on-stdin-close so does the end of stdin (test runners pass a pipe,
# so the server stops even if the runner is killed).
# JVM memory: NEO4J_JAVA_OPTS (default -Xms256m -Xmx1g).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
launcher="$here/launcher"
target="$here/target"

env_file_value() { # the value of $1 in the repository's .env, if any
  [ -f "$repo/.env" ] || return 0
  sed -n "s/^[[:space:]]*$1[[:space:]]*=[[:space:]]*//p" "$repo/.env" | tail -n 1 | sed -e 's/^"\(.*\)"$/\1/' -e "s/^'\(.*\)'$/\1/"
}

port="${NEO4J_PORT:-7687}"
data="$repo/.neo4j/data"
password="${NEO4J_PASSWORD:-$(env_file_value NEO4J_PASSWORD)}"
password="${password:-policy-kg-dev}"
listen="127.0.0.1"

usage() { sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; }
extra=()
while [ $# -gt 0 ]; do
  case "$1" in
    --port) port="$2"; shift 2 ;;
    --data) data="$2"; shift 2 ;;
    --password) password="$2"; shift 2 ;;
    --listen) listen="$2"; shift 2 ;;
    --stop-on-stdin-close) extra+=(--stop-on-stdin-close); shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "run.sh: unknown option $1" >&2; usage >&2; exit 2 ;;
  esac
done

command -v java >/dev/null || { echo "run.sh: Java 17+ is required (java not found)" >&2; exit 1; }
java_major="$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')"
if [ "${java_major%%.*}" -lt 17 ] 2>/dev/null; then
  echo "run.sh: Java 17+ is required (found $java_major)" >&2; exit 1
fi

# Build once: resolve the classpath with Maven, compile the launcher with javac.
# Both results are cached in target/ and rebuilt only when pom.xml or the source change.
mkdir -p "$target"
classpath_file="$target/classpath.txt"
classes="$target/classes"
source_file="$launcher/src/main/java/org/policykg/neo4j/Launcher.java"
(
  flock 9 # concurrent first runs (tests, users) build once
  if [ ! -s "$classpath_file" ] || [ "$launcher/pom.xml" -nt "$classpath_file" ]; then
    command -v mvn >/dev/null || { echo "run.sh: Maven is required for the first run (mvn not found)" >&2; exit 1; }
    echo "Resolving Neo4j jars with Maven (first run only)..." >&2
    mvn -B -q -f "$launcher/pom.xml" dependency:build-classpath -Dmdep.outputFile="$classpath_file.tmp" >&2
    mv "$classpath_file.tmp" "$classpath_file"
  fi
  if [ ! -f "$classes/.built" ] || [ "$source_file" -nt "$classes/.built" ] || [ "$classpath_file" -nt "$classes/.built" ]; then
    rm -rf "$classes" && mkdir -p "$classes"
    javac -encoding UTF-8 --release 17 -nowarn -cp "$(cat "$classpath_file")" -d "$classes" "$source_file"
    touch "$classes/.built"
  fi
) 9>"$target/.build.lock"

mkdir -p "$data"
# The password goes to the launcher through the environment, not argv (ps shows argv).
export NEO4J_PASSWORD="$password"
# shellcheck disable=SC2086 # NEO4J_JAVA_OPTS is a list of JVM flags
exec java ${NEO4J_JAVA_OPTS:--Xms256m -Xmx1g} \
  --add-opens=java.base/java.nio=ALL-UNNAMED \
  --add-opens=java.base/java.io=ALL-UNNAMED \
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED \
  -Dfile.encoding=UTF-8 \
  -cp "$classes:$(cat "$classpath_file")" \
  org.policykg.neo4j.Launcher --port "$port" --data "$data" --listen "$listen" ${extra[@]+"${extra[@]}"}
