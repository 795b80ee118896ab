#!/usr/bin/env bash
# A user's first contact with the package: pack, then build and run a brand-new console app that references
# IncidentCore by package from a local folder feed, with its own package cache so nothing stale can serve it.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

dotnet pack "$ROOT/src/IncidentCore/IncidentCore.csproj" -c Release -o "$TMP/feed" >"$TMP/pack.log" 2>&1 || { cat "$TMP/pack.log"; exit 1; }
if [ -f "$ROOT/src/IncidentCore.Specification.Tests/IncidentCore.Specification.Tests.csproj" ]; then
  dotnet pack "$ROOT/src/IncidentCore.Specification.Tests/IncidentCore.Specification.Tests.csproj" -c Release -o "$TMP/feed" >>"$TMP/pack.log" 2>&1 || { cat "$TMP/pack.log"; exit 1; }
fi
echo "packed:"; ls -l "$TMP/feed"
version=$(ls "$TMP/feed" | sed -n 's/^IncidentCore\.\([0-9][0-9.]*[0-9]\)\.nupkg$/\1/p' | head -1)
[ -n "$version" ] || { echo "no IncidentCore package was produced"; exit 1; }
listing=$(unzip -l "$TMP/feed/IncidentCore.$version.nupkg")
echo "$listing"
for expected in "lib/net10.0/IncidentCore.dll" "lib/net10.0/IncidentCore.xml" "PACKAGE.md" "IncidentCore.nuspec"; do
  grep -qF "$expected" <<<"$listing" || { echo "the package lacks $expected"; exit 1; }
done
[ -f "$TMP/feed/IncidentCore.$version.snupkg" ] || { echo "no symbol package"; exit 1; }

mkdir -p "$TMP/app"
cat >"$TMP/app/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="local-feed" value="$TMP/feed" />
  </packageSources>
  <packageSourceMapping>
    <packageSource key="local-feed"><package pattern="IncidentCore" /><package pattern="IncidentCore.*" /></packageSource>
    <packageSource key="nuget.org"><package pattern="*" /></packageSource>
  </packageSourceMapping>
</configuration>
XML
cat >"$TMP/app/ConsumerSmoke.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="IncidentCore" Version="$version" />
    <PackageReference Include="Microsoft.Extensions.DependencyInjection" Version="10.0.15" />
  </ItemGroup>
</Project>
XML
cat >"$TMP/app/Program.cs" <<'CS'
using IncidentCore.Domain;
using IncidentCore.Ports;
using IncidentCore.Procedures;
using Microsoft.Extensions.DependencyInjection;

var services = new ServiceCollection();
services.AddIncidentCore().AddInMemoryStores(seed => seed.Users.Add(new User
{
    UserId = "1", Name = "Ada", Email = "ada@example.com", Role = UserRole.SystemAdministrator,
    CreatedAt = DateTimeOffset.UnixEpoch, UpdatedAt = DateTimeOffset.UnixEpoch,
}));
await using var provider = services.BuildServiceProvider();

var result = await provider.GetRequiredService<ClientOnboarding>().OnboardAsync("1", new ClientOnboardingRequest
{
    ClientName = "Johnson LLC", RegistrationNumber = "REG-1", ContactEmail = "contact@johnsonllc", ClientType = "mid_market",
});
if (!result.Succeeded)
{
    Console.WriteLine($"halted: {result.Halt.CodeName}");
    return 1;
}

await using var work = await provider.GetRequiredService<IUnitOfWorkFactory>().BeginAsync();
foreach (var entry in await work.AuditTrail.ListAsync(0, 10))
{
    Console.WriteLine($"audit {entry.Action.ToWireName()} {entry.EntityType.ToWireName()} {entry.EntityId} by {entry.ActorUserId} {entry.Outcome.ToWireName()} fields={string.Join(",", entry.ChangedFields)}");
}

return 0;
CS

export NUGET_PACKAGES="$TMP/packages"
(cd "$TMP/app" && dotnet run -c Release) | tee "$TMP/out.txt"
grep -q "^audit create client 1 by 1 succeeded fields=client_name,registration_number,contact_email,client_type,status$" "$TMP/out.txt"
! grep -q "johnsonllc" "$TMP/out.txt"
echo "consumer smoke: the package restored from a local feed, built and ran"
