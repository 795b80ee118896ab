namespace IncidentCore.Verification.Tests.HostileInput;

/// <summary>What a null value means for a field.</summary>
internal enum NullMeans
{
    /// <summary>The field is required: null is refused.</summary>
    Refused,

    /// <summary>The field is optional: null leaves it empty.</summary>
    Empty,

    /// <summary>The field is optional: null stores its default.</summary>
    Default,
}
