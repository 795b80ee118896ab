namespace IncidentCore.Procedures;

/// <summary>Why a procedure stopped without changing anything. Wire names are listed in <see cref="HaltCodes"/>.</summary>
public enum HaltCode
{
    /// <summary>validation_failed: an input is missing or invalid; see the field errors.</summary>
    ValidationFailed = 1,

    /// <summary>unauthorized: the actor may not run this procedure (the reason says why).</summary>
    Unauthorized = 2,

    /// <summary>not_found: the record to change, or a record an input refers to, does not exist.</summary>
    NotFound = 3,

    /// <summary>duplicate: a unique value is already taken.</summary>
    Duplicate = 4,

    /// <summary>storage_failure: the store failed; nothing was changed and the failure was escalated.</summary>
    StorageFailure = 5,

    /// <summary>conflict: the record kept changing under concurrent updates; nothing was changed, try again.</summary>
    Conflict = 6,
}
