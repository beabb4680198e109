#!/usr/bin/env bash
# Reruns every figure in docs/performance.md on this machine (about 10 minutes on 2 cores).
# From the repository root:
#   bash bench/run.sh               # build, machine facts, JMH benchmarks, connection check, burst runs
#   SKIP_BUILD=1 bash bench/run.sh  # reuse cli/target/dingtalk-inspect.jar and bench/target/benchmarks.jar
# CARD_OPTS, CLIENT_OPTS (JMH options) and RUNS (burst runs per case) override the defaults.
# Everything printed is also kept in bench/target/results/ (JMH JSON and text, load JSON lines).
set -euo pipefail
cd "$(dirname "$0")/.."
out=bench/target/results
# the client's new-connection path needs 20 s or more of warm-up on a busy 2-core machine; the cards need less
CARD_OPTS=${CARD_OPTS:-"-f 1 -wi 5 -i 5 -w 2s -r 2s"}
CLIENT_OPTS=${CLIENT_OPTS:-"-f 1 -wi 10 -i 5 -w 2s -r 2s"}
RUNS=${RUNS:-3}

if [ -z "${SKIP_BUILD:-}" ]; then
  ./mvnw -B -q package -DskipTests
  ./mvnw -B -q -Pbench -pl bench -am install -DskipTests -Djacoco.skip=true -Dspotless.check.skip=true
fi
mkdir -p "$out"

echo "== machine"
nproc
java -version 2>&1
grep 'model name' /proc/cpuinfo | head -1
free -h

jmh() { # name, JMH options, then JMH arguments; the load before and after is printed
  local name=$1 opts=$2
  shift 2
  uptime
  # shellcheck disable=SC2086
  java -jar bench/target/benchmarks.jar "$@" $opts -rf json -rff "$out/$name.json" | tee "$out/$name.txt"
  uptime
}

echo "== 1. per-card cost (with allocation per operation)"
jmh card "$CARD_OPTS" CardBenchmark -prof gc
echo "== 2. client against the sandbox, one sender"
jmh client "$CLIENT_OPTS" ClientBenchmark
echo "== 2b. client against the sandbox, four senders (throughput only)"
jmh client-t4 "$CLIENT_OPTS" ClientBenchmark.throughput -t 4
echo "== connections per message, and where the time goes"
java -cp bench/target/benchmarks.jar io.jenkins.plugins.dingtalkinspect.bench.ConnectionCheck 3000 | tee "$out/connection-check.txt"

echo "== 3. bursts through the load command"
: > "$out/load.jsonl"
for args in "--robots 1" "--robots 5" "--robots 1 --threads 50"; do
  for run in $(seq "$RUNS"); do
    load=$(uptime | sed 's/.*load average: //')
    # shellcheck disable=SC2086
    figures=$(java -jar cli/target/dingtalk-inspect.jar load --messages 100 --limit 20 --window 2s $args --json)
    echo "{\"args\":\"$args\",\"run\":$run,\"load\":\"$load\",\"figures\":$figures}" | tee -a "$out/load.jsonl"
  done
done
