#!/usr/bin/env bash
# Builds the .deb from this build tree with CPack, installs it with its dependencies from the Debian
# mirror into a clean Debian 13 root (apt variant, recommends off), and checks it there: the files of
# the desktop integration are in place, every installed executable finds its libraries, and
# `strongroom-cli doctor --json` prints valid JSON that shows the dependencies at work.
#
#   package-test.sh BUILD_DIR SOURCE_DIR VERSION
#
# Needs root (the build root of dev.sh is entered as root) and, on its first run, the network.
# It runs in a mount namespace of its own, so its mounts disappear with it even when ctest kills it;
# its temp folder is removed on every exit. Kept between runs in $STRONGROOM_TEST_CACHE
# (/var/cache/strongroom-test): a tarball of the clean base root with its apt lists (renewed weekly),
# one of that root with the dependencies of the current Depends line installed, and the downloaded .debs.
set -euo pipefail

build_dir=$1
source_dir=$2
version=$3
cache=${STRONGROOM_TEST_CACHE:-/var/cache/strongroom-test}
suite=trixie
base_max_age_days=7

say() { printf "package-test [%3ss]: %s\n" "$SECONDS" "$*" >&2; }
fail() {
    say "FAIL: $*"
    exit 1
}

[ "$(id -u)" = 0 ] || fail "needs root to build a Debian root (run it through ./dev.sh, which enters the build root as root)"
if [ -z "${STRONGROOM_PACKAGE_TEST_UNSHARED:-}" ]; then
    export STRONGROOM_PACKAGE_TEST_UNSHARED=1
    # --propagation private fails inside a chroot (its / is no mount point); made private below.
    exec unshare --mount --propagation unchanged -- bash "$0" "$@"
fi
# On a host nothing mounted here may reach the host's namespace. In dev.sh's build root / is no mount
# point, and everything is private already (dev.sh's own namespace).
mount --make-rprivate / 2>/dev/null || true
for tool in cpack dpkg-deb mmdebstrap python3; do
    command -v "$tool" >/dev/null || fail "$tool is missing (it comes with the test packages of installer/packages.txt)"
done

work=$(mktemp -d "${TMPDIR:-/tmp}/strongroom-package-test.XXXXXX")
root=$work/root
cleanup() {
    local status=$?
    # Innermost mounts first; then remove the folder without crossing into anything still mounted
    # (the shared archive cache is bind-mounted in it).
    awk -v w="$work/" 'index($2, w) == 1 { print $2 }' /proc/self/mounts | sort -r | while read -r m; do
        umount "$m" 2>/dev/null || umount -l "$m"
    done
    rm -rf --one-file-system "$work"
    exit $status
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Two runs at once (two build trees) share the cache one after the other.
mkdir -p "$cache/archives/partial"
exec 9>"$cache/.lock"
flock -w 600 9 || fail "$cache is locked by another run for more than 10 minutes"

say "building the .deb with cpack from $build_dir"
cpack --config "$build_dir/CPackConfig.cmake" -G DEB -B "$work/package" >"$work/cpack.log" 2>&1 ||
    { cat "$work/cpack.log" >&2; fail "cpack failed"; }
debs=("$work/package"/*.deb)
[ -f "${debs[0]}" ] && [ ${#debs[@]} = 1 ] || fail "cpack made no single .deb: ${debs[*]}"
deb=${debs[0]}
dpkg-deb --field "$deb" Package Version Depends >&2

# dev.sh's build root keeps the .debs it was made from: every package of the clean root and of the
# .deb's dependencies is among them, so the first run downloads nothing it has (hard links, no copy;
# on a host whose apt cache is elsewhere or empty this adds nothing and apt downloads as before).
if compgen -G "/var/cache/apt/archives/*.deb" >/dev/null; then
    cp -ln /var/cache/apt/archives/*.deb "$cache/archives/" 2>/dev/null || true
fi

base=$cache/base-$suite.tar
if [ ! -f "$base" ] || [ -n "$(find "$base" -mtime +"$base_max_age_days")" ]; then
    say "making the clean Debian 13 base root (kept for $base_max_age_days days in $base)"
    # The cached .debs go in before apt runs, so mmdebstrap downloads only what is missing; apt's
    # clean at the end removes them from the root again.
    # (fd 9, the lock, closed: mmdebstrap counts on the numbers of the descriptors it opens itself)
    mmdebstrap --variant=apt --skip=cleanup/apt/lists \
        --setup-hook='mkdir -p "$1/var/cache/apt/archives"' \
        --setup-hook="sync-in $cache/archives /var/cache/apt/archives" \
        "$suite" "$work/base.tar" >"$work/mmdebstrap.log" 2>&1 9>&- ||
        { cat "$work/mmdebstrap.log" >&2; fail "mmdebstrap could not make a Debian 13 root (is the Debian mirror reachable?)"; }
    mv "$work/base.tar" "$base"
fi

# The clean root with the .deb's dependencies installed is cached too, keyed by the exact Depends
# line and the base root: with the same dependencies apt would install the very same packages.
depends=$(dpkg-deb --field "$deb" Depends)
deps_key=$( (stat -c %Y "$base"; echo "$depends") | sha256sum | cut -c1-16)
deps_tar=$cache/with-depends-$deps_key.tar

mkdir "$root"
if [ -f "$deps_tar" ]; then
    say "unpacking the clean root with the dependencies of this Depends line (cached)"
    tar -C "$root" --xattrs --xattrs-include='*' -xpf "$deps_tar"
else
    say "unpacking the clean root"
    tar -C "$root" --xattrs --xattrs-include='*' -xpf "$base"
fi
mount -t proc proc "$root/proc"
[ -c "$root/dev/null" ] || mount --rbind /dev "$root/dev"
mount --bind "$cache/archives" "$root/var/cache/apt/archives"
cp -L /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
# A throwaway root needs no fsync after every file.
echo force-unsafe-io >"$root/etc/dpkg/dpkg.cfg.d/strongroom-test"
cp "$deb" "$root/tmp/"

in_root() {
    chroot "$root" /usr/bin/env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        HOME=/root LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"
}
# apt-get VERB ARGS, once more after refreshing the package lists when the cached ones are stale.
apt_get() {
    local apt=(apt-get --yes --quiet --no-install-recommends -o APT::Keep-Downloaded-Packages=true
        -o Binary::apt-get::APT::Keep-Downloaded-Packages=true)
    in_root "${apt[@]}" "$@" >"$work/apt.log" 2>&1 && return 0
    say "apt-get $1 failed with the cached package lists; refreshing them and trying again"
    in_root apt-get update --quiet >&2 || fail "apt-get update failed in the clean root"
    in_root "${apt[@]}" "$@" >"$work/apt.log" 2>&1 || { cat "$work/apt.log" >&2; fail "apt-get $1 failed"; }
}
if [ ! -f "$deps_tar" ]; then
    say "installing the dependencies from the Debian mirror: $depends"
    apt_get satisfy "$depends"
    tail -n 2 "$work/apt.log" >&2
    rm -f "$cache"/with-depends-*.tar
    tar -C "$root" --one-file-system --xattrs -cf "$deps_tar.partial" . && mv "$deps_tar.partial" "$deps_tar"
fi
say "installing $(basename "$deb")"
apt_get install "/tmp/$(basename "$deb")"
tail -n 2 "$work/apt.log" >&2

say "checking the installed package"
files=$(in_root dpkg-query --listfiles strongroom)
for expected in /usr/bin/strongroom-cli \
    /usr/share/applications/io.strongroom.Strongroom.desktop \
    /usr/share/metainfo/io.strongroom.Strongroom.metainfo.xml \
    /usr/share/icons/hicolor/scalable/apps/io.strongroom.Strongroom.svg \
    /usr/share/icons/hicolor/16x16/apps/io.strongroom.Strongroom.png \
    /usr/share/icons/hicolor/256x256/apps/io.strongroom.Strongroom.png \
    /usr/share/man/man1/strongroom-cli.1.gz; do
    grep -qx "$expected" <<<"$files" || fail "the package does not install $expected"
done
if [ -x "$build_dir/bin/strongroom" ]; then
    grep -qx /usr/bin/strongroom <<<"$files" || fail "the package does not install the console, /usr/bin/strongroom"
fi
# Volumes are opened and mounted through udisks2 (or in-process by root): no root helper of our own.
for retired in /usr/lib/strongroom/strongroom-helper /usr/share/polkit-1/actions/io.strongroom.helper.policy; do
    if grep -qx "$retired" <<<"$files"; then fail "the package still ships $retired"; fi
done
for program in $(grep -E '^/usr/(bin|lib/strongroom)/[^/]+$' <<<"$files"); do
    [ -f "$root$program" ] || continue
    missing=$(in_root ldd "$program" | grep 'not found' || true)
    [ -z "$missing" ] || fail "$program lacks shared libraries in the clean root: $missing"
done

say "running strongroom-cli doctor --json in the clean root"
mkdir -p "$root/tmp/xdg-data" "$root/tmp/xdg-config"
in_root XDG_DATA_HOME=/tmp/xdg-data XDG_CONFIG_HOME=/tmp/xdg-config strongroom-cli doctor --json \
    >"$work/doctor.json" 2>"$work/doctor.err" || { cat "$work/doctor.err" >&2; fail "doctor --json failed"; }
python3 "$source_dir/tests/installer/check_doctor_json.py" "$work/doctor.json" "$version"

if grep -qx /usr/bin/strongroom <<<"$files"; then
    # The console starts with only the packaged dependencies (platform plugin, SVG icons, QCA) and
    # paints its main window.
    say "starting the console offscreen in the clean root"
    in_root QT_QPA_PLATFORM=offscreen XDG_DATA_HOME=/tmp/xdg-data XDG_CONFIG_HOME=/tmp/xdg-config \
        timeout 60 strongroom --screenshot /tmp/main-window.png >"$work/gui.log" 2>&1 ||
        { cat "$work/gui.log" >&2; fail "the console did not start in the clean root"; }
    [ "$(head -c 8 "$root/tmp/main-window.png" | od -An -tx1 | tr -d ' ')" = 89504e470d0a1a0a ] ||
        { cat "$work/gui.log" >&2; fail "the console wrote no PNG screenshot of its main window"; }
fi
say "passed in ${SECONDS}s"
