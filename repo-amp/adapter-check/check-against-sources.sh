#!/usr/bin/env bash
# Compiles the Alfresco adapter (repo-amp/src/main/alfresco-java) against Alfresco's SOURCES, for machines that
# cannot reach Alfresco's artifact repository (where `mvn -Palfresco verify` is the real check).
#
#   repo-amp/adapter-check/check-against-sources.sh <alfresco-community-repo checkout> <surf-webscripts checkout> \
#       <directory of Alfresco's libraries>
#
# The checkouts must be at the tags the adapter targets: alfresco-community-repo 26.2.0.96 and surf-webscripts
# spring-surf-webscripts-parent-10.2 (git clone https://github.com/Alfresco/alfresco-community-repo; git checkout
# 26.2.0.96). The third argument is a directory holding checkouts of the three Alfresco libraries that ACS
# 26.2.0.96 uses and that are not on Maven Central, each at the version its repository/pom.xml pins:
#   alfresco-greenmail       https://github.com/Alfresco/alfresco-greenmail       tag alfresco-greenmail-7.1
#   alfresco-transform-core  https://github.com/Alfresco/alfresco-transform-core  tag 5.4.3 (its model module)
#   alfresco-sync-events     https://github.com/Alfresco/alfresco-sync-events     tag alfresco-sync-events-1.2.14
# (a typed bpm_package ScriptNode reaches IMAP, CMIS and the transform registry's signatures, so javac needs them).
# javac reads only the Alfresco classes the adapter reaches (-sourcepath, -implicit:none). Needs a
# JDK 21+ (JAVA_HOME or javac on PATH) and Maven. Compiling against sources cannot tell public from internal API:
# the adapter keeps to the public API by review.
set -euo pipefail
ACS=$(cd "${1:?alfresco-community-repo checkout}" && pwd)
SURF=$(cd "${2:?surf-webscripts checkout}" && pwd)
LIBS=$(cd "${3:?directory with alfresco-greenmail, alfresco-transform-core, alfresco-sync-events checkouts}" && pwd)
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
JAVAC="${JAVA_HOME:+$JAVA_HOME/bin/}javac"
"$JAVAC" --release 21 -version >/dev/null 2>&1 || { echo "needs a JDK 21 or newer (set JAVA_HOME)" >&2; exit 2; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

mvn -B -q -ntp -f "$HERE/third-party.pom.xml" dependency:build-classpath -Dmdep.outputFile="$WORK/third-party.cp"
( cd "$ROOT" && mvn -B -q -ntp -pl repo-amp -am compile dependency:build-classpath -Dmdep.outputFile="$WORK/ours.cp" )
OURS="$ROOT/content-models/target/classes:$ROOT/workflows/target/classes:$ROOT/adapters/target/classes:$ROOT/repo-amp/target/classes:$(cat "$WORK/ours.cp")"

SOURCEPATH="$ACS/core/src/main/java:$ACS/data-model/src/main/java:$ACS/repository/src/main/java:$ACS/remote-api/src/main/java"
for m in spring-surf-core/spring-surf-core-configservice spring-surf-core/spring-surf-core \
         spring-webscripts/spring-webscripts-api spring-webscripts/spring-webscripts; do
  SOURCEPATH="$SOURCEPATH:$SURF/$m/src/main/java"
done
for lib in alfresco-greenmail/src/main/java alfresco-transform-core/model/src/main/java alfresco-sync-events/src/main/java; do
  [ -d "$LIBS/$lib" ] || { echo "missing $LIBS/$lib (see the usage above)" >&2; exit 2; }
  SOURCEPATH="$SOURCEPATH:$LIBS/$lib"
done
mapfile -t FILES < <(find "$ROOT/repo-amp/src/main/alfresco-java" -name '*.java')
[ ${#FILES[@]} -gt 0 ] || { echo "no adapter sources" >&2; exit 1; }
# Alfresco's own (Spring 7) classpath first, then ours.
"$JAVAC" --release 21 -proc:none -implicit:none -nowarn -Xmaxerrs 200 -encoding UTF-8 -d "$WORK/classes" \
  -cp "$(cat "$WORK/third-party.cp"):$OURS" -sourcepath "$SOURCEPATH" "${FILES[@]}"
echo "adapter: ${#FILES[@]} files compile against $(git -C "$ACS" describe --tags 2>/dev/null || echo "$ACS")"
