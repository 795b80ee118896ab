namespace IncidentCore.Procedures;

/// <summary>A validated change set: the wire names of the fields it sets, in the order given.</summary>
internal abstract class RecordPatch
{
    public string[] Fields { get; init; } = [];
}
