using FsCheck;
using FsCheck.Fluent;
using IncidentCore.Domain;
using IncidentCore.Policy;

namespace IncidentCore.Verification.Tests.Support;

/// <summary>Generators of actors, requests and rule tables for the authorization properties.</summary>
internal static class PolicyGenerators
{
    public static readonly string[] ClientIds = ["c1", "c2", "c3"];
    public static readonly string[] VendorIds = ["v1", "v2", "v3"];

    /// <summary>Any role: the seven of the policy, and now and then a value no table knows.</summary>
    public static Gen<UserRole> Role { get; } = Gen.Frequency(
        (20, Gen.Elements(PolicyText.Roles.ToArray())),
        (1, Gen.Elements((UserRole)0, (UserRole)42)));

    /// <summary>Any status: the three of the domain, and now and then a value no table knows.</summary>
    public static Gen<UserStatus> Status { get; } = Gen.Frequency(
        (6, Gen.Constant(UserStatus.Active)),
        (2, Gen.Elements(UserStatus.Inactive, UserStatus.OnLeave)),
        (1, Gen.Constant((UserStatus)9)));

    public static Gen<string?> ClientLink { get; } = Gen.Elements<string?>(null, "c1", "c2", "c3");

    public static Gen<string?> VendorLink { get; } = Gen.Elements<string?>(null, "v1", "v2", "v3");

    public static Gen<User> ActiveOrNotActor { get; } =
        from id in Gen.Elements("u1", "u2", "u3")
        from role in Role
        from status in Status
        from clientId in ClientLink
        from vendorId in VendorLink
        select MakeActor(id, role, status, clientId, vendorId);

    /// <summary>An actor, or now and then none (an id no user has).</summary>
    public static Gen<User?> Actor { get; } = Gen.Frequency(
        (12, ActiveOrNotActor.Select(u => (User?)u)),
        (1, Gen.Constant<User?>(null)));

    public static Gen<AuthorizationRequest> Request { get; } =
        from operation in Gen.Elements(PolicyText.Operations.ToArray())
        from client in ClientLink
        from vendor in VendorLink
        from changes in Gen.Elements(SensitiveChange.None, SensitiveChange.OwnRoleOrStatus, SensitiveChange.SystemAdministratorRole,
            SensitiveChange.OwnRoleOrStatus | SensitiveChange.SystemAdministratorRole)
        select new AuthorizationRequest(operation, client, vendor, changes);

    /// <summary>Every permit row that can be written: operation × role × association.</summary>
    public static IReadOnlyList<PermitRule> EveryPermitRow { get; } =
    [
        .. from operation in PolicyText.Operations
           from role in PolicyText.Roles
           from association in new[] { AssociationRequirement.None, AssociationRequirement.AssignedToClient, AssociationRequirement.AssignedToVendor }
           select new PermitRule($"{operation}.{role}.{association}", operation, role, association),
    ];

    public static IReadOnlyList<ForbidRule> EveryForbidRow { get; } =
        [PolicyTable.ActorMustBeActive, PolicyTable.OnlySystemAdministratorsManageSystemAdministrators, PolicyTable.NoSelfRoleOrStatusChange];

    /// <summary>A rule table: any subset of every writable permit row, the policy's own rows, and any subset of the forbids.</summary>
    public static Gen<RuleTable> Table { get; } =
        from permits in Gen.Frequency(
            (3, Gen.SubListOf(EveryPermitRow.ToArray()).Select(l => (IReadOnlyList<PermitRule>)l)),
            (1, Gen.Constant(PolicyTable.Permits)),
            (1, Gen.Constant((IReadOnlyList<PermitRule>)[])))
        from forbids in Gen.SubListOf(EveryForbidRow.ToArray())
        select new RuleTable(permits, forbids);

    public static User MakeActor(string id, UserRole role, UserStatus status, string? clientId, string? vendorId) => new()
    {
        UserId = id,
        Name = "Generated Person",
        Email = id + "@generated.example",
        Role = role,
        Status = status,
        ClientId = clientId,
        VendorId = vendorId,
        CreatedAt = PolicyClock.Now,
        UpdatedAt = PolicyClock.Now,
    };
}
