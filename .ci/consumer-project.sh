# Sourced by consumer-test.sh and readme-samples.sh: the project file of a program that uses the packages as a
# stranger's project would (outside the solution: no Directory.Build.props, no central versions).
# write_consumer_project FILE TARGET-FRAMEWORK EXTRA-PROPERTIES ID=VERSION...
write_consumer_project() {
  local file="$1" tfm="$2" properties="$3" references="" package
  shift 3
  for package in "$@"; do
    references="$references    <PackageReference Include=\"${package%%=*}\" Version=\"[${package#*=}]\" />
"
  done
  cat > "$file" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>$tfm</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>disable</ImplicitUsings>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
    <ImportDirectoryBuildProps>false</ImportDirectoryBuildProps>
    $properties
  </PropertyGroup>
  <ItemGroup>
$references  </ItemGroup>
</Project>
XML
}
