using IncidentCore.Domain;
using IncidentCore.Procedures;
using IncidentCore.Procedures.Definitions;
using IncidentCore.Procedures.Import;

namespace IncidentCore.Samples.McpServer.Startup;

/// <summary>
/// Loads a seed file into the store through the library's registry import, whichever store the server uses: every
/// record validated as its create procedure validates it, unique, its links resolved, one audit entry each by the
/// import actor, all in one commit or nothing. Records whose id is already stored are left alone, so a database
/// started again on the same seed file imports nothing new.
/// </summary>
internal static class SeedImport
{
    /// <summary>Imports the batch; on problems writes each bad record's entity, id, field and code (never a value) to <paramref name="error"/>.</summary>
    /// <returns>The import's report.</returns>
    public static async Task<ImportReport> RunAsync(RegistryImport import, RegistryImportBatch batch, TextWriter error, CancellationToken cancellationToken)
    {
        var report = await import.ImportAsync(batch, cancellationToken);
        if (report.Succeeded)
        {
            return report;
        }

        await error.WriteLineAsync($"The seed file was not loaded; nothing was stored. {report.Problems.Count} problem(s):");
        foreach (var problem in report.Problems)
        {
            await error.WriteLineAsync($"  {problem.EntityType.ToWireName()} {problem.RecordId}: {SeedField(problem)} {problem.Code}");
        }

        return report;
    }

    /// <summary>
    /// The field as the seed file names it: seed records carry record fields (a vendor's contact_email), while the
    /// import reports its create procedure's input names (vendor_email).
    /// </summary>
    private static string SeedField(ImportProblem problem)
    {
        var create = SopCatalog.All.FirstOrDefault(s => s.Kind == SopKind.Create && s.EntityType == problem.EntityType);
        return create?.Find(problem.Field)?.RecordField ?? problem.Field;
    }
}
