#!/usr/bin/env bash
# Sanxiang's one entry point, in the style of the Alfresco SDK's run.sh.
#   ./run.sh            build what is missing and start the standalone runtime (sandbox mode)
#   ./run.sh test       run every test (the README's test command; CI runs exactly this)
#   ./run.sh build      build all modules and the AMPs, skipping tests
#   ./run.sh <command>  pass a command to the standalone jar (serve, demo, evaluate, calendar, ...)
#   ./run.sh build_start | start | stop | purge | tail   Alfresco in docker/ (needs a Docker engine)
set -euo pipefail
cd "$(dirname "$0")"

MVN="${MVN:-mvn}"
MVN_FLAGS=(-B -ntp)
STANDALONE_JAR_GLOB="standalone/target/sanxiang-standalone-*-all.jar"

need() {
  command -v "$1" >/dev/null 2>&1 || { echo "run.sh: '$1' is required ($2)" >&2; exit 2; }
}

standalone_jar() {
  # shellcheck disable=SC2086
  ls $STANDALONE_JAR_GLOB 2>/dev/null | head -n 1 || true
}

build() {
  need java "JDK 17 or newer"
  need "$MVN" "Maven 3.8 or newer"
  "$MVN" "${MVN_FLAGS[@]}" -DskipTests install "$@"
}

run_standalone() {
  local jar
  jar=$(standalone_jar)
  if [ -z "$jar" ]; then
    build -q
    jar=$(standalone_jar)
  fi
  if [ -z "$jar" ]; then
    cat >&2 <<'MSG'
run.sh: the standalone runtime is not built yet.
  The modules content-models, workflows, repo-amp and share-amp build, but the runnable
  standalone jar (embedded Activiti engine, embedded CMIS server, REST API) has not been
  written yet. Until it lands, `./run.sh test` runs everything there is.
MSG
    exit 3
  fi
  exec java ${JAVA_OPTS:-} -jar "$jar" "$@"
}

compose() {
  need docker "a Docker engine, for the Alfresco stack in docker/"
  docker compose -f docker/docker-compose.yml "$@"
}

case "${1:-serve}" in
  test)
    shift
    need java "JDK 17 or newer"
    need "$MVN" "Maven 3.8 or newer"
    "$MVN" "${MVN_FLAGS[@]}" verify "$@"
    ;;
  build)
    shift
    build "$@"
    ;;
  build_start)
    build
    compose up --build -d
    ;;
  start)
    compose up -d
    ;;
  stop)
    compose down
    ;;
  purge)
    compose down -v
    ;;
  tail)
    compose logs -f
    ;;
  *)
    run_standalone "$@"
    ;;
esac
