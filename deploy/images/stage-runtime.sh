#!/usr/bin/env bash
# Lays out, in the directory given, the root filesystem layer of an SDG Hub image that needs no base
# image: a Java runtime made with jlink from the building JDK, the few shared libraries it loads
# (glibc, zlib, libstdc++) with the dynamic loader, the files a JVM expects (/etc/passwd for the
# user 185, /tmp), and a health check for hosts without Kubernetes' probes. Run by the images
# profile (-Pimages) of each service; Linux x86-64 only. With without-java, only the health check:
# for a base image that brings its own Java runtime, libc and users (see deploy/README.md).
set -euo pipefail

out=${1:?usage: stage-runtime.sh OUTPUT_DIR [with-java|without-java]}
java_layer=${2:-with-java}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
java_home=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
# What a Quarkus service on the JVM uses: JDBC, JMX and metrics, JNDI and RMI (the transaction
# manager), the HTTP client, TLS with EC keys, DNS, JFR, and the locales of the hub's languages.
modules=java.base,java.compiler,java.desktop,java.instrument,java.logging,java.management,\
java.naming,java.net.http,java.rmi,java.scripting,java.security.jgss,java.security.sasl,java.sql,\
java.transaction.xa,java.xml,jdk.crypto.ec,jdk.jfr,jdk.localedata,jdk.management,jdk.naming.dns,\
jdk.net,jdk.unsupported,jdk.zipfs

stamp="$out.stamp"
sources="$java_layer $java_home $modules $(sha256sum "$here/HealthCheck.java" | cut -c1-16)"
if [[ -d "$out" && -f "$stamp" && "$(cat "$stamp")" == "$sources" ]]; then
  echo "runtime layer up to date: $out"
  exit 0
fi
rm -rf "$out" "$stamp"
mkdir -p "$out/opt/sdghub"

# The libraries of the launcher, the VM and the runtime's server-side natives (not AWT's, which a
# headless service never loads).
libraries() {
  ldd "$out/opt/java/bin/java" "$out/opt/java/lib/server/libjvm.so"
  find "$out/opt/java/lib" -maxdepth 1 -name '*.so' \
    | grep -Ev '/lib(awt|jawt|fontmanager|jsound|splashscreen|lcms|javajpeg|mlib_image)' \
    | xargs ldd
}

java_runtime() {
  "$java_home/bin/jlink" --add-modules "$modules" --include-locales=en,ru \
    --strip-debug --no-man-pages --no-header-files --compress=2 --output "$out/opt/java"
  # Each library where the dynamic loader looks for it, symbolic links resolved.
  libraries | awk '$2 == "=>" && $3 ~ /^\// { print $3 } $1 ~ /^\/lib64\// { print $1 }' \
    | grep -v "^$out/" | sort -u \
    | while read -r library; do
        mkdir -p "$out$(dirname "$library")"
        cp -L "$library" "$out$library"
      done
  mkdir -p "$out/etc" "$out/tmp"
  printf 'root:x:0:0:root:/root:/sbin/nologin\nsdghub:x:185:185:SDG Hub:/deployments:/sbin/nologin\n' \
    > "$out/etc/passwd"
  printf 'root:x:0:\nsdghub:x:185:\n' > "$out/etc/group"
  printf 'hosts: files dns\n' > "$out/etc/nsswitch.conf"
  chmod 1777 "$out/tmp"
}

case "$java_layer" in
  with-java) java_runtime ;;
  without-java) ;;
  *) echo "stage-runtime.sh: with-java or without-java, not $java_layer" >&2; exit 2 ;;
esac
"$java_home/bin/javac" --release 17 -d "$out/opt/sdghub" "$here/HealthCheck.java"
echo "$sources" > "$stamp"
du -sh "$out"
