#!/usr/bin/env bash
# Assembles the root filesystem that the container image adds to the empty "scratch" base (ADR 0008): a Java
# runtime made by jlink from the JDK that runs this build, the C libraries it and the ONNX runtime (offline
# intents) load, and /etc/passwd naming the non-root user. Nothing is downloaded: every file comes from the
# Debian packages on this machine, so CI builds the image without a registry.
#
#   assemble-runtime.sh JAVA_HOME OUTPUT_DIR
#
# The result is cached: it is rebuilt only when the JDK or this script changes.
set -euo pipefail

java_home="$1"
out="$2"
stamp="$out.stamp"
want="$(readlink -f "$java_home") $(sha256sum "$0" | cut -c1-16)"
if [[ -f "$stamp" && "$(cat "$stamp")" == "$want" && -x "$out/opt/java/bin/java" ]]; then
  echo "Image runtime is up to date in $out"
  exit 0
fi
rm -rf "$out" "$stamp"
mkdir -p "$out"

# The modules Spring Boot, Tomcat, Lucene, the PostgreSQL driver and OpenTelemetry use, plus Welsh locale data
# (jdk.localedata), elliptic-curve TLS and DNS. Only those this JDK has are asked for (jdk.crypto.ec went into
# java.base in later JDKs).
wanted=(java.se jdk.unsupported jdk.crypto.ec jdk.crypto.cryptoki jdk.localedata jdk.charsets jdk.zipfs
  jdk.naming.dns jdk.net jdk.management jdk.management.agent jdk.jfr jdk.management.jfr jdk.httpserver)
available="$("$java_home/bin/java" --list-modules | sed 's/@.*//')"
modules=()
for m in "${wanted[@]}"; do
  if grep -qx "$m" <<<"$available"; then modules+=("$m"); fi
done
"$java_home/bin/jlink" --add-modules "$(IFS=,; echo "${modules[*]}")" \
  --strip-debug --no-man-pages --no-header-files --output "$out/opt/java"

# Debian's JDK links its CA certificates, security policy and time zones to /etc; an image has no /etc of
# Debian's, so copy what the links point at.
while IFS= read -r -d '' link; do
  target="$(readlink -f "$link")"
  rm "$link"
  if [[ -e "$target" ]]; then cp "$target" "$link"; fi
done < <(find "$out/opt/java" -type l -print0)

# The C libraries: what the runtime's own binaries need (ldd), the dynamic loader, and the C++ runtime that the
# ONNX runtime (MiniLM, offline intents) loads from the temporary folder, with the libdl, librt and libpthread
# that it still names. The desktop parts of java.desktop (windows, sound, fonts, images) are never loaded by a
# headless server, so their X11 and sound libraries stay out.
libs=()
while IFS= read -r -d '' elf; do
  while read -r path; do libs+=("$path"); done < <(ldd "$elf" 2>/dev/null | grep -o '/[^ ]*' || true)
done < <(find "$out/opt/java" -type f \( -name '*.so' -o -path '*/bin/*' \) \
  ! -name 'libawt_xawt.so' ! -name 'libjawt.so' ! -name 'libsplashscreen.so' ! -name 'libjsound.so' \
  ! -name 'libfontmanager.so' ! -name 'liblcms.so' ! -name 'libjavajpeg.so' ! -name 'libmlib_image.so' -print0)
for name in libstdc++.so.6 libgcc_s.so.1 libz.so.1 libdl.so.2 librt.so.1 libpthread.so.0; do
  path="$(ldconfig -p | awk -v n="$name" '$1 == n && /x86-64/ { print $NF; exit }')"
  if [[ -n "$path" ]]; then libs+=("$path"); fi
done
for lib in $(printf '%s\n' "${libs[@]}" | sort -u); do
  case "$lib" in "$out"*) continue ;; esac
  mkdir -p "$out$(dirname "$lib")"
  cp -L "$lib" "$out$lib"
done

# The non-root user the image runs as (65532, as distroless names "nonroot"), and a home and temporary folder
# that Kubernetes mounts writable volumes over.
mkdir -p "$out/etc" "$out/tmp" "$out/var/lib/signpost" "$out/app"
printf 'root:x:0:0:root:/root:/sbin/nologin\nnonroot:x:65532:65532:signpost:/tmp:/sbin/nologin\n' >"$out/etc/passwd"
printf 'root:x:0:\nnonroot:x:65532:\n' >"$out/etc/group"
printf 'passwd: files\ngroup: files\nhosts: files dns\n' >"$out/etc/nsswitch.conf"
chmod 1777 "$out/tmp"

# Licences of what was copied: the JDK's are in opt/java/legal; the C libraries' are Debian's copyright files.
mkdir -p "$out/usr/share/doc"
for pkg in libc6 libstdc++6 libgcc-s1 zlib1g; do
  if [[ -f "/usr/share/doc/$pkg/copyright" ]]; then
    mkdir -p "$out/usr/share/doc/$pkg"
    cp "/usr/share/doc/$pkg/copyright" "$out/usr/share/doc/$pkg/"
  fi
done

echo "$want" >"$stamp"
echo "Image runtime assembled in $out ($(du -sh "$out" | cut -f1), modules: ${modules[*]})"
