using IncidentCore.Domain;

namespace IncidentCore.Samples.McpServer.Startup;

/// <summary>The library's rule for a well-formed record id, checked on the ids a seed file gives its incident records.</summary>
internal static class SeedIds
{
    /// <summary>1 to <see cref="FieldLimits.MaximumIdLength"/> ASCII letters, digits, '-', '_', '.' or ':'.</summary>
    public static bool IsWellFormed(string? id) =>
        !string.IsNullOrEmpty(id)
        && id.Length <= FieldLimits.MaximumIdLength
        && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':');
}
