using IncidentCore.Adapters.InMemory;
using IncidentCore.Domain;
using IncidentCore.Policy;
using IncidentCore.Procedures;
using IncidentCore.Procedures.Incidents;
using IncidentCore.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace IncidentCore.Tests.Policy;

/// <summary>
/// Every incident operation × every role × every status × the actor's association (own organisation, another one,
/// none), through the real procedures on one client A incident whose component belongs to vendor A's product: allowed
/// exactly where the incident domain's table allows, and a refusal changes no record.
/// </summary>
public sealed class IncidentAuthorityMatrixTests
{
    /// <summary>How an actor stands to the record: its client or vendor, another one, or none at all.</summary>
    public enum Association
    {
        /// <summary>No client and no vendor.</summary>
        None,

        /// <summary>Client A for account managers and client contacts, vendor A for vendor contacts.</summary>
        Own,

        /// <summary>Client B or vendor B.</summary>
        Other,
    }

    private static readonly Operation[] Operations =
    [
        Operation.ProductCreate, Operation.ProductUpdate, Operation.ComponentCreate, Operation.ComponentUpdate,
        Operation.IncidentReport, Operation.IncidentUpdate, Operation.IncidentStatusUpdate, Operation.IncidentRead, Operation.ClientIncidentsList,
        Operation.EscalationCreate, Operation.EscalationResolve, Operation.EscalationCancel,
        Operation.CommunicationRecord, Operation.CommunicationDeliveryUpdate,
        Operation.ReviewSchedule, Operation.ReviewComplete, Operation.ReviewCancel,
    ];

    private static readonly UserRole[] Internal =
        [UserRole.SystemAdministrator, UserRole.IncidentManager, UserRole.TechnicalSupport, UserRole.AccountManager, UserRole.Executive];

    public static TheoryData<Operation, UserRole, UserStatus, Association> Matrix()
    {
        var data = new TheoryData<Operation, UserRole, UserStatus, Association>();
        foreach (var operation in Operations)
        {
            foreach (var role in WireNames.UserRole.Values)
            {
                foreach (var status in WireNames.UserStatus.Values)
                {
                    foreach (var association in AssociationsOf(role))
                    {
                        data.Add(operation, role, status, association);
                    }
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task IncidentOperation_ForEveryRoleStatusAndAssociation_AllowedExactlyWhereTheTableAllows(
        Operation operation, UserRole role, UserStatus status, Association association)
    {
        await using var h = IncidentHost.Create(AddMatrixUsers);
        var fixture = await Fixture.PrepareAsync(h, operation);
        var actor = MatrixUser(role, status, association);
        var before = IncidentStoreSnapshot.Of(h.Host);

        var (succeeded, halt) = await RunAsync(h, fixture, operation, actor);

        var expected = status == UserStatus.Active && Allowed(operation, role, association);
        Assert.True(expected == succeeded, $"{operation} by {role}/{status}/{association}: expected {(expected ? "allowed" : "denied")}, got {halt?.ToString() ?? "success"}");
        if (!expected)
        {
            Assert.Equal(HaltCode.Unauthorized, halt!.Code);
            Assert.Equal(ExpectedReason(operation, role, status), halt.DenialReason);
            IncidentStoreSnapshot.Of(h.Host).AssertEqual(before);
        }
    }

    [Theory]
    [InlineData(Operation.EscalationResolve, UserStatus.Active, true)]
    [InlineData(Operation.EscalationCancel, UserStatus.Active, true)]
    [InlineData(Operation.EscalationResolve, UserStatus.OnLeave, false)]
    [InlineData(Operation.EscalationCancel, UserStatus.Inactive, false)]
    [InlineData(Operation.CommunicationDeliveryUpdate, UserStatus.Active, true)]
    [InlineData(Operation.CommunicationDeliveryUpdate, UserStatus.OnLeave, false)]
    public async Task NamedUserOperation_ByTheNamedUser_AllowedOnlyWhileThatUserIsActive(Operation operation, UserStatus status, bool allowed)
    {
        // The rows for "the escalation's target" and "the sender": a vendor contact of vendor A, whom no role row lets
        // close an escalation or track a delivery.
        await using var h = IncidentHost.Create(AddMatrixUsers);
        var target = MatrixUser(UserRole.VendorContact, UserStatus.Active, Association.Own);
        var fixture = await Fixture.PrepareAsync(h, operation, namedUser: target);
        if (status != UserStatus.Active)
        {
            ResultAssert.Succeeded(await h.Host.UserUpdate.UpdateAsync(Seed.Admin, target, new ChangeSet { { "status", status.ToWireName() } }));
        }

        var (succeeded, halt) = await RunAsync(h, fixture, operation, target);

        Assert.True(allowed == succeeded, $"{operation} by its {status} named user: got {halt?.ToString() ?? "success"}");
        if (!allowed)
        {
            Assert.Equal(DenialReason.ActorNotActive, halt!.DenialReason);
        }
    }

    // The incident domain's "who may do what" table, restated by hand. CC/AM(client) and VC(vendor) hold only with
    // their own organisation; a vendor contact's reads are its vendor's incidents one by one, never a client's list.
    private static bool Allowed(Operation operation, UserRole role, Association association)
    {
        var own = association == Association.Own;
        return operation switch
        {
            Operation.ProductCreate or Operation.ProductUpdate or Operation.ComponentCreate or Operation.ComponentUpdate =>
                role is UserRole.SystemAdministrator or UserRole.TechnicalSupport,
            Operation.IncidentReport =>
                role is UserRole.IncidentManager or UserRole.TechnicalSupport or UserRole.SystemAdministrator or UserRole.Executive
                || (role is UserRole.VendorContact or UserRole.ClientContact && own),
            Operation.IncidentUpdate => role is UserRole.IncidentManager or UserRole.TechnicalSupport or UserRole.Executive,
            Operation.IncidentStatusUpdate =>
                role is UserRole.IncidentManager or UserRole.TechnicalSupport or UserRole.Executive || (role == UserRole.VendorContact && own),
            Operation.IncidentRead => Internal.Contains(role) || (role is UserRole.ClientContact or UserRole.VendorContact && own),
            Operation.ClientIncidentsList => Internal.Contains(role) || (role == UserRole.ClientContact && own),
            Operation.EscalationCreate =>
                role is UserRole.IncidentManager or UserRole.TechnicalSupport or UserRole.Executive || (role == UserRole.AccountManager && own),
            Operation.EscalationResolve or Operation.EscalationCancel => role is UserRole.IncidentManager or UserRole.Executive,
            Operation.CommunicationRecord =>
                role is UserRole.IncidentManager or UserRole.TechnicalSupport || (role is UserRole.AccountManager or UserRole.VendorContact && own),
            Operation.CommunicationDeliveryUpdate => role is UserRole.IncidentManager or UserRole.TechnicalSupport,
            Operation.ReviewSchedule or Operation.ReviewComplete or Operation.ReviewCancel => role is UserRole.IncidentManager or UserRole.Executive,
            _ => throw new ArgumentOutOfRangeException(nameof(operation)),
        };
    }

    // Inactive first; then a role some row admits with an association is told which association it lacks (every role
    // may be an escalation's target or a communication's sender); any other role is not permitted.
    private static DenialReason ExpectedReason(Operation operation, UserRole role, UserStatus status)
    {
        if (status != UserStatus.Active)
        {
            return DenialReason.ActorNotActive;
        }

        var associated = (operation, role) switch
        {
            (Operation.EscalationResolve or Operation.EscalationCancel or Operation.CommunicationDeliveryUpdate, _) => DenialReason.NotNamedUser,
            (Operation.IncidentReport or Operation.IncidentRead, UserRole.ClientContact) => DenialReason.NotAssignedToClient,
            (Operation.ClientIncidentsList, UserRole.ClientContact) => DenialReason.NotAssignedToClient,
            (Operation.EscalationCreate or Operation.CommunicationRecord, UserRole.AccountManager) => DenialReason.NotAssignedToClient,
            (Operation.IncidentReport or Operation.IncidentStatusUpdate or Operation.IncidentRead or Operation.CommunicationRecord, UserRole.VendorContact) =>
                DenialReason.NotAssignedToVendor,
            _ => (DenialReason?)null,
        };
        return associated ?? DenialReason.RoleNotPermitted;
    }

    private static IEnumerable<Association> AssociationsOf(UserRole role) =>
        role is UserRole.AccountManager or UserRole.ClientContact or UserRole.VendorContact
            ? [Association.Own, Association.Other, Association.None]
            : [Association.None];

    private static string MatrixUser(UserRole role, UserStatus status, Association association) =>
        $"mi-{role.ToWireName()}-{status.ToWireName()}-{association.ToString().ToLowerInvariant()}";

    private static void AddMatrixUsers(InMemorySeedData seed)
    {
        foreach (var role in WireNames.UserRole.Values)
        {
            foreach (var status in WireNames.UserStatus.Values)
            {
                foreach (var association in AssociationsOf(role))
                {
                    var client = role is UserRole.AccountManager or UserRole.ClientContact ? OrganisationOf(association, Seed.ClientA, Seed.ClientB) : null;
                    var vendor = role == UserRole.VendorContact ? OrganisationOf(association, Seed.VendorA, IncidentSeed.VendorB) : null;
                    seed.Users.Add(Seed.User(MatrixUser(role, status, association), role, status, client, vendor));
                }
            }
        }
    }

    private static string? OrganisationOf(Association association, string own, string other) => association switch
    {
        Association.Own => own,
        Association.Other => other,
        _ => null,
    };

    private static async Task<(bool Succeeded, Halt? Halt)> RunAsync(IncidentHost h, Fixture fixture, Operation operation, string actor)
    {
        switch (operation)
        {
            case Operation.ProductCreate:
                return Outcome(await h.Products.CreateAsync(actor, new ProductCreateRequest { ProductName = "Matrix Ledger", ProductType = "service" }));
            case Operation.ProductUpdate:
                return Outcome(await h.Host.Provider.GetRequiredService<ProductUpdate>().UpdateAsync(actor, IncidentSeed.ProductOfA, new ChangeSet { { "version", "2.1" } }));
            case Operation.ComponentCreate:
                return Outcome(await h.Components.CreateAsync(actor, new ComponentCreateRequest
                {
                    ComponentName = "matrix-queue", ComponentType = "queue", Environment = "production", ProductId = IncidentSeed.ProductOfA,
                }));
            case Operation.ComponentUpdate:
                return Outcome(await h.ComponentUpdate.UpdateAsync(actor, IncidentSeed.ComponentOfA, new ChangeSet { { "location", "eu-west-1" } }));
            case Operation.IncidentReport:
                return Outcome(await h.Report.ReportAsync(actor, IncidentHost.P1ForClientA()));
            case Operation.IncidentUpdate:
                return Outcome(await h.Update.UpdateAsync(actor, fixture.IncidentId, new ChangeSet { { "title", "Checkout fails for every card" } }));
            case Operation.IncidentStatusUpdate:
                return Outcome(await h.Update.UpdateAsync(actor, fixture.IncidentId, new ChangeSet { { "status", "investigating" } }));
            case Operation.IncidentRead:
                return Outcome(await h.Read.ReadAsync(actor, fixture.IncidentId));
            case Operation.ClientIncidentsList:
                return Outcome(await h.List.ListAsync(actor, Seed.ClientA, null, 10));
            case Operation.EscalationCreate:
                return Outcome(await h.Escalate.EscalateAsync(actor, new EscalationCreateRequest
                {
                    IncidentId = fixture.IncidentId, EscalatedToUser = Seed.Executive, EscalationLevel = "management",
                }));
            case Operation.EscalationResolve:
                return Outcome(await h.Escalations.ResolveAsync(actor, fixture.EscalationId!));
            case Operation.EscalationCancel:
                return Outcome(await h.Escalations.CancelAsync(actor, fixture.EscalationId!));
            case Operation.CommunicationRecord:
                return Outcome(await h.Communicate.RecordAsync(actor, new CommunicationRecordRequest
                {
                    IncidentId = fixture.IncidentId, RecipientType = "technical_team", CommunicationType = "update", DeliveryMethod = "chat",
                }));
            case Operation.CommunicationDeliveryUpdate:
                return Outcome(await h.Delivery.UpdateAsync(actor, fixture.CommunicationId!, "sent"));
            case Operation.ReviewSchedule:
                return Outcome(await h.Reviews.ScheduleAsync(actor, new ReviewScheduleRequest
                {
                    IncidentId = fixture.IncidentId, FacilitatorUser = Seed.IncidentManager, ScheduledDate = "2025-10-01T09:00:00Z",
                }));
            case Operation.ReviewComplete:
                return Outcome(await h.Reviews.CompleteAsync(actor, fixture.ReviewId!, "good"));
            case Operation.ReviewCancel:
                return Outcome(await h.Reviews.CancelAsync(actor, fixture.ReviewId!));
            default:
                throw new ArgumentOutOfRangeException(nameof(operation));
        }
    }

    private static (bool Succeeded, Halt? Halt) Outcome<T>(SopResult<T> result) => (result.Succeeded, result.Halt);

    /// <summary>The records an operation acts on, made beforehand by an incident manager.</summary>
    private sealed record Fixture(string IncidentId, string? EscalationId, string? CommunicationId, string? ReviewId)
    {
        public static async Task<Fixture> PrepareAsync(IncidentHost h, Operation operation, string? namedUser = null)
        {
            var escalationTarget = namedUser ?? Seed.Executive;
            var incidentId = await h.ReportedAsync();
            return operation switch
            {
                Operation.EscalationResolve or Operation.EscalationCancel => new Fixture(incidentId, ResultAssert.Succeeded(await h.Escalate.EscalateAsync(
                    Seed.IncidentManager,
                    new EscalationCreateRequest
                    {
                        IncidentId = incidentId, EscalatedToUser = escalationTarget, EscalationLevel = escalationTarget == Seed.Executive ? "management" : "vendor",
                    })), null, null),
                Operation.CommunicationDeliveryUpdate => new Fixture(incidentId, null, ResultAssert.Succeeded(await h.Communicate.RecordAsync(
                    namedUser ?? Seed.IncidentManager,
                    new CommunicationRecordRequest { IncidentId = incidentId, RecipientType = "executive_team", CommunicationType = "notification", DeliveryMethod = "email" })), null),
                Operation.ReviewSchedule => new Fixture(await ClosedAsync(h, incidentId), null, null, null),
                Operation.ReviewComplete or Operation.ReviewCancel => new Fixture(incidentId, null, null, ResultAssert.Succeeded(await h.Reviews.ScheduleAsync(
                    Seed.IncidentManager,
                    new ReviewScheduleRequest { IncidentId = await ClosedAsync(h, incidentId), FacilitatorUser = Seed.IncidentManager, ScheduledDate = "2025-10-01T09:00:00Z" }))),
                _ => new Fixture(incidentId, null, null, null),
            };
        }

        private static async Task<string> ClosedAsync(IncidentHost h, string incidentId)
        {
            ResultAssert.Succeeded(await h.Update.UpdateAsync(Seed.IncidentManager, incidentId, new ChangeSet { { "status", "resolved" } }));
            ResultAssert.Succeeded(await h.Update.UpdateAsync(Seed.IncidentManager, incidentId, new ChangeSet { { "status", "closed" } }));
            return incidentId;
        }
    }
}
