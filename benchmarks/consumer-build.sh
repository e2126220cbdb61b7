#!/usr/bin/env bash
# Times a package consumer's builds: a clean build (bin/ and obj/ deleted) and an incremental build
# after a spec edit, three runs each, with the compiler server on. Prints each run and the medians.
# Usage: benchmarks/consumer-build.sh   (after `dotnet build CodeGen.sln`)
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
version="0.0.1-bench$(date +%s)"
trap 'dotnet build-server shutdown --vbcscompiler >/dev/null 2>&1 || true; rm -rf "$work" "${NUGET_PACKAGES:-$HOME/.nuget/packages}"/codegen.{generator,runtime}/"$version"' EXIT

for project in generator/CodeGen.Generator runtime/CodeGen.Runtime; do
  dotnet pack "$repo/$project" --no-build -c Debug -o "$work/packages" -p:PackageVersion="$version" >/dev/null
done

mkdir -p "$work/consumer/specs"
cp "$repo/specs/huaweicloud/kps.yaml" "$repo/specs/huaweicloud/workspace.yaml" "$repo/specs/alibabacloud/cs.yaml" "$work/consumer/specs/"
echo '<Project />' > "$work/Directory.Build.props"
echo '<Project />' > "$work/Directory.Packages.props"
cat > "$work/nuget.config" <<XML
<configuration><packageSources><add key="bench" value="$work/packages" /></packageSources></configuration>
XML
cat > "$work/consumer/Consumer.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><TargetFramework>net10.0</TargetFramework><Nullable>enable</Nullable></PropertyGroup>
  <ItemGroup>
    <PackageReference Include="CodeGen.Generator" Version="$version" />
    <OpenApiSpec Include="specs/kps.yaml" Namespace="HuaweiCloud.Kps" ClassName="KpsClient" />
    <OpenApiSpec Include="specs/workspace.yaml" Namespace="HuaweiCloud.Workspace" ClassName="WorkspaceClient" />
    <OpenApiSpec Include="specs/cs.yaml" Namespace="AlibabaCloud.Cs" ClassName="CsClient" />
  </ItemGroup>
</Project>
XML

seconds() { local start end; start=$(date +%s.%N); dotnet build "$work/consumer" -c Debug >/dev/null; end=$(date +%s.%N); echo "$end - $start" | bc; }
median() { printf '%s\n' "$@" | sort -n | sed -n 2p; }

dotnet build "$work/consumer" -c Debug >/dev/null   # warm-up: restore, compiler server start
clean=(); incremental=()
for run in 1 2 3; do
  rm -rf "$work/consumer/bin" "$work/consumer/obj"
  clean+=("$(seconds)")
  sed -i "s|^paths:$|paths:\n  /ping$run:\n    get:\n      operationId: ping$run\n      responses:\n        '204':\n          description: Up.|" "$work/consumer/specs/kps.yaml"
  incremental+=("$(seconds)")
  grep -q "Ping${run}Async" "$work"/consumer/obj/Debug/net10.0/*.dll 2>/dev/null || strings "$work/consumer/bin/Debug/net10.0/Consumer.dll" | grep -q "Ping${run}Async"
done

echo "clean build (s):       ${clean[*]}   median $(median "${clean[@]}")"
echo "after a spec edit (s): ${incremental[*]}   median $(median "${incremental[@]}")"
