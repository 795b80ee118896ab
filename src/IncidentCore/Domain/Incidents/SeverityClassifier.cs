namespace IncidentCore.Domain.Incidents;

/// <summary>
/// Decides an incident's severity from the reporter's flags: P1 if any P1 flag is set, else P2 if any P2 flag, else P3
/// if any P3 flag, else P4 (flags given and all false give P4). A flag raises, never lowers: adding a true flag never
/// makes the severity less severe.
/// </summary>
public static class SeverityClassifier
{
    /// <summary>Classifies a set of flags.</summary>
    /// <param name="flags">Flag wire names with their values; names must be flags (see <see cref="SeverityFlags.IsFlag"/>).</param>
    /// <returns>The severity.</returns>
    public static Severity Classify(IEnumerable<KeyValuePair<string, bool>> flags)
    {
        ArgumentNullException.ThrowIfNull(flags);
        var severity = Severity.P4;
        foreach (var (name, value) in flags)
        {
            if (!value)
            {
                continue;
            }

            foreach (var (flag, raises) in SeverityFlags.All)
            {
                if (string.Equals(flag, name, StringComparison.Ordinal) && raises < severity)
                {
                    severity = raises;
                }
            }
        }

        return severity;
    }
}
