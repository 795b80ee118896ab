namespace IncidentCore.Procedures.Definitions;

/// <summary>What an SOP does to its record, which fixes the steps the pipeline runs for it.</summary>
public enum SopKind
{
    /// <summary>Creates a record: validate, authorize, uniqueness, references, write and audit.</summary>
    Create = 1,

    /// <summary>Changes a record through a change set: validate, authorize, load, uniqueness, references, write and audit.</summary>
    Update = 2,

    /// <summary>Reads a record: validate, authorize (association from the record), never audited.</summary>
    Read = 3,
}
