# Sourced by scripts/setup, scripts/dev and scripts/test: the tools they install come first on
# PATH (wasm-opt 132 from npm binaryen, never Debian's), and Playwright never downloads browsers.
_ashraf_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$_ashraf_root/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
export PLAYWRIGHT_BROWSERS_PATH=0
export CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"
unset _ashraf_root
