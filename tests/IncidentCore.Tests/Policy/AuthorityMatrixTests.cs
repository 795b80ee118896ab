using IncidentCore.Domain;
using IncidentCore.Policy;
using IncidentCore.Procedures;
using IncidentCore.Tests.Support;

namespace IncidentCore.Tests.Policy;

/// <summary>Every role × every SOP × every status, through the real procedures: allowed exactly where the policy allows.</summary>
public sealed class AuthorityMatrixTests
{
    // The policy's "Authorized user role" lines, restated by hand.
    private static readonly Dictionary<Operation, UserRole[]> Authorized = new()
    {
        [Operation.ClientOnboarding] = [UserRole.SystemAdministrator, UserRole.AccountManager],
        [Operation.ClientUpdate] = [UserRole.SystemAdministrator, UserRole.AccountManager],
        [Operation.UserRegistration] = [UserRole.SystemAdministrator, UserRole.IncidentManager],
        [Operation.UserUpdate] = [UserRole.SystemAdministrator, UserRole.IncidentManager],
        [Operation.VendorRegistration] = [UserRole.SystemAdministrator, UserRole.IncidentManager, UserRole.Executive],
        [Operation.VendorUpdate] = [UserRole.SystemAdministrator, UserRole.IncidentManager, UserRole.Executive],
    };

    public static TheoryData<Operation, UserRole, UserStatus> Matrix()
    {
        var data = new TheoryData<Operation, UserRole, UserStatus>();
        // The writes; the reads, whose rules depend on the record, have their own matrix (ReadRulesTests).
        foreach (var operation in Authorized.Keys)
        {
            foreach (var role in WireNames.UserRole.Values)
            {
                foreach (var status in WireNames.UserStatus.Values)
                {
                    data.Add(operation, role, status);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Sop_ForEveryRoleAndStatus_AllowedExactlyWherePolicyAllows(Operation operation, UserRole role, UserStatus status)
    {
        await using var host = TestHost.Create();
        var actor = Seed.MatrixUser(role, status);
        var before = await host.SnapshotAsync();

        var (succeeded, halt) = await RunAsync(host, operation, actor);

        var expected = status == UserStatus.Active && Authorized[operation].Contains(role);
        Assert.True(expected == succeeded, $"{operation} by {role}/{status}: expected {(expected ? "allowed" : "denied")}, got {halt?.ToString() ?? "success"}");
        if (!expected)
        {
            Assert.Equal(HaltCode.Unauthorized, halt!.Code);
            Assert.Equal(status == UserStatus.Active ? DenialReason.RoleNotPermitted : DenialReason.ActorNotActive, halt.DenialReason);
            (await host.SnapshotAsync()).AssertRecordsEqual(before);
        }
    }

    internal static async Task<(bool Succeeded, Halt? Halt)> RunAsync(TestHost host, Operation operation, string actor)
    {
        switch (operation)
        {
            case Operation.ClientOnboarding:
                var onboarded = await host.ClientOnboarding.OnboardAsync(actor, Requests.NewClient());
                return (onboarded.Succeeded, onboarded.Halt);
            case Operation.ClientUpdate:
                var updated = await host.ClientUpdate.UpdateAsync(actor, Seed.ClientA, new ChangeSet { { "industry", "Logistics" } });
                return (updated.Succeeded, updated.Halt);
            case Operation.UserRegistration:
                var registered = await host.UserRegistration.RegisterAsync(actor, Requests.NewUser());
                return (registered.Succeeded, registered.Halt);
            case Operation.UserUpdate:
                var userUpdated = await host.UserUpdate.UpdateAsync(actor, Seed.TechnicalSupport, new ChangeSet { { "department", "Support" } });
                return (userUpdated.Succeeded, userUpdated.Halt);
            case Operation.VendorRegistration:
                var vendor = await host.VendorRegistration.RegisterAsync(actor, Requests.NewVendor());
                return (vendor.Succeeded, vendor.Halt);
            case Operation.VendorUpdate:
                var vendorUpdated = await host.VendorUpdate.UpdateAsync(actor, Seed.VendorA, new ChangeSet { { "vendor_type", "cloud_provider" } });
                return (vendorUpdated.Succeeded, vendorUpdated.Halt);
            default:
                throw new ArgumentOutOfRangeException(nameof(operation));
        }
    }

    [Theory]
    [InlineData(Operation.ClientOnboarding)]
    [InlineData(Operation.ClientUpdate)]
    [InlineData(Operation.UserRegistration)]
    [InlineData(Operation.UserUpdate)]
    [InlineData(Operation.VendorRegistration)]
    [InlineData(Operation.VendorUpdate)]
    public async Task Sop_WhenActorIsUnknown_HaltsUnauthorizedActorNotFound(Operation operation)
    {
        await using var host = TestHost.Create();
        var before = await host.SnapshotAsync();

        var (succeeded, halt) = await RunAsync(host, operation, Seed.UnknownUser);

        Assert.False(succeeded);
        Assert.Equal(HaltCode.Unauthorized, halt!.Code);
        Assert.Equal(DenialReason.ActorNotFound, halt.DenialReason);
        Assert.Contains("actor_not_found", halt.Message, StringComparison.Ordinal);
        (await host.SnapshotAsync()).AssertRecordsEqual(before);
    }
}
