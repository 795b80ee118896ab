using IncidentCore.Domain.Incidents;
using IncidentCore.Ports.Incidents;

namespace IncidentCore.Verification.Tests.FaultInjection;

/// <summary>The incident repositories of the faulty unit of work: every call through the plan, then to the inner store's.</summary>
internal sealed partial class FaultyStore
{
    private sealed partial class FaultyUnitOfWork
        : IIncidentUnitOfWork, IProductRepository, IComponentRepository, IIncidentRepository, IEscalationRepository, ICommunicationRepository, IReviewRepository
    {
        public IProductRepository Products => this;

        public IComponentRepository Components => this;

        public IIncidentRepository Incidents => this;

        public IEscalationRepository Escalations => this;

        public ICommunicationRepository Communications => this;

        public IReviewRepository Reviews => this;

        private IIncidentUnitOfWork Inner => (IIncidentUnitOfWork)inner;

        ValueTask<Product?> IProductRepository.FindByIdAsync(string productId, CancellationToken cancellationToken) =>
            plan.EnterAsync("products.find_by_id", () => Inner.Products.FindByIdAsync(productId, cancellationToken));

        ValueTask<Product?> IProductRepository.FindByNameAsync(string productNameKey, CancellationToken cancellationToken) =>
            plan.EnterAsync("products.find_by_name", () => Inner.Products.FindByNameAsync(productNameKey, cancellationToken));

        void IProductRepository.Add(Product record)
        {
            plan.Enter("products.add");
            Inner.Products.Add(record);
        }

        void IProductRepository.Update(Product record)
        {
            plan.Enter("products.update");
            Inner.Products.Update(record);
        }

        ValueTask<InfrastructureComponent?> IComponentRepository.FindByIdAsync(string componentId, CancellationToken cancellationToken) =>
            plan.EnterAsync("components.find_by_id", () => Inner.Components.FindByIdAsync(componentId, cancellationToken));

        ValueTask<InfrastructureComponent?> IComponentRepository.FindByNameAsync(string componentNameKey, CancellationToken cancellationToken) =>
            plan.EnterAsync("components.find_by_name", () => Inner.Components.FindByNameAsync(componentNameKey, cancellationToken));

        void IComponentRepository.Add(InfrastructureComponent record)
        {
            plan.Enter("components.add");
            Inner.Components.Add(record);
        }

        void IComponentRepository.Update(InfrastructureComponent record)
        {
            plan.Enter("components.update");
            Inner.Components.Update(record);
        }

        ValueTask<Incident?> IIncidentRepository.FindByIdAsync(string incidentId, CancellationToken cancellationToken) =>
            plan.EnterAsync("incidents.find_by_id", () => Inner.Incidents.FindByIdAsync(incidentId, cancellationToken));

        ValueTask<IReadOnlyList<Incident>> IIncidentRepository.ListByClientAsync(string clientId, string? afterIncidentId, int take, CancellationToken cancellationToken) =>
            plan.EnterAsync("incidents.list_by_client", () => Inner.Incidents.ListByClientAsync(clientId, afterIncidentId, take, cancellationToken));

        ValueTask<IReadOnlyList<IncidentHistoryEntry>> IIncidentRepository.ListHistoryAsync(string incidentId, CancellationToken cancellationToken) =>
            plan.EnterAsync("incidents.list_history", () => Inner.Incidents.ListHistoryAsync(incidentId, cancellationToken));

        void IIncidentRepository.AppendHistory(IncidentHistoryEntry row)
        {
            plan.Enter("incidents.append_history");
            Inner.Incidents.AppendHistory(row);
        }

        void IIncidentRepository.Add(Incident record)
        {
            plan.Enter("incidents.add");
            Inner.Incidents.Add(record);
        }

        void IIncidentRepository.Update(Incident record)
        {
            plan.Enter("incidents.update");
            Inner.Incidents.Update(record);
        }

        ValueTask<Escalation?> IEscalationRepository.FindByIdAsync(string escalationId, CancellationToken cancellationToken) =>
            plan.EnterAsync("escalations.find_by_id", () => Inner.Escalations.FindByIdAsync(escalationId, cancellationToken));

        ValueTask<IReadOnlyList<Escalation>> IEscalationRepository.ListByIncidentAsync(string incidentId, CancellationToken cancellationToken) =>
            plan.EnterAsync("escalations.list_by_incident", () => Inner.Escalations.ListByIncidentAsync(incidentId, cancellationToken));

        void IEscalationRepository.Add(Escalation record)
        {
            plan.Enter("escalations.add");
            Inner.Escalations.Add(record);
        }

        void IEscalationRepository.Update(Escalation record)
        {
            plan.Enter("escalations.update");
            Inner.Escalations.Update(record);
        }

        ValueTask<Communication?> ICommunicationRepository.FindByIdAsync(string communicationId, CancellationToken cancellationToken) =>
            plan.EnterAsync("communications.find_by_id", () => Inner.Communications.FindByIdAsync(communicationId, cancellationToken));

        ValueTask<IReadOnlyList<Communication>> ICommunicationRepository.ListByIncidentAsync(string incidentId, CancellationToken cancellationToken) =>
            plan.EnterAsync("communications.list_by_incident", () => Inner.Communications.ListByIncidentAsync(incidentId, cancellationToken));

        void ICommunicationRepository.Add(Communication record)
        {
            plan.Enter("communications.add");
            Inner.Communications.Add(record);
        }

        void ICommunicationRepository.Update(Communication record)
        {
            plan.Enter("communications.update");
            Inner.Communications.Update(record);
        }

        ValueTask<PostIncidentReview?> IReviewRepository.FindByIdAsync(string reviewId, CancellationToken cancellationToken) =>
            plan.EnterAsync("reviews.find_by_id", () => Inner.Reviews.FindByIdAsync(reviewId, cancellationToken));

        void IReviewRepository.Add(PostIncidentReview record)
        {
            plan.Enter("reviews.add");
            Inner.Reviews.Add(record);
        }

        void IReviewRepository.Update(PostIncidentReview record)
        {
            plan.Enter("reviews.update");
            Inner.Reviews.Update(record);
        }
    }
}
