#!/usr/bin/env bash
# Smoke-test the program as a user gets it: the wheel installed in a fresh venv, and the frozen
# app from `make package`, each run from a folder outside the checkout. Called by .ci/run after
# `make test`; run it by hand with `bash packaging/smoke.sh` (it takes a few minutes).
#
#  1. sdist, then the wheel built from that sdist (python -m build): resources must be in both;
#  2. the wheel installed (not editable) into a fresh venv; from a temporary folder:
#     --version, demo-session, export, handout (en, zh-CN), trial show, check-content,
#     screenshots (offscreen), the GUI starting, and a missing data file giving one line;
#  3. `make package`, then the same commands with the frozen executable;
#  4. as root: the frozen app again with the system font folders hidden (unshare -m + tmpfs
#     over /usr/share/fonts): every PDF font embedded, ○ ● ✓ and Chinese text extracted;
#  5. desktop-file-validate and appstreamcli validate on packaging/linux/.
# Prints how long each part takes. Needs: python3 (venv), poppler-utils, desktop-file-utils,
# appstream; unshare (util-linux) for part 4.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
PYTHON=${PYTHON:-python3}
VERSION=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' decisionaid/__init__.py)
FIXTURE="$ROOT/tests/fixtures/ctgov/NCT01126879.json"
WORK=$(mktemp -d /tmp/decisionaid-smoke.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
export QT_QPA_PLATFORM=offscreen
unset DECISIONAID_RESOURCES
T0=$(date +%s)

fail() { echo "smoke: FAILED: $*" >&2; exit 1; }
part() {  # part NAME COMMAND...: run a part and say how long it took
  local name=$1 start
  shift
  start=$(date +%s)
  echo "smoke: --- $name"
  "$@"
  echo "smoke: $name: $(($(date +%s) - start)) s"
}

check_pdf() {  # check_pdf FILE [CHARS]: every font embedded; the characters come out as text
  local file=$1 chars=${2:-}
  [ -s "$file" ] || fail "$file was not written"
  pdffonts "$file" >"$file.fonts"
  [ "$(tail -n +3 "$file.fonts" | wc -l)" -gt 0 ] || fail "$file has no fonts"
  # Columns from the end: emb sub uni object-id generation.
  if tail -n +3 "$file.fonts" | awk '$(NF-4) != "yes" {bad = 1} END {exit !bad}'; then
    cat "$file.fonts" >&2
    fail "$file has a font that is not embedded"
  fi
  pdftotext -enc UTF-8 "$file" "$file.txt"
  local i ch
  for ((i = 0; i < ${#chars}; i++)); do
    ch=${chars:i:1}
    grep -qF -- "$ch" "$file.txt" || fail "$file: '$ch' is not in the text"
  done
}

run_commands() {  # run_commands EXE FOLDER: every command, from FOLDER (outside the checkout)
  local exe=$1 dir=$2
  mkdir -p "$dir"
  (
    cd "$dir"
    export HOME="$dir/home" DECISIONAID_DATA_DIR="$dir/data" XDG_CONFIG_HOME="$dir/config"
    [ "$("$exe" --version)" = "decisionaid $VERSION" ] || fail "--version"
    "$exe" demo-session -o demo.json
    # Symbols of the handout typed into the notes too, so each must print from an embedded font.
    "$PYTHON" - <<'EOF'
import json
doc = json.load(open("demo.json", encoding="utf-8"))
doc["session"]["notes"] = "Checked ✓ · not yet ○ · done ● · 我想继续工作"
json.dump(doc, open("demo.json", "w", encoding="utf-8"), ensure_ascii=False)
EOF
    "$exe" export demo.json -o summary.pdf 2>export.err || { cat export.err >&2; fail export; }
    if grep -q "warning" export.err; then cat export.err >&2; fail "export warned"; fi
    check_pdf summary.pdf "○●✓我"
    "$exe" handout -o handout.pdf
    check_pdf handout.pdf
    "$exe" handout --language zh-CN -o handout-zh.pdf
    check_pdf handout-zh.pdf "临床试验"
    "$exe" trial show "$FIXTURE" >trial.txt
    grep -q "Phase 2" trial.txt || fail "trial show"
    "$exe" check-content >content.txt
    grep -q "content/en: OK" content.txt && grep -q "content/zh-CN: OK" content.txt ||
      fail "check-content: $(cat content.txt)"
    "$exe" screenshots shots 2>screenshots.err || { cat screenshots.err >&2; fail screenshots; }
    [ "$(ls shots/*.png | wc -l)" -ge 12 ] || fail "screenshots: $(ls shots)"
    # The GUI: it must start and keep running (offscreen it runs until stopped).
    local rc=0
    timeout 15 "$exe" 2>gui.err || rc=$?
    [ "$rc" = 124 ] || { cat gui.err >&2; fail "the GUI stopped with status $rc"; }
    if grep -q "Traceback\|error" gui.err; then cat gui.err >&2; fail "the GUI wrote an error"; fi
    echo "smoke: $(ls shots/*.png | wc -l) screenshots, $(wc -c <summary.pdf) byte summary"
  )
}

missing_resource() {  # missing_resource EXE DATA_DIR: a missing data file is one clear line
  local exe=$1 data=$2 file="content/en/quiz.toml" dir="$WORK/missing"
  mkdir -p "$dir"
  mv "$data/$file" "$WORK/quiz.toml.away"
  local rc=0 out
  for args in "demo-session -o x.json" ""; do  # a command, and the GUI
    rc=0
    # shellcheck disable=SC2086
    (cd "$dir" && HOME="$dir" DECISIONAID_DATA_DIR="$dir/data" timeout 30 "$exe" $args) \
      >"$dir/out" 2>"$dir/err" || rc=$?
    out=$(cat "$dir/err")
    [ "$rc" = 1 ] && [ "$(wc -l <"$dir/err")" = 1 ] && ! grep -q Traceback "$dir/err" &&
      grep -q "files are incomplete: $file is missing" "$dir/err" ||
      { mv "$WORK/quiz.toml.away" "$data/$file"; fail "missing resource ($args): status $rc: $out"; }
  done
  mv "$WORK/quiz.toml.away" "$data/$file"
  echo "smoke: a missing $file gives: $out"
}

# --- 1. sdist and wheel ----------------------------------------------------------------------
build_dists() {
  "$PYTHON" -m venv "$WORK/tools"
  "$WORK/tools/bin/pip" install -q --disable-pip-version-check "build==1.6.1"
  "$WORK/tools/bin/python" -m build -q --outdir "$WORK/dist" . >"$WORK/build.log" 2>&1 ||
    { tail -20 "$WORK/build.log" >&2; fail "python -m build"; }
  local wheel sdist
  wheel=$(ls "$WORK"/dist/*.whl)
  sdist=$(ls "$WORK"/dist/*.tar.gz)
  "$PYTHON" -m zipfile -l "$wheel" >"$WORK/wheel.txt"
  tar -tzf "$sdist" >"$WORK/sdist.txt"
  # Every file under resources/ (as this checkout has it) is in both.
  local f
  while IFS= read -r f; do
    grep -qF "decisionaid/_data/$f" "$WORK/wheel.txt" || fail "the wheel lacks resources/$f"
    grep -qF "/resources/$f" "$WORK/sdist.txt" || fail "the sdist lacks resources/$f"
  done < <(cd resources && git ls-files | grep -v '__init__.py$')
  grep -q "licenses/LICENSE " "$WORK/wheel.txt" || fail "the wheel lacks LICENSE"
  grep -q "/packaging/decisionaid.spec$" "$WORK/sdist.txt" || fail "the sdist lacks packaging/"
  echo "smoke: $(basename "$wheel") $(du -k "$wheel" | cut -f1) KB, $(basename "$sdist") $(du -k "$sdist" | cut -f1) KB"
}

# --- 2. the installed wheel ------------------------------------------------------------------
install_wheel() {
  "$PYTHON" -m venv "$WORK/venv"
  "$WORK/venv/bin/pip" install -q --disable-pip-version-check "$WORK"/dist/*.whl
  [ ! -e "$WORK/venv/lib/"python3*/site-packages/__editable__* ] || fail "editable install"
}
wheel_commands() {
  run_commands "$WORK/venv/bin/decisionaid" "$WORK/run-wheel"
  missing_resource "$WORK/venv/bin/decisionaid" \
    "$(echo "$WORK"/venv/lib/python3*/site-packages/decisionaid/_data)"
}

# --- 3. the frozen app -----------------------------------------------------------------------
FROZEN="$ROOT/dist/decisionaid"
frozen_build() {
  make package PYTHON="$PYTHON" >"$WORK/package.log" 2>&1 || { tail -30 "$WORK/package.log" >&2; fail "make package"; }
  [ -x "$FROZEN/decisionaid" ] || fail "no frozen executable"
  # the print preview draws the handout's pages with pdfium, a library loaded with ctypes
  ls "$FROZEN"/_internal/pypdfium2_raw/libpdfium.* >/dev/null 2>&1 \
    || fail "the frozen app has no pdfium library (print preview)"
  echo "smoke: frozen app $(du -sh "$FROZEN" | cut -f1) in $FROZEN"
}
frozen_commands() {
  run_commands "$FROZEN/decisionaid" "$WORK/run-frozen"
  missing_resource "$FROZEN/decisionaid" "$FROZEN/_internal/decisionaid/_data"
}

# --- 4. the frozen app on a computer without fonts -------------------------------------------
no_fonts() {
  if [ "$(id -u)" != 0 ] || ! command -v unshare >/dev/null; then
    echo "smoke: SKIPPED (needs root and unshare to hide the system fonts)"
    return 0
  fi
  local dir="$WORK/run-nofonts"
  mkdir -p "$dir"
  # A private mount namespace: the tmpfs hides the fonts from this command only.
  unshare -m bash -c '
    set -euo pipefail
    for d in /usr/share/fonts /usr/local/share/fonts; do
      [ -d "$d" ] && mount -t tmpfs none "$d"
    done
    [ -z "$(ls -A /usr/share/fonts)" ] || exit 3
    export HOME="$1/home" XDG_DATA_HOME="$1/home/share"
    if command -v fc-list >/dev/null && fc-list | grep -q .; then exit 4; fi
    cd "$1"
    exe="$2/decisionaid"
    "$exe" demo-session -o demo.json
    "$3" -c "
import json
doc = json.load(open(\"demo.json\", encoding=\"utf-8\"))
doc[\"session\"][\"notes\"] = \"Checked ✓ · not yet ○ · done ● · 我想继续工作\"
json.dump(doc, open(\"demo.json\", \"w\", encoding=\"utf-8\"), ensure_ascii=False)"
    "$exe" export demo.json -o summary.pdf 2>export.err
    "$exe" handout --language zh-CN -o handout-zh.pdf
    DECISIONAID_DATA_DIR="$1/data" "$exe" screenshots --language zh-CN shots 2>/dev/null
  ' _ "$dir" "$FROZEN" "$PYTHON" || fail "the run without system fonts (status $?)"
  if grep -q "warning" "$dir/export.err"; then cat "$dir/export.err" >&2; fail "export warned"; fi
  check_pdf "$dir/summary.pdf" "○●✓我"
  check_pdf "$dir/handout-zh.pdf" "临床试验"
  # Only the program's own fonts can be there.
  if tail -n +3 "$dir/summary.pdf.fonts" "$dir/handout-zh.pdf.fonts" | grep -v "^==>" | grep . |
    grep -v "DejaVuSans\|WenQuanYiMicroHei"; then
    fail "a font that is not the program's own was used"
  fi
  [ "$(ls "$dir"/shots/*.png | wc -l)" -ge 12 ] || fail "screenshots without fonts"
  echo "smoke: without system fonts: $(tail -n +3 "$dir/summary.pdf.fonts" | awk '{print $1}' | sort -u | tr '\n' ' ')"
}

# --- 5. the Linux desktop files --------------------------------------------------------------
desktop_files() {
  desktop-file-validate packaging/linux/*.desktop
  appstreamcli validate --no-net packaging/linux/*.metainfo.xml
  # The per-user install from the release folder, and the launcher it writes.
  local prefix="$WORK/prefix" id=io.github.trialdecisionaid.DecisionAid
  sh "$FROZEN/share/linux/install.sh" --prefix "$prefix"
  desktop-file-validate "$prefix/share/applications/$id.desktop"
  [ -f "$prefix/share/icons/hicolor/256x256/apps/$id.png" ] || fail "no hicolor icon"
  [ -f "$prefix/share/icons/hicolor/scalable/apps/$id.svg" ] || fail "no scalable icon"
  [ "$("$prefix/bin/decisionaid" --version)" = "decisionaid $VERSION" ] || fail "installed app"
  sh "$FROZEN/share/linux/install.sh" --prefix "$prefix" --uninstall
  [ ! -e "$prefix/lib/decisionaid" ] || fail "uninstall left the app"
}

part "sdist and wheel" build_dists
part "wheel install (fresh venv)" install_wheel
part "installed wheel: commands" wheel_commands
part "make package (frozen app)" frozen_build
part "frozen app: commands" frozen_commands
part "frozen app without system fonts" no_fonts
part "desktop files, install.sh" desktop_files
echo "smoke: all passed in $(($(date +%s) - T0)) s"
