namespace IncidentCore.Samples.PostgreSql.Storage;

/// <summary>The schema, read once from the embedded Schema.sql.</summary>
internal static class SchemaScript
{
    private static readonly Lazy<string> Script = new(Load);

    public static string Text => Script.Value;

    private static string Load()
    {
        using var stream = typeof(SchemaScript).Assembly.GetManifestResourceStream("IncidentCore.Samples.PostgreSql.Storage.Schema.sql")
            ?? throw new InvalidOperationException("The embedded schema script is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
