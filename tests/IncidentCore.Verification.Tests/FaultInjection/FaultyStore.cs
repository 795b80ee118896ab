using IncidentCore.Domain;
using IncidentCore.Ports;

namespace IncidentCore.Verification.Tests.FaultInjection;

/// <summary>A decorator around any store that runs every storage call through a <see cref="FaultPlan"/>.</summary>
internal sealed partial class FaultyStore(IUnitOfWorkFactory inner) : IUnitOfWorkFactory
{
    public FaultPlan Plan { get; set; } = new();

    public ValueTask<IUnitOfWork> BeginAsync(CancellationToken cancellationToken = default)
    {
        var plan = Plan;
        return plan.EnterAsync("begin", async () => (IUnitOfWork)new FaultyUnitOfWork(await inner.BeginAsync(cancellationToken), plan));
    }

    private sealed partial class FaultyUnitOfWork(IUnitOfWork inner, FaultPlan plan)
        : IUnitOfWork, IClientRepository, IUserRepository, IVendorRepository, IAuditTrail
    {
        public IClientRepository Clients => this;

        public IUserRepository Users => this;

        public IVendorRepository Vendors => this;

        public IAuditTrail AuditTrail => this;

        public ValueTask<CommitResult> CommitAsync(CancellationToken cancellationToken = default) =>
            plan.EnterAsync("commit", () => plan.LoseCommitOutcome ? CommitThenLoseOutcomeAsync(cancellationToken) : inner.CommitAsync(cancellationToken));

        public void GuardActor(string userId, long version)
        {
            plan.Enter("actor.guard");
            inner.GuardActor(userId, version);
        }

        public async ValueTask DisposeAsync()
        {
            await inner.DisposeAsync();
            if (plan.FailDispose)
            {
                throw new SimulatedStorageFailure("Simulated failure while ending the unit of work.");
            }
        }

        ValueTask<Client?> IClientRepository.FindByIdAsync(string clientId, CancellationToken cancellationToken) =>
            plan.EnterAsync("clients.find_by_id", () => inner.Clients.FindByIdAsync(clientId, cancellationToken));

        ValueTask<Client?> IClientRepository.FindByRegistrationNumberAsync(string registrationNumberKey, CancellationToken cancellationToken) =>
            plan.EnterAsync("clients.find_by_registration_number", () => inner.Clients.FindByRegistrationNumberAsync(registrationNumberKey, cancellationToken));

        ValueTask<Client?> IClientRepository.FindByContactEmailAsync(string contactEmailKey, CancellationToken cancellationToken) =>
            plan.EnterAsync("clients.find_by_contact_email", () => inner.Clients.FindByContactEmailAsync(contactEmailKey, cancellationToken));

        ValueTask<IReadOnlyList<Client>> IClientRepository.ListAsync(int skip, int take, CancellationToken cancellationToken) =>
            plan.EnterAsync("clients.list", () => inner.Clients.ListAsync(skip, take, cancellationToken));

        void IClientRepository.Add(Client client)
        {
            plan.Enter("clients.add");
            inner.Clients.Add(client);
        }

        void IClientRepository.Update(Client client)
        {
            plan.Enter("clients.update");
            inner.Clients.Update(client);
        }

        ValueTask<User?> IUserRepository.FindByIdAsync(string userId, CancellationToken cancellationToken) =>
            plan.EnterAsync("users.find_by_id", () => inner.Users.FindByIdAsync(userId, cancellationToken));

        ValueTask<User?> IUserRepository.FindByEmailAsync(string emailKey, CancellationToken cancellationToken) =>
            plan.EnterAsync("users.find_by_email", () => inner.Users.FindByEmailAsync(emailKey, cancellationToken));

        ValueTask<IReadOnlyList<User>> IUserRepository.ListAsync(int skip, int take, CancellationToken cancellationToken) =>
            plan.EnterAsync("users.list", () => inner.Users.ListAsync(skip, take, cancellationToken));

        void IUserRepository.Add(User user)
        {
            plan.Enter("users.add");
            inner.Users.Add(user);
        }

        void IUserRepository.Update(User user)
        {
            plan.Enter("users.update");
            inner.Users.Update(user);
        }

        ValueTask<Vendor?> IVendorRepository.FindByIdAsync(string vendorId, CancellationToken cancellationToken) =>
            plan.EnterAsync("vendors.find_by_id", () => inner.Vendors.FindByIdAsync(vendorId, cancellationToken));

        ValueTask<Vendor?> IVendorRepository.FindByNameAsync(string vendorNameKey, CancellationToken cancellationToken) =>
            plan.EnterAsync("vendors.find_by_name", () => inner.Vendors.FindByNameAsync(vendorNameKey, cancellationToken));

        ValueTask<Vendor?> IVendorRepository.FindByContactEmailAsync(string contactEmailKey, CancellationToken cancellationToken) =>
            plan.EnterAsync("vendors.find_by_contact_email", () => inner.Vendors.FindByContactEmailAsync(contactEmailKey, cancellationToken));

        ValueTask<Vendor?> IVendorRepository.FindByContactPhoneAsync(string contactPhoneKey, CancellationToken cancellationToken) =>
            plan.EnterAsync("vendors.find_by_contact_phone", () => inner.Vendors.FindByContactPhoneAsync(contactPhoneKey, cancellationToken));

        ValueTask<IReadOnlyList<Vendor>> IVendorRepository.ListAsync(int skip, int take, CancellationToken cancellationToken) =>
            plan.EnterAsync("vendors.list", () => inner.Vendors.ListAsync(skip, take, cancellationToken));

        void IVendorRepository.Add(Vendor vendor)
        {
            plan.Enter("vendors.add");
            inner.Vendors.Add(vendor);
        }

        void IVendorRepository.Update(Vendor vendor)
        {
            plan.Enter("vendors.update");
            inner.Vendors.Update(vendor);
        }

        void IAuditTrail.Append(AuditEntry entry)
        {
            plan.Enter("audit.append");
            inner.AuditTrail.Append(entry);
        }

        ValueTask<IReadOnlyList<AuditEntry>> IAuditTrail.ListAsync(string? afterAuditId, int take, CancellationToken cancellationToken) =>
            plan.EnterAsync("audit.list", () => inner.AuditTrail.ListAsync(afterAuditId, take, cancellationToken));

        ValueTask<long> IAuditTrail.CountAsync(CancellationToken cancellationToken) =>
            plan.EnterAsync("audit.count", () => inner.AuditTrail.CountAsync(cancellationToken));

        /// <summary>Commits for real, then throws as if the connection had dropped before the result came back.</summary>
        private async ValueTask<CommitResult> CommitThenLoseOutcomeAsync(CancellationToken cancellationToken)
        {
            plan.LostCommitResult = await inner.CommitAsync(cancellationToken);
            throw new CommitOutcomeUnknownException(
                "Simulated loss of the commit's outcome: the commit was applied, then the connection dropped.",
                new SimulatedStorageFailure("Simulated connection loss while committing."));
        }
    }
}
