#!/usr/bin/env bash
# Starts SDG Hub on this machine: builds what changed, then runs PostgreSQL, a Kafka broker and
# every service, each as its own process, until Ctrl-C. Options: deploy/run-local.sh --help
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

want_build=auto
for arg in "$@"; do
  case "$arg" in
    --help|-h) want_build=no ;;
    --rebuild) want_build=yes ;;
  esac
done
[ -z "${SDGHUB_SKIP_BUILD:-}" ] || want_build=no

launcher="$root/deploy/local-stack/target"
stamp="$launcher/build.stamp"

# A build is needed when something it makes is missing or a file of the checkout (outside build
# output) is newer than the last successful build.
build_is_stale() {
  [ -f "$stamp" ] && [ -f "$launcher/classpath.txt" ] || return 0
  for service in partners-service projects-service funding-service gateway; do
    [ -f "$root/$service/target/quarkus-app/quarkus-run.jar" ] || return 0
  done
  [ -n "$(find "$root" \( -name target -o -name .git -o -name node_modules \) -prune \
    -o -type f -newer "$stamp" -print -quit)" ]
}

if [ "$want_build" = yes ] || { [ "$want_build" = auto ] && build_is_stale; }; then
  echo "Building SDG Hub (the first build downloads dependencies and takes a few minutes)…"
  mkdir -p "$launcher"
  # Stamped before it starts: a file changed during the build makes the next start build again.
  touch "$stamp.next"
  ./mvnw -q package -DskipTests -Dspotless.check.skip=true
  mv "$stamp.next" "$stamp"
elif [ "$want_build" = auto ]; then
  echo "Nothing changed since the last build: not building (--rebuild forces it)."
fi

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
