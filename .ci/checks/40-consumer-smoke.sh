#!/usr/bin/env bash
# A user's first contact with the package: pack, then build and run a brand-new console app that references
# IncidentCore by package from a local folder feed, with its own package cache so nothing stale can serve it.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

dotnet pack "$ROOT/src/IncidentCore/IncidentCore.csproj" -c Release -o "$TMP/feed" >"$TMP/pack.log" 2>&1 || { cat "$TMP/pack.log"; exit 1; }
for efcore in IncidentCore.EntityFrameworkCore IncidentCore.EntityFrameworkCore.Sqlite; do
  dotnet pack "$ROOT/src/$efcore/$efcore.csproj" -c Release -o "$TMP/feed" >>"$TMP/pack.log" 2>&1 || { cat "$TMP/pack.log"; exit 1; }
done
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
for efcore in IncidentCore.EntityFrameworkCore IncidentCore.EntityFrameworkCore.Sqlite; do
  listing=$(unzip -l "$TMP/feed/$efcore.$version.nupkg")
  for expected in "lib/net10.0/$efcore.dll" "lib/net10.0/$efcore.xml" "PACKAGE.md"; do
    grep -qF "$expected" <<<"$listing" || { echo "$efcore lacks $expected"; exit 1; }
  done
done

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
    <PackageReference Include="IncidentCore.EntityFrameworkCore" Version="$version" />
    <PackageReference Include="IncidentCore.EntityFrameworkCore.Sqlite" Version="$version" />
    <PackageReference Include="Microsoft.EntityFrameworkCore.Sqlite" Version="10.0.15" />
    <PackageReference Include="Microsoft.Extensions.DependencyInjection" Version="10.0.15" />
  </ItemGroup>
</Project>
XML
cat >"$TMP/app/Program.cs" <<'CS'
using IncidentCore.Domain;
using IncidentCore.Ports;
using IncidentCore.Procedures;
using Microsoft.EntityFrameworkCore;
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
foreach (var entry in await work.AuditTrail.ListAsync(null, 10))
{
    Console.WriteLine($"audit {entry.Action.ToWireName()} {entry.EntityType.ToWireName()} {entry.EntityId} by {entry.ActorUserId} {entry.Outcome.ToWireName()} fields={string.Join(",", entry.ChangedFields)}");
}

// The same procedure through the Entity Framework Core store, on a SQLite file, in the consumer's own context.
var file = Path.Combine(Path.GetTempPath(), $"consumer-smoke-{Guid.NewGuid():N}.db");
var efServices = new ServiceCollection();
efServices.AddDbContext<ConsumerContext>(options => options.UseSqlite($"Data Source={file}"));
efServices.AddIncidentCore().AddEntityFrameworkStores<ConsumerContext>().UseSqliteErrorClassifier();
await using (var efProvider = efServices.BuildServiceProvider())
{
    await using (var scope = efProvider.CreateAsyncScope())
    {
        await scope.ServiceProvider.GetRequiredService<ConsumerContext>().Database.EnsureCreatedAsync();
    }

    await using (var seed = await efProvider.GetRequiredService<IUnitOfWorkFactory>().BeginAsync())
    {
        seed.Users.Add(new User
        {
            UserId = "1", Name = "Ada", Email = "ada@example.com", Role = UserRole.SystemAdministrator,
            CreatedAt = DateTimeOffset.UnixEpoch, UpdatedAt = DateTimeOffset.UnixEpoch,
        });
        await seed.CommitAsync();
    }

    var onboarding = efProvider.GetRequiredService<ClientOnboarding>();
    var request = new ClientOnboardingRequest { ClientName = "Johnson LLC", RegistrationNumber = "REG-1", ContactEmail = "contact@johnsonllc", ClientType = "mid_market" };
    var efResult = await onboarding.OnboardAsync("1", request);
    var again = await onboarding.OnboardAsync("1", request with { ContactEmail = "other@johnsonllc" });
    Console.WriteLine($"efcore {(efResult.Succeeded ? "succeeded" : efResult.Halt.CodeName)} then {(again.Succeeded ? "succeeded" : again.Halt.CodeName)}");
    await using var efWork = await efProvider.GetRequiredService<IUnitOfWorkFactory>().BeginAsync();
    foreach (var entry in await efWork.AuditTrail.ListAsync(null, 10))
    {
        Console.WriteLine($"efcore audit {entry.Action.ToWireName()} {entry.EntityType.ToWireName()} by {entry.ActorUserId} {entry.Outcome.ToWireName()}");
    }
}

Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
File.Delete(file);
return 0;

/// <summary>The consumer's own context, with IncidentCore's model added.</summary>
internal sealed class ConsumerContext(DbContextOptions<ConsumerContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.ApplyIncidentCoreModel();
}
CS

export NUGET_PACKAGES="$TMP/packages"
(cd "$TMP/app" && dotnet run -c Release) | tee "$TMP/out.txt"
grep -q "^audit create client 1 by 1 succeeded fields=client_name,registration_number,contact_email,client_type,status$" "$TMP/out.txt"
! grep -q "johnsonllc" "$TMP/out.txt"
grep -q "^efcore succeeded then duplicate$" "$TMP/out.txt"
grep -q "^efcore audit create client by 1 succeeded$" "$TMP/out.txt"
echo "consumer smoke: the packages restored from a local feed, built and ran (in memory and on EF Core with SQLite)"
