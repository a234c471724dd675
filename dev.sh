#!/usr/bin/env bash
# Strongroom's developer entry point: builds, tests and runs the project inside a cached Debian 13
# (trixie) root, or natively on a Debian 13 host that has every package of installer/packages.txt.
#
#   ./dev.sh demo            build, make the demo database and open the console on it
#   ./dev.sh test            build and run every test (ctest)
#   ./dev.sh build [PRESET]  configure and build a CMake preset (debug, release, asan)
#   ./dev.sh cli ARGS...     run strongroom-cli in the current folder (relative paths work); stdin,
#                            stdout, stderr and the exit code pass through
#   ./dev.sh gui ARGS...     run the console
#   ./dev.sh exec CMD...     run any command inside the build environment
#   ./dev.sh shell           an interactive shell inside the build environment
#   ./dev.sh package         build the .deb and .tar.gz under build/package/
set -euo pipefail

SRC=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
PKG_LIST="$SRC/installer/packages.txt"
CACHE_DIR=${STRONGROOM_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/strongroom}
SUITE=trixie

say() { printf 'dev.sh: %s\n' "$*" >&2; }
die() { say "$*"; exit 1; }

usage() {
    sed -n '2,/^set -euo/p' "$0" | sed -e '/^set -euo/d' -e 's/^# \{0,1\}//'
}

# Packages of the given roles (all roles when none given), one per line.
packages() {
    grep -Ev '^[[:space:]]*(#|$)' "$PKG_LIST" | awk -v roles=" $* " '
        roles == "  " || index(roles, " " $1 " ") { print $2 }' | sort -u
}

is_native_host() {
    [ "${STRONGROOM_FORCE_ROOT:-}" = 1 ] && return 1
    [ -r /etc/os-release ] || return 1
    # shellcheck disable=SC1091
    local codename; codename=$(. /etc/os-release; echo "${VERSION_CODENAME:-}")
    [ "$codename" = "$SUITE" ] || return 1
    local missing
    missing=$(packages | xargs dpkg-query -W -f='${db:Status-Abbrev} ${Package}\n' 2>&1 | grep -v '^ii ' || true)
    [ -z "$missing" ]
}

# The cached root is keyed by the package list, so a changed list builds a new one.
root_dir() {
    local key; key=$( (echo "$SUITE"; packages) | sha256sum | cut -c1-16)
    echo "$CACHE_DIR/root-$SUITE-$key"
}

ensure_root() {
    local root; root=$(root_dir)
    [ -f "$root/.strongroom-ready" ] && return 0
    [ "$(id -u)" = 0 ] || die "building the Debian 13 root needs root (run as root, or on a Debian 13 host install: $(packages | paste -sd' '))"
    mkdir -p "$CACHE_DIR"
    exec 9>"$CACHE_DIR/.lock"
    flock 9
    [ -f "$root/.strongroom-ready" ] && return 0
    if ! command -v mmdebstrap >/dev/null; then
        say "installing mmdebstrap on the host"
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq mmdebstrap >/dev/null
    fi
    say "building the Debian 13 root once: $root (a few minutes)"
    rm -rf "$root.partial"
    local include; include=$(packages | paste -sd,)
    # The downloaded .debs stay in the root's /var/cache/apt/archives (a few hundred MB): the .deb
    # test installs its clean Debian 13 root from them instead of downloading them a second time.
    mmdebstrap --mode=root --variant=apt --include="$include" \
        --skip=essential/unlink --skip=cleanup/apt/cache \
        --customize-hook='chroot "$1" sh -c "echo strongroom-build > /etc/hostname"' \
        "$SUITE" "$root.partial" >&2
    touch "$root.partial/.strongroom-ready"
    mv "$root.partial" "$root"
    # Roots of older package lists are no longer used.
    find "$CACHE_DIR" -maxdepth 1 -name "root-$SUITE-*" ! -path "$root" -exec rm -rf {} +
    flock -u 9
}

# Runs "$@" in the build environment: natively, or chrooted into the cached root inside a private
# mount namespace, so every mount disappears with the namespace, also on Ctrl-C or a failure.
in_env() {
    local bindir="$SRC/build/${STRONGROOM_PRESET:-debug}/bin"
    # `cli` and `gui` run in the caller's folder (STRONGROOM_WORKDIR), so relative paths mean what the
    # caller typed; everything else runs at the clone's root.
    local workdir=${STRONGROOM_WORKDIR:-$SRC}
    if is_native_host; then
        (cd "$workdir" && PATH="$bindir:$PATH" exec "$@")
        return
    fi
    ensure_root
    local root; root=$(root_dir)
    [ "$(id -u)" = 0 ] || die "entering the build root needs root"
    # STRONGROOM_SRC_AS shows this checkout under another path inside the root: worktrees that all
    # appear as one path produce identical unity sources, so they share the compiler cache.
    local as=${STRONGROOM_SRC_AS:-$SRC}
    # Inside the root the caller's folder appears at the same path (bind-mounted when it lies outside
    # the clone), or under the clone's path inside the root when it lies in the clone.
    local inner_workdir=$as
    case "$workdir/" in
        "$SRC"/*) inner_workdir=$as${workdir#"$SRC"} ;;
        *) inner_workdir=$workdir ;;
    esac
    STRONGROOM_WORKDIR_HOST="$workdir" STRONGROOM_WORKDIR_INNER="$inner_workdir" \
    STRONGROOM_ROOT="$root" STRONGROOM_SRC="$as" STRONGROOM_HOST_SRC="$SRC" \
        STRONGROOM_BINDIR="$as/build/${STRONGROOM_PRESET:-debug}/bin" exec_unshared "$@"
}

exec_unshared() {
    unshare --mount --propagation private --fork -- bash -c '
        set -e
        root=$STRONGROOM_ROOT; src=$STRONGROOM_SRC
        mount -t proc proc "$root/proc"
        mount --rbind /dev "$root/dev"
        mount --rbind /sys "$root/sys"
        mount -t tmpfs -o mode=1777 tmpfs "$root/tmp"
        mkdir -p "$root$src"
        mount --bind "$STRONGROOM_HOST_SRC" "$root$src"
        case "$STRONGROOM_WORKDIR_INNER/" in
            "$src"/*) ;;
            *) mkdir -p "$root$STRONGROOM_WORKDIR_INNER"
               mount --bind "$STRONGROOM_WORKDIR_HOST" "$root$STRONGROOM_WORKDIR_INNER" ;;
        esac
        if [ -d /tmp/.X11-unix ]; then mkdir -p "$root/tmp/.X11-unix"; mount --bind /tmp/.X11-unix "$root/tmp/.X11-unix"; fi
        if [ -n "${XAUTHORITY:-}" ] && [ -f "$XAUTHORITY" ]; then
            cp "$XAUTHORITY" "$root/tmp/.Xauthority-strongroom"; export XAUTHORITY=/tmp/.Xauthority-strongroom
        fi
        cp -L /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
        export PATH="$STRONGROOM_BINDIR:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
        export HOME=/root LANG=C.UTF-8
        # One compiler cache in the root, shared by every clone and worktree on this machine.
        export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$(dirname "$src")} CCACHE_NOHASHDIR=1
        export STRONGROOM_WORKDIR_INNER
        unset XDG_RUNTIME_DIR STRONGROOM_ROOT STRONGROOM_BINDIR STRONGROOM_HOST_SRC STRONGROOM_WORKDIR_HOST
        cd "$root$src"
        exec chroot "$root" /bin/sh -c "cd \"\$STRONGROOM_WORKDIR_INNER\" && unset STRONGROOM_WORKDIR_INNER && exec \"\$@\"" strongroom "$@"
    ' strongroom "$@"
}

# configure_and_build PRESET [TARGET...]: configures once, then builds the targets (default: all).
configure_and_build() {
    local preset=${1:-debug}
    [ $# -gt 0 ] && shift
    local targets="$*"
    local extra=()
    [ "${CI:-}" = true ] && extra+=(-DSTRONGROOM_WERROR=ON)
    STRONGROOM_PRESET=$preset STRONGROOM_TARGETS=$targets in_env sh -c '
        preset=$1; shift
        if [ ! -f "build/$preset/build.ninja" ]; then cmake --preset "$preset" "$@" >&2; fi
        if [ -n "$STRONGROOM_TARGETS" ]; then
            cmake --build --preset "$preset" --target $STRONGROOM_TARGETS >&2
        else
            cmake --build --preset "$preset" >&2
        fi
    ' build "$preset" "${extra[@]}"
}

run_tests() {
    configure_and_build debug
    # CI (and anyone who asks) also runs the core tests under ASan and UBSan.
    if [ "${STRONGROOM_ASAN:-}" = 1 ] || [ "${CI:-}" = true ]; then
        configure_and_build asan
        STRONGROOM_PRESET=asan in_env ctest --preset asan-core
    fi
    in_env ctest --preset debug
}

demo() {
    # Only what the demo runs, so a first demo does not wait for every test and benchmark.
    configure_and_build debug strongroom strongroom-cli
    in_env sh tools/demo.sh
}

cmd=${1:-help}
[ $# -gt 0 ] && shift
case "$cmd" in
    demo) demo ;;
    test) run_tests ;;
    build) configure_and_build "${1:-debug}" ;;
    cli) STRONGROOM_WORKDIR=$PWD in_env strongroom-cli "$@" ;;
    gui) STRONGROOM_WORKDIR=$PWD in_env strongroom "$@" ;;
    exec) [ $# -gt 0 ] || die "usage: ./dev.sh exec CMD..."; in_env "$@" ;;
    shell) in_env bash -i ;;
    package)
        configure_and_build release
        STRONGROOM_PRESET=release in_env sh -c 'cd build/release && cpack -B ../package >&2 && ls -1 "$PWD/../package"/*.deb "$PWD/../package"/*.tar.gz'
        ;;
    help | -h | --help) usage ;;
    *) say "unknown command: $cmd"; usage >&2; exit 2 ;;
esac
