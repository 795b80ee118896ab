using IncidentCore.Domain.Incidents;
using IncidentCore.Ports.Incidents;

namespace IncidentCore.EntityFrameworkCore;

/// <summary>
/// The incident domain's repositories on the unit of work (made on first use, so a registry call pays nothing for
/// them): their records and history rows are staged in the same context and saved by the same <c>SaveChanges</c>, in
/// the same transaction, as the registry's records and the audit entries.
/// </summary>
internal sealed partial class EntityFrameworkUnitOfWork : IIncidentUnitOfWork
{
    private EntityFrameworkProductRepository? _products;
    private EntityFrameworkComponentRepository? _components;
    private EntityFrameworkIncidentRepository? _incidents;
    private EntityFrameworkEscalationRepository? _escalations;
    private EntityFrameworkCommunicationRepository? _communications;
    private EntityFrameworkReviewRepository? _reviews;
    private int _historyRows;

    public IProductRepository Products => _products ??= new(this);

    public IComponentRepository Components => _components ??= new(this);

    public IIncidentRepository Incidents => _incidents ??= new(this);

    public IEscalationRepository Escalations => _escalations ??= new(this);

    public ICommunicationRepository Communications => _communications ??= new(this);

    public IReviewRepository Reviews => _reviews ??= new(this);

    /// <summary>Stages an incident history row; it is inserted with the commit, in the order staged.</summary>
    internal void StageHistory(IncidentHistoryEntry row)
    {
        ArgumentNullException.ThrowIfNull(row);
        ThrowIfDone();
        Context.Add(row);
        _historyRows++;
    }
}
