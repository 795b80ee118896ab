namespace IncidentCore.Procedures.Pipeline;

/// <summary>One validated input: its text (trimmed or normalised) or its enumeration number, and whether it was given.</summary>
internal struct FieldValue
{
    public string? Text;
    public long Number;
    public bool IsSet;
}
