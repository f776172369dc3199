#!/usr/bin/env bash
# Installs what Vigil needs, only when it is missing.
#   scripts/bootstrap.sh build   libyaml (headers and pkg-config file) from apt: enough for `make generate`
#   scripts/bootstrap.sh all     also the tools that prove a stack (`make test`): promtool and prometheus,
#                                amtool and alertmanager, docker-compose, at the versions the stacks deploy
#                                (scripts/proving-tools.tsv), into .tools/; and shellcheck and rsvg-convert
#                                (librsvg2-bin, which renders the dashboard previews in the tests) and python3
#                                (whose zlib decodes the PNG previews in the tests) from apt
#   scripts/bootstrap.sh tools   only the proving tools, into .tools/ (no root needed)
#                                (all and tools also install kubernetes-validate from PyPI into a virtual
#                                environment in .tools/kubernetes-validate: the schemas of Kubernetes' built-in
#                                kinds, bundled, for the tests of the Kubernetes target; it needs python3 -m venv)
#   scripts/bootstrap.sh bench   libyaml, and Python 3 with venv for the Python side of `make bench`
#
# The proving tools are newer than the system's Debian release ships. They are fetched with `apt-get download`
# through a private sources list (Debian unstable, testing and trixie) with its own state and cache folders in
# .tools/apt, unpacked with `dpkg-deb -x` into .tools/packages and linked from .tools/bin, which the Makefile
# puts first on PATH. The system's apt configuration is left alone.
set -euo pipefail

profile="${1:-all}"
case "$profile" in
build | all | tools | bench) ;;
*)
    echo "usage: scripts/bootstrap.sh [build|all|tools|bench]" >&2
    exit 64
    ;;
esac

root="$(cd "$(dirname "$0")/.." && pwd)"
tools="$root/.tools"
table="$root/scripts/proving-tools.tsv"

# Debian packages installed system-wide with apt-get install, when missing.
install_system_packages() {
    local missing=()
    if [ "$profile" != tools ]; then
        pkg-config --exists yaml-0.1 2>/dev/null || missing+=(libyaml-dev pkg-config)
    fi
    if [ "$profile" = all ]; then
        command -v shellcheck >/dev/null || missing+=(shellcheck)
        command -v rsvg-convert >/dev/null || missing+=(librsvg2-bin)
        command -v python3 >/dev/null || missing+=(python3)
    fi
    if [ "$profile" = all ] || [ "$profile" = tools ]; then
        command -v dpkg-deb >/dev/null || missing+=(dpkg)
    fi
    if [ "$profile" = bench ]; then
        python3 -c 'import ensurepip, venv' 2>/dev/null || missing+=(python3 python3-venv)
    fi
    [ ${#missing[@]} -eq 0 ] && return 0

    echo "bootstrap: installing ${missing[*]}" >&2
    if ! command -v apt-get >/dev/null; then
        echo "bootstrap: apt-get is not available; install these Debian packages (or their equivalents) yourself: ${missing[*]}" >&2
        exit 1
    fi
    export DEBIAN_FRONTEND=noninteractive
    as_root apt-get update -qq
    as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    echo "bootstrap: installed ${missing[*]}" >&2
}

# The private apt configuration: every apt call below reads only these sources and writes only under .tools/apt.
apt_options=(
    -o "Dir::Etc::SourceList=$tools/apt/sources.list" -o Dir::Etc::SourceParts=/dev/null
    -o "Dir::State=$tools/apt/state" -o "Dir::Cache=$tools/apt/cache" -o Debug::NoLocking=1
    -o APT::Sandbox::User=root -o Acquire::Languages=none
)
apt_updated=false

update_private_index() {
    $apt_updated && return 0
    mkdir -p "$tools/apt/state/lists/partial" "$tools/apt/cache/archives/partial"
    local keyring=/usr/share/keyrings/debian-archive-keyring.gpg
    : >"$tools/apt/sources.list"
    for suite in unstable testing trixie; do
        echo "deb [signed-by=$keyring] http://deb.debian.org/debian $suite main" >>"$tools/apt/sources.list"
    done
    echo "bootstrap: reading the package lists of Debian unstable, testing and trixie (into .tools/apt)" >&2
    apt-get "${apt_options[@]}" update -qq
    apt_updated=true
}

# The highest version of package $1 whose upstream version is release $2 (3.5 matches 3.5.3+ds1-6, not 3.50).
best_version() {
    apt-cache "${apt_options[@]}" madison "$1" | awk -F'|' '{gsub(/ /, "", $2); print $2}' |
        grep -E "^([0-9]+:)?${2//./\\.}([.+~-]|$)" | sort -V | tail -n 1
}

# Installs package $1 at release $2 with its executables $3 (name=path ...) unless .tools has it already.
install_proving_tool() {
    local package="$1" release="$2" executables="$3"
    local stamp="$tools/packages/$package.version" installed=""
    [ -f "$stamp" ] && installed="$(cat "$stamp")"
    if [[ "$installed" =~ ^([0-9]+:)?${release//./\\.}([.+~-]|$) ]] && all_linked "$executables"; then
        return 0
    fi
    update_private_index
    local version
    version="$(best_version "$package" "$release")"
    if [ -z "$version" ]; then
        echo "bootstrap: Debian unstable, testing and trixie have no $package $release.x; the stacks deploy $release" >&2
        exit 1
    fi
    echo "bootstrap: installing $package $version into .tools/" >&2
    local download="$tools/apt/download"
    rm -rf "$download" && mkdir -p "$download"
    (cd "$download" && apt-get "${apt_options[@]}" download -qq "$package=$version")
    local unpacked="$tools/packages/$package"
    rm -rf "$unpacked" && mkdir -p "$unpacked"
    dpkg-deb -x "$download"/*.deb "$unpacked"
    rm -rf "$download"
    mkdir -p "$tools/bin"
    for executable in $executables; do
        local name="${executable%%=*}" path="${executable#*=}"
        if [ ! -x "$unpacked/$path" ]; then
            echo "bootstrap: $package $version has no $path" >&2
            exit 1
        fi
        ln -sfn "../packages/$package/$path" "$tools/bin/$name"
    done
    echo "$version" >"$stamp"
}

# Copies the files $2 (paths inside package $1, space-separated, or -) to the same absolute paths when missing:
# the Debian build reads them from there. A different file already there (another release's package) is left
# alone, with a warning.
install_system_files() {
    local package="$1" files="$2"
    [ "$files" = - ] && return 0
    for file in $files; do
        local source="$tools/packages/$package/$file" target="/$file"
        if [ -f "$target" ]; then
            cmp -s "$source" "$target" ||
                echo "bootstrap: warning: /$file differs from $package's; $package may render with another release's file" >&2
            continue
        fi
        echo "bootstrap: installing /$file from $package (its Debian build reads it there)" >&2
        as_root install -D -m 0644 "$source" "$target"
    done
}

# Runs a command as root: directly, or with password-less sudo; fails with what to run otherwise.
as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
        sudo -n "$@"
    else
        echo "bootstrap: not root and no password-less sudo; run as root: $*" >&2
        exit 1
    fi
}

# Whether every executable of a table row (name=path ...) is linked into .tools/bin and runs.
all_linked() {
    for executable in $1; do
        [ -x "$tools/bin/${executable%%=*}" ] || return 1
    done
}

# kubernetes-validate (PyPI), pinned, into its own virtual environment, linked from .tools/bin, unless that
# version is there already. It bundles the JSON schemas of every Kubernetes release's built-in kinds, so it
# checks manifests offline once installed.
kubernetes_validate_version=1.37.0
install_kubernetes_validate() {
    local venv="$tools/kubernetes-validate"
    local stamp="$venv/vigil-version"
    if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$kubernetes_validate_version" ] &&
        [ -x "$tools/bin/kubernetes-validate" ]; then
        return 0
    fi
    if ! python3 -c 'import venv, ensurepip' 2>/dev/null; then
        echo "bootstrap: python3 with venv is missing, so kubernetes-validate is not installed (its tests are skipped)" >&2
        return 0
    fi
    echo "bootstrap: installing kubernetes-validate $kubernetes_validate_version from PyPI into .tools/" >&2
    rm -rf "$venv"
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --disable-pip-version-check "kubernetes-validate==$kubernetes_validate_version"
    mkdir -p "$tools/bin"
    ln -sfn ../kubernetes-validate/bin/kubernetes-validate "$tools/bin/kubernetes-validate"
    echo "$kubernetes_validate_version" >"$stamp"
}

install_system_packages
if [ "$profile" = all ] || [ "$profile" = tools ]; then
    while IFS=$'\t' read -r package release executables system_files; do
        case "$package" in '#'* | '') continue ;; esac
        install_proving_tool "$package" "$release" "$executables"
        install_system_files "$package" "$system_files"
    done <"$table"
    install_kubernetes_validate
fi
