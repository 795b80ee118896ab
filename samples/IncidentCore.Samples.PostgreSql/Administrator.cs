using IncidentCore.Procedures;
using IncidentCore.Procedures.Import;
using Microsoft.Extensions.DependencyInjection;

namespace IncidentCore.Samples.PostgreSql;

/// <summary>
/// The first system administrator, brought in through the library's registry import the way a host seeds a new
/// database: validated like any registration and audited by the import actor. Safe when several processes do it at
/// once: one commits, the others find it already stored or lose the commit race and then find it.
/// </summary>
internal static class Administrator
{
    public const string UserId = "admin";

    /// <summary>Creates the administrator unless it exists; returns whether this call created it.</summary>
    public static async Task<bool> EnsureAsync(IServiceProvider provider)
    {
        var import = provider.GetRequiredService<RegistryImport>();
        var report = await import.ImportAsync(Batch());

        // A process that lost the race to another one's commit finds the administrator stored when it asks again.
        if (!report.Succeeded)
        {
            report = await import.ImportAsync(Batch());
        }

        return report switch
        {
            { Succeeded: true, Imported: 1 } => true,
            { Succeeded: true } => false,
            _ => throw new InvalidOperationException($"The first system administrator could not be stored: {report}."),
        };
    }

    private static RegistryImportBatch Batch() => new()
    {
        Users =
        {
            new ImportedRecord<UserRegistrationRequest>(UserId, new UserRegistrationRequest
            {
                Name = "Ada Administrator",
                Email = "ada@example.com",
                Role = "system_administrator",
                Department = "IT",
            }),
        },
    };
}
