using IncidentCore.Domain.Incidents;
using IncidentCore.Ports.Incidents;

namespace IncidentCore.Adapters.InMemory;

/// <summary>The incident domain's repositories on the in-memory unit of work: reads from the committed tables, writes staged.</summary>
internal sealed partial class InMemoryUnitOfWork
    : IProductRepository, IComponentRepository, IIncidentRepository, IEscalationRepository, ICommunicationRepository, IReviewRepository
{
    public IProductRepository Products => this;

    public IComponentRepository Components => this;

    public IIncidentRepository Incidents => this;

    public IEscalationRepository Escalations => this;

    public ICommunicationRepository Communications => this;

    public IReviewRepository Reviews => this;

    ValueTask<Product?> IProductRepository.FindByIdAsync(string productId, CancellationToken cancellationToken) =>
        Read(store.Products.FindById(productId), cancellationToken);

    ValueTask<Product?> IProductRepository.FindByNameAsync(string productNameKey, CancellationToken cancellationToken) =>
        Read(store.Products.FindByKey(0, productNameKey), cancellationToken);

    void IProductRepository.Add(Product record) => Stage(store.Products, record, isUpdate: false);

    void IProductRepository.Update(Product record) => Stage(store.Products, record, isUpdate: true);

    ValueTask<InfrastructureComponent?> IComponentRepository.FindByIdAsync(string componentId, CancellationToken cancellationToken) =>
        Read(store.Components.FindById(componentId), cancellationToken);

    ValueTask<InfrastructureComponent?> IComponentRepository.FindByNameAsync(string componentNameKey, CancellationToken cancellationToken) =>
        Read(store.Components.FindByKey(0, componentNameKey), cancellationToken);

    void IComponentRepository.Add(InfrastructureComponent record) => Stage(store.Components, record, isUpdate: false);

    void IComponentRepository.Update(InfrastructureComponent record) => Stage(store.Components, record, isUpdate: true);

    ValueTask<Incident?> IIncidentRepository.FindByIdAsync(string incidentId, CancellationToken cancellationToken) =>
        Read(store.Incidents.FindById(incidentId), cancellationToken);

    ValueTask<IReadOnlyList<Incident>> IIncidentRepository.ListByClientAsync(string clientId, string? afterIncidentId, int take, CancellationToken cancellationToken) =>
        Read(Resolve(store.Incidents, store.IncidentsByClient.Page(clientId, afterIncidentId, take)), cancellationToken);

    ValueTask<IReadOnlyList<IncidentHistoryEntry>> IIncidentRepository.ListHistoryAsync(string incidentId, CancellationToken cancellationToken) =>
        Read(store.History.List(incidentId), cancellationToken);

    void IIncidentRepository.AppendHistory(IncidentHistoryEntry row)
    {
        ArgumentNullException.ThrowIfNull(row);
        ThrowIfDone();
        // One row (the usual update) is kept as it is, and only more need a list.
        var staged = History;
        object rows;
        switch (staged)
        {
            case null:
                rows = row;
                break;
            case IncidentHistoryEntry first:
                rows = new List<IncidentHistoryEntry> { first, row };
                break;
            default:
                ((List<IncidentHistoryEntry>)staged).Add(row);
                rows = staged;
                break;
        }

        if (_more is MoreStaged more)
        {
            more.History = rows;
        }
        else
        {
            _more = rows;
        }
    }

    void IIncidentRepository.Add(Incident record) => Stage(store.Incidents, record, isUpdate: false);

    void IIncidentRepository.Update(Incident record) => Stage(store.Incidents, record, isUpdate: true);

    ValueTask<Escalation?> IEscalationRepository.FindByIdAsync(string escalationId, CancellationToken cancellationToken) =>
        Read(store.Escalations.FindById(escalationId), cancellationToken);

    ValueTask<IReadOnlyList<Escalation>> IEscalationRepository.ListByIncidentAsync(string incidentId, CancellationToken cancellationToken) =>
        Read(Resolve(store.Escalations, store.EscalationsByIncident.All(incidentId)), cancellationToken);

    void IEscalationRepository.Add(Escalation record) => Stage(store.Escalations, record, isUpdate: false);

    void IEscalationRepository.Update(Escalation record) => Stage(store.Escalations, record, isUpdate: true);

    ValueTask<Communication?> ICommunicationRepository.FindByIdAsync(string communicationId, CancellationToken cancellationToken) =>
        Read(store.Communications.FindById(communicationId), cancellationToken);

    ValueTask<IReadOnlyList<Communication>> ICommunicationRepository.ListByIncidentAsync(string incidentId, CancellationToken cancellationToken) =>
        Read(Resolve(store.Communications, store.CommunicationsByIncident.All(incidentId)), cancellationToken);

    void ICommunicationRepository.Add(Communication record) => Stage(store.Communications, record, isUpdate: false);

    void ICommunicationRepository.Update(Communication record) => Stage(store.Communications, record, isUpdate: true);

    ValueTask<PostIncidentReview?> IReviewRepository.FindByIdAsync(string reviewId, CancellationToken cancellationToken) =>
        Read(store.Reviews.FindById(reviewId), cancellationToken);

    void IReviewRepository.Add(PostIncidentReview record) => Stage(store.Reviews, record, isUpdate: false);

    void IReviewRepository.Update(PostIncidentReview record) => Stage(store.Reviews, record, isUpdate: true);

    private static IReadOnlyList<T> Resolve<T>(InMemoryTable<T> table, IReadOnlyList<string> ids)
        where T : class
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var records = new List<T>(ids.Count);
        for (var i = 0; i < ids.Count; i++)
        {
            if (table.FindById(ids[i]) is { } record)
            {
                records.Add(record);
            }
        }

        return records;
    }

    /// <summary>Writes the staged history rows to the store, in order (the caller holds the commit's stripes).</summary>
    private void CommitHistory()
    {
        var history = History;
        if (history is IncidentHistoryEntry row)
        {
            store.History.Append(row);
        }
        else if (history is List<IncidentHistoryEntry> rows)
        {
            foreach (var each in rows)
            {
                store.History.Append(each);
            }
        }
    }

    /// <summary>The history rows staged: null, one row, or a list of them.</summary>
    private object? History => _more is MoreStaged more ? more.History : _more;
}
