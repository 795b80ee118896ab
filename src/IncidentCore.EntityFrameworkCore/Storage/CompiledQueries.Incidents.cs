using IncidentCore.Domain.Incidents;
using Microsoft.EntityFrameworkCore;

namespace IncidentCore.EntityFrameworkCore;

/// <summary>The incident domain's lookups by id and by unique key, compiled once per model like the registry's.</summary>
internal sealed partial class CompiledQueries
{
    public readonly Func<DbContext, string, CancellationToken, Task<Product?>> ProductById =
        EF.CompileAsyncQuery((DbContext c, string id, CancellationToken _) => c.Set<Product>().AsNoTracking().FirstOrDefault(r => r.ProductId == id));

    public readonly Func<DbContext, string, CancellationToken, Task<Product?>> ProductByName =
        EF.CompileAsyncQuery((DbContext c, string key, CancellationToken _) =>
            c.Set<Product>().AsNoTracking().FirstOrDefault(r => EF.Property<string>(r, ModelNames.ProductNameKey) == key));

    public readonly Func<DbContext, string, CancellationToken, Task<InfrastructureComponent?>> ComponentById =
        EF.CompileAsyncQuery((DbContext c, string id, CancellationToken _) => c.Set<InfrastructureComponent>().AsNoTracking().FirstOrDefault(r => r.ComponentId == id));

    public readonly Func<DbContext, string, CancellationToken, Task<InfrastructureComponent?>> ComponentByName =
        EF.CompileAsyncQuery((DbContext c, string key, CancellationToken _) =>
            c.Set<InfrastructureComponent>().AsNoTracking().FirstOrDefault(r => EF.Property<string>(r, ModelNames.ComponentNameKey) == key));

    public readonly Func<DbContext, string, CancellationToken, Task<Incident?>> IncidentById =
        EF.CompileAsyncQuery((DbContext c, string id, CancellationToken _) => c.Set<Incident>().AsNoTracking().FirstOrDefault(r => r.IncidentId == id));

    public readonly Func<DbContext, string, CancellationToken, Task<Escalation?>> EscalationById =
        EF.CompileAsyncQuery((DbContext c, string id, CancellationToken _) => c.Set<Escalation>().AsNoTracking().FirstOrDefault(r => r.EscalationId == id));

    public readonly Func<DbContext, string, CancellationToken, Task<Communication?>> CommunicationById =
        EF.CompileAsyncQuery((DbContext c, string id, CancellationToken _) => c.Set<Communication>().AsNoTracking().FirstOrDefault(r => r.CommunicationId == id));

    public readonly Func<DbContext, string, CancellationToken, Task<PostIncidentReview?>> ReviewById =
        EF.CompileAsyncQuery((DbContext c, string id, CancellationToken _) => c.Set<PostIncidentReview>().AsNoTracking().FirstOrDefault(r => r.ReviewId == id));
}
