namespace IncidentCore.EntityFrameworkCore;

/// <summary>
/// The names the model gives what it adds: the shadow properties that hold unique keys and the audit trail's commit
/// order, and the annotation that tells the store which record field a unique index or primary key guards.
/// </summary>
internal static class ModelNames
{
    /// <summary>The annotation on a unique index or primary key naming the record field (wire name) it keeps unique.</summary>
    public const string UniqueFieldAnnotation = "IncidentCore:UniqueField";

    /// <summary>The annotation on the model that says IncidentCore's model was applied.</summary>
    public const string ModelAnnotation = "IncidentCore:Model";

    public const string RegistrationNumberKey = "RegistrationNumberKey";

    public const string ContactEmailKey = "ContactEmailKey";

    public const string EmailKey = "EmailKey";

    public const string VendorNameKey = "VendorNameKey";

    public const string ContactPhoneKey = "ContactPhoneKey";

    public const string ProductNameKey = "ProductNameKey";

    public const string ComponentNameKey = "ComponentNameKey";

    /// <summary>The commit order of the audit trail and of incident history rows: a key the database assigns as each row is inserted.</summary>
    public const string Sequence = "Sequence";
}
