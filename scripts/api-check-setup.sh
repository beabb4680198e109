#!/usr/bin/env bash
# Once per machine, after ../shared/jenkins-api-check/setup.sh (and again after changing core or
# sandbox): puts this project's own core (main) and sandbox (test) jars where the shared checker
# looks for jars, so that its plain form, `check.sh plugin/src/main/java plugin/src/test/java`
# (what the before-stop hook runs), also knows the plugin's own dependencies.
# scripts/api-check.sh checks against core's sources instead and needs none of this.
set -euo pipefail
cd "$(dirname "$0")/.."
state="${JENKINS_API_CHECK_STATE:-$HOME/.cache/jenkins-api-check}"
[ -d "$state/lib/main" ] && [ -d "$state/lib/test" ] || {
  echo "run ../shared/jenkins-api-check/setup.sh first (no $state/lib)" >&2
  exit 2
}
./mvnw -B -q -pl sandbox,core install -DskipTests -Djacoco.skip=true -Dspotless.check.skip=true
version=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' pom.xml | head -1)
rm -f "$state"/lib/main/dingtalk-inspect-*.jar "$state"/lib/test/dingtalk-inspect-*.jar
cp "core/target/dingtalk-inspect-core-$version.jar" "$state/lib/main/"
cp "sandbox/target/dingtalk-inspect-sandbox-$version.jar" "$state/lib/test/"
jmustache=$(find "${MAVEN_REPO:-$HOME/.m2/repository}/com/samskivert/jmustache" -name 'jmustache-*.jar' | sort | tail -1)
[ -n "$jmustache" ] && cp "$jmustache" "$state/lib/main/"
echo "core and sandbox jars ($version) installed for jenkins-api-check in $state/lib"
