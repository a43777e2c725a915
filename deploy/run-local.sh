#!/usr/bin/env bash
# Starts SDG Hub on this machine: builds what is needed, then runs PostgreSQL, a Kafka broker and
# every service, each as its own process, until Ctrl-C. Options: deploy/run-local.sh --help
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

for arg in "$@"; do
  case "$arg" in
    --help|-h) skip_build=1 ;;
  esac
done

if [ -z "${skip_build:-}" ] && [ -z "${SDGHUB_SKIP_BUILD:-}" ]; then
  echo "Building SDG Hub (the first build downloads dependencies and takes a few minutes)…"
  ./mvnw -q package -DskipTests -Dspotless.check.skip=true
fi

launcher="$root/deploy/local-stack/target"
if [ ! -f "$launcher/classpath.txt" ]; then
  ./mvnw -q package -DskipTests -Dspotless.check.skip=true -pl deploy/local-stack -am
fi

# Temporary files of the run stay inside the checkout and are removed on exit.
mkdir -p "$launcher/tmp"
exec java -Xmx256m -Djava.io.tmpdir="$launcher/tmp" \
  -Djava.util.logging.manager=org.jboss.logmanager.LogManager \
  -Dsdghub.repo-root="$root" \
  -cp "$launcher/classes:$(cat "$launcher/classpath.txt")" \
  org.sdghub.localstack.LocalStack "$@"
