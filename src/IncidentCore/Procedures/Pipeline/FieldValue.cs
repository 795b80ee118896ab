namespace IncidentCore.Procedures.Pipeline;

/// <summary>One validated input: its text (trimmed or normalised) or its number, its unique key when it has one (computed once per call), and whether it was given.</summary>
internal struct FieldValue
{
    public string? Text;
    public string? Key;
    public long Number;
    public bool IsSet;
}
