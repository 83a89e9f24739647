#!/usr/bin/env bash
# Provisions one WordPress release (plus the default theme) into .cache/wordpress-<version>.
#
# WP_VERSION picks the release line: 7.1 (the newest, the default) or 6.8 (the oldest the
# plugin supports). Each line has its own folder, so switching between them costs nothing.
#
# Order of sources: WP_CORE_DIR if set; else the official release archive when it can be
# reached; else Debian's packaged WordPress (6.8 from the trixie suite, 7.x from sid or
# forky), using the archive address from this machine's own apt sources. A finished copy
# carries a stamp file; anything without the stamp is treated as half-written and rebuilt.
set -euo pipefail

# The release lines the test bed knows, oldest first; the last one is the default.
SUPPORTED_VERSIONS="6.8 7.1"
WP_VERSION="${WP_VERSION:-7.1}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CACHE="${MENTORSHIP_CACHE:-$ROOT/.cache}"
DEST="$CACHE/wordpress-$WP_VERSION"
STAMP="$DEST/.provisioned"

fail() { echo "provision-wp: $*" >&2; exit 1; }

if [ "${1:-}" = "--versions" ]; then
	echo "$SUPPORTED_VERSIONS"
	exit 0
fi
case " $SUPPORTED_VERSIONS " in
	*" $WP_VERSION "*) ;;
	*) fail "WP_VERSION=$WP_VERSION is not one of: $SUPPORTED_VERSIONS." ;;
esac

# Debian suites that carry each release line, in the order they are tried.
case "$WP_VERSION" in
	6.8) SUITES="trixie" ;;
	*) SUITES="sid forky" ;;
esac

if [ -n "${WP_CORE_DIR:-}" ]; then
	[ -f "$WP_CORE_DIR/wp-includes/version.php" ] || fail "WP_CORE_DIR=$WP_CORE_DIR holds no WordPress (wp-includes/version.php missing)."
	echo "$WP_CORE_DIR"
	exit 0
fi

if [ -f "$STAMP" ] && [ -f "$DEST/wp-includes/version.php" ]; then
	echo "$DEST"
	exit 0
fi

for tool in dpkg-deb apt-get; do
	command -v "$tool" >/dev/null || fail "'$tool' is missing. Install Debian's dpkg and apt, or set WP_CORE_DIR to an unpacked WordPress $WP_VERSION."
done

BUILD="$CACHE/wp-build-$WP_VERSION"
rm -rf "$DEST" "$BUILD"
mkdir -p "$BUILD"

try_official() {
	# The release archive; only when the network allows it (it does not on closed machines).
	local url="https://wordpress.org/wordpress-${WP_VERSION}.tar.gz"
	command -v curl >/dev/null || return 1
	curl -fsSL --connect-timeout 5 --max-time 120 -o "$BUILD/wp.tar.gz" "$url" 2>/dev/null || return 1
	mkdir -p "$BUILD/official"
	tar -xzf "$BUILD/wp.tar.gz" -C "$BUILD/official" || return 1
	mv "$BUILD/official/wordpress" "$DEST"
}

archive_uri() {
	# The first Debian archive address this machine's apt is configured with.
	local uri=""
	if ls /etc/apt/sources.list.d/*.sources >/dev/null 2>&1; then
		uri=$(awk '/^URIs:/ {print $2}' /etc/apt/sources.list.d/*.sources | grep -v -- '-security' | head -n1)
	fi
	if [ -z "$uri" ] && [ -f /etc/apt/sources.list ]; then
		uri=$(awk '$1=="deb" && $0 !~ /security/ {for (i=2;i<=NF;i++) if ($i ~ /^(https?|file):/) {print $i; exit}}' /etc/apt/sources.list)
	fi
	echo "$uri"
}

try_debian() {
	local uri
	uri=$(archive_uri)
	[ -n "$uri" ] || fail "no Debian archive address found in /etc/apt/sources.list(.d). Set WP_CORE_DIR to an unpacked WordPress $WP_VERSION."
	local state="$BUILD/apt" suite version="" found=""
	local apt_opts=(
		-o "Dir::State=$state" -o "Dir::State::Lists=$state/lists" -o "Dir::State::status=$state/status"
		-o "Dir::Cache=$state/cache" -o "Dir::Etc::SourceList=/dev/null" -o "Dir::Etc::SourceParts=$state/etc"
		-o "Dir::Etc::Preferences=/dev/null" -o "Dir::Etc::PreferencesParts=$state/etc/preferences.d"
		-o "APT::Architecture=amd64" -o "Debug::NoLocking=1"
	)
	for suite in $SUITES; do
		rm -rf "$state"
		mkdir -p "$state/lists/partial" "$state/cache/archives/partial" "$state/etc/preferences.d" "$BUILD/debs"
		: > "$state/status"
		printf 'Types: deb\nURIs: %s\nSuites: %s\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' "$uri" "$suite" > "$state/etc/$suite.sources"
		if ! apt-get "${apt_opts[@]}" -qq update >"$BUILD/apt-update.log" 2>&1; then
			echo "provision-wp: note: could not read the $suite package lists (see $BUILD/apt-update.log)." >&2
			continue
		fi
		version=$(apt-cache "${apt_opts[@]}" policy wordpress | awk '/Candidate:/ {print $2}')
		case "$version" in
			"$WP_VERSION".*)
				found="$suite"
				break
				;;
			*) echo "provision-wp: note: Debian's $suite suite offers wordpress '$version', not $WP_VERSION.x." >&2 ;;
		esac
	done
	[ -n "$found" ] || fail "no Debian suite of '$SUITES' offers wordpress $WP_VERSION.x. Set WP_CORE_DIR to an unpacked WordPress $WP_VERSION."
	# Debian's wordpress links shared libraries from other packages; 7.x also links
	# PHPMailer and jQuery UI, so both are fetched for every release line.
	(cd "$BUILD/debs" && apt-get "${apt_opts[@]}" -qq download wordpress wordpress-theme-twentytwentyfive libjs-lodash libjs-underscore libjs-cropper php-getid3 libphp-phpmailer libjs-jquery-ui >"$BUILD/apt-download.log" 2>&1) \
		|| fail "could not download the WordPress packages from $found (see $BUILD/apt-download.log)."
	local root="$BUILD/root"
	mkdir -p "$root"
	for deb in "$BUILD"/debs/*.deb; do
		dpkg-deb -x "$deb" "$root"
	done
	[ -f "$root/usr/share/wordpress/wp-includes/version.php" ] || fail "the wordpress package did not unpack as expected."
	# Debian swaps bundled libraries for links into other packages; resolve every link
	# against the unpacked tree so the copy stands alone.
	local link target
	while IFS= read -r link; do
		target=$(readlink "$link")
		case "$target" in
			/*) target="$root$target" ;;
			*) target="$(dirname "$link")/$target" ;;
		esac
		if [ -e "$target" ]; then
			rm "$link"
			cp -rL "$target" "$link"
		elif [[ "$link" == */ssl/certs/ca-bundle.crt || "$link" == *certificates/ca-bundle.crt ]] && [ -f /etc/ssl/certs/ca-certificates.crt ]; then
			rm "$link"
			cp /etc/ssl/certs/ca-certificates.crt "$link"
		else
			rm "$link"
			echo "provision-wp: note: dropped a dangling link $link" >&2
		fi
	done < <(find "$root/usr/share/wordpress" -type l)
	mkdir -p "$DEST"
	cp -a "$root/usr/share/wordpress/." "$DEST/"
	# Debian keeps wp-content under /var/lib/wordpress and the theme under /usr/share/wordpress/wp-content/themes.
	rm -rf "$DEST/wp-content"
	mkdir -p "$DEST/wp-content/themes" "$DEST/wp-content/plugins"
	if [ -d "$root/usr/share/wordpress/wp-content/themes/twentytwentyfive" ]; then
		cp -a "$root/usr/share/wordpress/wp-content/themes/twentytwentyfive" "$DEST/wp-content/themes/"
	else
		local theme
		theme=$(find "$root" -type d -name twentytwentyfive | head -n1)
		[ -n "$theme" ] || fail "the twentytwentyfive theme package did not unpack as expected."
		cp -a "$theme" "$DEST/wp-content/themes/"
	fi
	# Debian's wp-config.php reads /etc/wordpress; replace it with the stock sample's behaviour.
	rm -f "$DEST/wp-config.php"
}

if ! try_official; then
	try_debian
fi

version=$(php -r 'include $argv[1]; echo $wp_version;' "$DEST/wp-includes/version.php" 2>/dev/null || sed -n "s/^\$wp_version = '\(.*\)';/\1/p" "$DEST/wp-includes/version.php")
case "$version" in
	"$WP_VERSION" | "$WP_VERSION".*) ;;
	*) rm -rf "$DEST"; fail "provisioned WordPress is '$version', expected $WP_VERSION.x." ;;
esac
[ -f "$DEST/wp-includes/js/dist/vendor/lodash.min.js" ] || { rm -rf "$DEST"; fail "the provisioned copy lacks wp-includes/js/dist/vendor/lodash.min.js."; }
[ -f "$DEST/wp-content/themes/twentytwentyfive/style.css" ] || { rm -rf "$DEST"; fail "the provisioned copy lacks the twentytwentyfive theme."; }
[ -f "$DEST/wp-includes/PHPMailer/PHPMailer.php" ] || { rm -rf "$DEST"; fail "the provisioned copy lacks wp-includes/PHPMailer/PHPMailer.php."; }
[ -f "$DEST/wp-includes/js/jquery/ui/core.min.js" ] || { rm -rf "$DEST"; fail "the provisioned copy lacks wp-includes/js/jquery/ui/core.min.js."; }
rm -rf "$BUILD"
echo "$version" > "$STAMP"
echo "$DEST"
