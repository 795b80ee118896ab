using IncidentCore.EntityFrameworkCore;

namespace Microsoft.EntityFrameworkCore;

/// <summary>Adds IncidentCore's model to a host's own <see cref="DbContext"/>.</summary>
public static class IncidentCoreModelBuilderExtensions
{
    /// <summary>
    /// Adds the tables of IncidentCore's records and audit trail to the model: clients, users and vendors (each with
    /// its normalised unique keys in columns of their own under unique indexes, and <c>Version</c> as the concurrency
    /// token), the incident domain (products and infrastructure components with their name keys under unique indexes,
    /// incidents and their history rows, escalations with at most one active per incident and level, communications
    /// and post-incident reviews), change and rollback requests (with at most one open rollback per change), the audit
    /// trail (keyed in commit order) and the one-row audit order lock. Call it from <c>OnModelCreating</c>, beside the
    /// host's own entities; then create a migration as usual.
    /// </summary>
    /// <param name="modelBuilder">The host context's model builder.</param>
    /// <param name="configure">Changes where the tables go (schema, name prefix).</param>
    /// <returns>The model builder.</returns>
    public static ModelBuilder ApplyIncidentCoreModel(this ModelBuilder modelBuilder, Action<IncidentCoreModelOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        var options = new IncidentCoreModelOptions();
        configure?.Invoke(options);
        options.Validate();

        ClientModel.Apply(modelBuilder, options);
        UserModel.Apply(modelBuilder, options);
        VendorModel.Apply(modelBuilder, options);
        ProductModel.Apply(modelBuilder, options);
        ComponentModel.Apply(modelBuilder, options);
        IncidentModel.Apply(modelBuilder, options);
        IncidentHistoryModel.Apply(modelBuilder, options);
        EscalationModel.Apply(modelBuilder, options);
        CommunicationModel.Apply(modelBuilder, options);
        ReviewModel.Apply(modelBuilder, options);
        ChangeRequestModel.Apply(modelBuilder, options);
        RollbackRequestModel.Apply(modelBuilder, options);
        AuditEntryModel.Apply(modelBuilder, options);
        AuditOrderLockModel.Apply(modelBuilder, options);
        return modelBuilder;
    }
}
