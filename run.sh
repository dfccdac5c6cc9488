#!/usr/bin/env bash
# Sanxiang's one entry point, in the style of the Alfresco SDK's run.sh.
#   ./run.sh            build what is missing and start the standalone runtime (sandbox mode)
#   ./run.sh test       run every test (the README's test command; CI runs exactly this)
#   ./run.sh build      build all modules and the AMPs, skipping tests
#   ./run.sh setup      install what the machine lacks (a CJK TrueType font for official documents;
#                       for the tests, Debian's chromium and chromium-driver for the console's browser suite)
#   ./run.sh <command>  pass a command to the standalone jar (serve, demo, evaluate, calendar, ...)
#   ./run.sh build_start | start | stop | purge | tail   Alfresco in docker/ (needs a Docker engine)
set -euo pipefail
cd "$(dirname "$0")"

MVN="${MVN:-mvn}"
MVN_FLAGS=(-B -ntp)
STANDALONE_JAR_GLOB="standalone/target/sanxiang-standalone-*-all.jar"
DEFAULT_JAVA_OPTS="-XX:+UseParallelGC"

need() {
  command -v "$1" >/dev/null 2>&1 || { echo "run.sh: '$1' is required ($2)" >&2; exit 2; }
}

standalone_jar() {
  # shellcheck disable=SC2086
  ls $STANDALONE_JAR_GLOB 2>/dev/null | head -n 1 || true
}

# Official documents (PDF/A, OFD) are set in a CJK TrueType font; PDFBox cannot embed CFF fonts
# such as Noto Sans CJK. Installs fonts-wqy-microhei where no such font is present, when this is a
# Debian-like machine and we are root; otherwise says what to install. A bureau's own font is set
# with sanxiang.documents.font and needs none of this.
CJK_FONTS=(/usr/share/fonts/truetype/wqy/wqy-microhei.ttc /usr/share/fonts/truetype/wqy/wqy-zenhei.ttc
  /usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf /usr/share/fonts/wqy-microhei/wqy-microhei.ttc)

ensure_cjk_font() {
  local f
  for f in "${CJK_FONTS[@]}"; do
    [ -r "$f" ] && return 0
  done
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    echo "run.sh: installing fonts-wqy-microhei (a CJK TrueType font for official documents)" >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-wqy-microhei >/dev/null
  else
    cat >&2 <<'MSG'
run.sh: no CJK TrueType font for official documents (PDF/A, OFD). Install one, e.g. as root on
  Debian/Ubuntu: apt-get install fonts-wqy-microhei   (Fedora/RHEL: dnf install wqy-microhei-fonts)
  or point the setting sanxiang.documents.font at a .ttf/.ttc file (-Dsanxiang.documents.font=FILE).
MSG
  fi
}

# The console's browser suite drives Debian's headless chromium through its chromedriver (nothing is
# downloaded at build time). Installs both where missing, when this is a Debian-like machine and we are
# root; otherwise says so, and the suite skips saying why.
ensure_browser() {
  if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
    return 0
  fi
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    echo "run.sh: installing chromium and chromium-driver (the console's browser tests)" >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null \
      || echo "run.sh: chromium could not be installed; the console's browser suite will skip" >&2
  else
    cat >&2 <<'MSG'
run.sh: no /usr/bin/chromium and /usr/bin/chromedriver: the console's browser suite will skip.
  Debian/Ubuntu, as root: apt-get install chromium chromium-driver
MSG
  fi
}

setup() {
  ensure_cjk_font
  ensure_browser
}

build() {
  need java "JDK 17 or newer"
  need "$MVN" "Maven 3.8 or newer"
  "$MVN" "${MVN_FLAGS[@]}" -DskipTests install "$@"
}

run_standalone() {
  local jar
  ensure_cjk_font
  jar=$(standalone_jar)
  if [ -z "$jar" ]; then
    build -q
    jar=$(standalone_jar)
  fi
  if [ -z "$jar" ]; then
    cat >&2 <<'MSG'
run.sh: the standalone runtime is not built yet.
  The build ran but left no standalone/target/sanxiang-standalone-*-all.jar: see its output
  above, fix what it reports, then run ./run.sh again (or ./run.sh build to build alone).
MSG
    exit 3
  fi
  # The throughput collector unless JAVA_OPTS says otherwise: on two cores G1's concurrent marking and write
  # barriers cost the load test about a seventh of its CPU (docs/benchmarks.md, "The journey, 2026-12-08").
  # shellcheck disable=SC2086
  exec java ${JAVA_OPTS-$DEFAULT_JAVA_OPTS} -jar "$jar" "$@"
}

compose() {
  need docker "a Docker engine with Compose v2, for the Alfresco stack in docker/"
  docker compose version >/dev/null 2>&1 || {
    echo "run.sh: 'docker compose' (Compose v2) is required for the Alfresco stack in docker/" >&2
    exit 2
  }
  docker compose -f docker/docker-compose.yml "$@"
}

# Builds the two AMPs (package only: nothing is installed into ~/.m2) and puts them into the
# docker build contexts, replacing older ones, as the Alfresco SDK's run.sh build_start does.
build_amps() {
  need java "JDK 17 or newer"
  need "$MVN" "Maven 3.8 or newer"
  "$MVN" "${MVN_FLAGS[@]}" -DskipTests clean package -pl repo-amp,share-amp -am
  local module target
  for module in repo-amp:alfresco share-amp:share; do
    target="docker/${module#*:}/amps"
    mkdir -p "$target"
    rm -f "$target"/*.amp
    cp "${module%%:*}"/target/sanxiang-*.amp "$target"/
  done
}

case "${1:-serve}" in
  test)
    shift
    need java "JDK 17 or newer"
    need "$MVN" "Maven 3.8 or newer"
    setup
    "$MVN" "${MVN_FLAGS[@]}" verify "$@"
    ;;
  build)
    shift
    build "$@"
    ;;
  setup)
    setup
    ;;
  build_start)
    build_amps
    compose up --build -d
    echo "Alfresco: http://localhost:8080/alfresco  Share: http://localhost:8180/share  (admin/admin; ./run.sh tail to follow the logs)"
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
