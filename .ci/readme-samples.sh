#!/usr/bin/env bash
# Compiles and runs every ```csharp block of a markdown file against the ArabicNews.Normalizer package, so that the
# README cannot rot. Convention (see README.md, "Contributing"):
#   - a ```csharp block is a sample: `using` directives first, then statements (no type declarations), as in a
#     program with top-level statements;
#   - when the next fenced block after it is ```text, that block is exactly what the sample prints on stdout
#     (UTF-8); otherwise the sample must compile and print nothing.
# Usage: readme-samples.sh README.md WORK-FOLDER PACKAGE-VERSION TARGET-FRAMEWORK [ID=VERSION ...]
# (each ID=VERSION is one more package the samples reference, such as ArabicNews.Normalizer.Lucene=0.1.0-beta)
# (run by .ci/consumer-test.sh, which provides the package feed through WORK-FOLDER/../nuget.config).
set -euo pipefail
readme="$1"; work="$2"; version="$3"; tfm="$4"
shift 4
. "$(dirname "$0")/consumer-project.sh"
mkdir -p "$work/src" "$work/expected"

# Split the file into src/SampleN.cs (with #line pointing back at the markdown) and expected/N.txt.
awk -v src="$work/src" -v expected="$work/expected" -v readme="$readme" '
  /^```csharp[ \t]*$/ { n++; mode = "code"; file = src "/Sample" n ".cs"; body = ""; usings = ""; first = NR + 1; last = n; next }
  /^```text[ \t]*$/   { if (pending) { mode = "text"; out = expected "/" pending ".txt"; printf "" > out; pending = 0 } else { mode = "other" } ; next }
  /^```/ {
    if (mode == "code") {
      printf "%s", usings > file
      printf "namespace ReadmeSamples\n{\n    internal static class Sample%d\n    {\n        public static void Run()\n        {\n#line %d \"%s\"\n%s#line default\n        }\n    }\n}\n", n, first, readme, body > file
      close(file); pending = n; mode = ""; next
    }
    if (mode == "text") { close(out); mode = ""; next }
    if (mode == "") { mode = "other"; pending = 0; next }
    mode = ""; next
  }
  mode == "code" {
    if ($0 ~ /^using [A-Za-z_][A-Za-z0-9_.= ]*;[ \t]*$/ && $0 !~ /^using var /) { usings = usings $0 "\n"; body = body "\n" } else { body = body $0 "\n" }
    next
  }
  mode == "text" { print > out; next }
  END { print n > (src "/count") }
' "$readme"
count="$(cat "$work/src/count")"
[ "$count" -gt 0 ] || { echo "readme samples: no csharp block in $readme" >&2; exit 1; }

{
  echo "using System;"
  echo "using System.Text;"
  echo "Console.OutputEncoding = new UTF8Encoding(false);"
  echo "switch (args[0])"
  echo "{"
  for i in $(seq 1 "$count"); do echo "    case \"$i\": ReadmeSamples.Sample$i.Run(); break;"; done
  echo "    default: return 2;"
  echo "}"
  echo "return 0;"
} > "$work/src/Program.cs"

write_consumer_project "$work/Samples.csproj" "$tfm" "<InvariantGlobalization>true</InvariantGlobalization>" "ArabicNews.Normalizer=$version" "$@"
rm -f "$work/src/count"
(cd "$work" && dotnet build -c Release -v quiet -nologo) > "$work/build.log" 2>&1 || { cat "$work/build.log" >&2; echo "readme samples: build failed" >&2; exit 1; }

failed=0
for i in $(seq 1 "$count"); do
  expected="$work/expected/$i.txt"
  [ -f "$expected" ] || : > "$expected"
  if ! dotnet "$work/bin/Release/$tfm/Samples.dll" "$i" > "$work/actual-$i.txt" 2> "$work/error-$i.txt"; then
    echo "readme samples: csharp block $i failed:" >&2; cat "$work/error-$i.txt" >&2; failed=1; continue
  fi
  if ! diff -u "$expected" "$work/actual-$i.txt" >&2; then
    echo "readme samples: csharp block $i prints something else than the text block after it (diff above)" >&2; failed=1
  fi
done
[ "$failed" -eq 0 ] || exit 1
echo "readme samples: $count csharp blocks compiled, run and checked"
