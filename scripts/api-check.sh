#!/usr/bin/env bash
# Type-checks the plugin module (main and test) against the real Jenkins API sources with
# ../shared/jenkins-api-check, plus our own core (main) and sandbox (test) sources, which the
# shared configuration does not know. Zero errors is the bar before committing plugin code.
set -euo pipefail
cd "$(dirname "$0")/.."
export JENKINS_API_CHECK_CONF="$PWD/plugin/api-check.conf"
exec ../shared/jenkins-api-check/check.sh "$@" plugin/src/main/java plugin/src/test/java
