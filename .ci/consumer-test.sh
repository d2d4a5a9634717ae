#!/usr/bin/env bash
# The package as a new user meets it. Packs the library and the tool into a local folder feed, then, outside the
# solution and with a package cache of its own (so no stale copy of the package can be used):
#   1. a console project that references ArabicNews.Normalizer by id and version normalizes a seed article; its output
#      must equal the golden files and .ci/consumer/calendars.expected.txt;
#   2. the same project published with PublishAot=true and InvariantGlobalization=true must build with no trimming or
#      AOT warning (they are errors) and give the same output;
#   3. `dotnet tool install` of ArabicNews.Cli from the feed gives a working `arnews`;
#   4. every ```csharp block of README.md and of the two package READMEs is compiled against the package and run; its
#      output must equal the ```text block that follows it (a block with no ```text block after it must compile and
#      print nothing).
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
. "$root/.ci/consumer-project.sh"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

work="$(mktemp -d "${TMPDIR:-/tmp}/arabicnews-consumer.XXXXXX")"
trap 'rm -rf "$work"' EXIT
feed="$work/feed"
export NUGET_PACKAGES="$work/packages"   # a cache of its own: only the feed can provide the package
mkdir -p "$feed"
fail() { echo "consumer test: $*" >&2; exit 1; }

version="$(dotnet msbuild src/ArabicNews.Normalizer/ArabicNews.Normalizer.csproj -getProperty:Version)"
tfm="net$(dotnet --version | cut -d. -f1-2)"   # the runtime the SDK ships, so that the consumer can run
seed="$root/seeds/000_375119b0fce257f0.txt"
golden="$root/tests/ArabicNews.Normalizer.Tests/Golden"

# --- the packages -------------------------------------------------------------------------------------------------
if ! command -v unzip > /dev/null; then
  echo "consumer test: unzip missing; installing it" >&2
  (apt-get update -qq && apt-get install -y -qq unzip > /dev/null) || fail "cannot install unzip"
fi
dotnet pack src/ArabicNews.Normalizer -c Release -o "$feed" -v quiet -nologo
dotnet pack src/ArabicNews.Cli -c Release -o "$feed" -v quiet -nologo
dotnet pack src/ArabicNews.Normalizer.Lucene -c Release -o "$feed" -v quiet -nologo
lucene_version="$(dotnet msbuild src/ArabicNews.Normalizer.Lucene/ArabicNews.Normalizer.Lucene.csproj -getProperty:PackageVersion)"
[ -f "$feed/ArabicNews.Normalizer.Lucene.$lucene_version.nupkg" ] || fail "no Lucene package $lucene_version"
# The Lucene samples parse queries: the QueryParser version the solution pins.
queryparser_version="$(sed -n 's/.*Include="Lucene.Net.QueryParser" Version="\([^"]*\)".*/\1/p' Directory.Packages.props)"
[ -n "$queryparser_version" ] || fail "no Lucene.Net.QueryParser version in Directory.Packages.props"
nupkg="$feed/ArabicNews.Normalizer.$version.nupkg"
[ -f "$nupkg" ] || fail "no $nupkg"
[ -f "$feed/ArabicNews.Normalizer.$version.snupkg" ] || fail "no symbol package"
listing="$(unzip -l "$nupkg")"
for entry in PACKAGE.md lib/netstandard2.0/ArabicNews.Normalizer.dll lib/netstandard2.0/ArabicNews.Normalizer.xml \
             lib/net8.0/ArabicNews.Normalizer.dll lib/net8.0/ArabicNews.Normalizer.xml; do
  grep -q " $entry\$" <<<"$listing" || fail "package lacks $entry"
done
nuspec="$(unzip -p "$nupkg" ArabicNews.Normalizer.nuspec)"
grep -q '<license type="expression">MIT</license>' <<<"$nuspec" || fail "no license expression"
grep -q '<readme>PACKAGE.md</readme>' <<<"$nuspec" || fail "no package readme"
grep -q '<repository type="git"' <<<"$nuspec" || fail "no repository metadata"
grep -q '<group targetFramework="net8.0" />' <<<"$nuspec" || fail "net8.0 must have no dependency"
deps="$(grep -o '<dependency id="[^"]*"' <<<"$nuspec" | sort -u | tr '\n' ' ')"
[ "$deps" = '<dependency id="System.Memory" ' ] || fail "netstandard2.0 may depend on System.Memory only, found: $deps"
echo "consumer test: packages ok ($version)"

cat > "$work/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="arabicnews-local" value="$feed" />
  </packageSources>
</configuration>
XML

new_project() { # folder, extra properties
  mkdir -p "$1"
  write_consumer_project "$1/Consumer.csproj" "$tfm" "$2" "ArabicNews.Normalizer=$version"
}

check_from_feed() { # the restored package must be the one just packed
  local metadata="$NUGET_PACKAGES/arabicnews.normalizer/$version/.nupkg.metadata"
  [ -f "$metadata" ] || fail "package not restored"
  grep -q "\"source\": \"$feed" "$metadata" || fail "package restored from elsewhere than the local feed: $(cat "$metadata")"
}

check_output() { # folder written by the consumer
  for preset in search light lucene; do
    diff -u "$golden/$preset/$(basename "$seed")" "$1/$preset.txt" >&2 || fail "$preset output differs from the golden file"
  done
  diff -u "$root/.ci/consumer/calendars.expected.txt" "$1/calendars.txt" >&2 || fail "calendar answers differ"
}

# --- 1. JIT consumer ----------------------------------------------------------------------------------------------
jit="$work/jit"
new_project "$jit" ""
cp .ci/consumer/Program.cs "$jit/"
(cd "$jit" && dotnet build -c Release -v quiet -nologo) > "$work/jit.log" 2>&1 || { cat "$work/jit.log"; fail "consumer build failed"; }
check_from_feed
dotnet "$jit/bin/Release/$tfm/Consumer.dll" "$seed" "$work/out-jit"
check_output "$work/out-jit"
echo "consumer test: package consumer ok"

# --- 2. Native AOT consumer with invariant globalization -----------------------------------------------------------
if ! command -v clang > /dev/null && ! command -v gcc > /dev/null; then
  echo "consumer test: no C toolchain for Native AOT; installing clang" >&2
  (apt-get update -qq && apt-get install -y -qq clang > /dev/null) || fail "cannot install clang"
fi
linker=""
command -v clang > /dev/null || linker="<CppCompilerAndLinker>gcc</CppCompilerAndLinker>"
aot="$work/aot"
new_project "$aot" "<PublishAot>true</PublishAot><InvariantGlobalization>true</InvariantGlobalization><TrimmerSingleWarn>false</TrimmerSingleWarn><IlcTreatWarningsAsErrors>true</IlcTreatWarningsAsErrors>$linker"
cp .ci/consumer/Program.cs "$aot/"
(cd "$aot" && dotnet publish -c Release -o "$aot/native" -nologo) > "$work/aot.log" 2>&1 || { cat "$work/aot.log"; fail "AOT publish failed"; }
if grep -E "warning (IL|CS)[0-9]+" "$work/aot.log"; then fail "trimming or AOT warnings"; fi
[ ! -f "$aot/native/Consumer.dll" ] && [ -x "$aot/native/Consumer" ] || fail "no native binary"
"$aot/native/Consumer" "$seed" "$work/out-aot"
check_output "$work/out-aot"
diff -r "$work/out-jit" "$work/out-aot" >&2 || fail "AOT output differs from JIT output"
echo "consumer test: Native AOT consumer ok (invariant globalization, no warnings)"

# --- 3. the tool ----------------------------------------------------------------------------------------------------
(cd "$work" && dotnet tool install ArabicNews.Cli --version "$version" --tool-path "$work/tools" --add-source "$feed") > "$work/tool.log" 2>&1 \
  || { cat "$work/tool.log"; fail "dotnet tool install failed"; }
arnews="$work/tools/arnews"
"$arnews" normalize "$seed" | diff -u "$golden/search/$(basename "$seed")" - >&2 || fail "arnews normalize differs from the golden file"
[ "$("$arnews" months حزيران --to maghreb)" = "جوان" ] || fail "arnews months"
[ "$("$arnews" hijri 1445-09-15)" = "2024-03-25" ] || fail "arnews hijri"
[ "$("$arnews" hijri --from-gregorian 2024-03-25)" = "1445-09-15" ] || fail "arnews hijri --from-gregorian"
mkdir -p "$work/seeds-copy" && cp "$root"/seeds/*.txt "$work/seeds-copy/"
"$arnews" normalize --quiet "$work/seeds-copy" --out "$work/normalized"
for file in "$root"/seeds/*.txt; do
  diff -q "$golden/search/$(basename "$file")" "$work/normalized/$(basename "$file")" > /dev/null || fail "arnews normalize DIR --out: $(basename "$file")"
done
set +e; "$arnews" hijri 1445-13-01 2> /dev/null; code=$?; set -e
[ "$code" -eq 1 ] || fail "arnews exit code for bad input was $code"
set +e; "$arnews" hijri --frobnicate 2> /dev/null; code=$?; set -e
[ "$code" -eq 2 ] || fail "arnews exit code for bad usage was $code"
echo "consumer test: dotnet tool install ok"

# --- 4. README samples --------------------------------------------------------------------------------------------
bash "$root/.ci/readme-samples.sh" "$root/README.md" "$work/samples" "$version" "$tfm" "ArabicNews.Normalizer.Lucene=$lucene_version" "Lucene.Net.QueryParser=$queryparser_version"
bash "$root/.ci/readme-samples.sh" "$root/src/ArabicNews.Normalizer/PACKAGE.md" "$work/package-samples" "$version" "$tfm"
bash "$root/.ci/readme-samples.sh" "$root/src/ArabicNews.Normalizer.Lucene/README.md" "$work/lucene-samples" "$version" "$tfm" "ArabicNews.Normalizer.Lucene=$lucene_version" "Lucene.Net.QueryParser=$queryparser_version"
echo "consumer test: all ok"
