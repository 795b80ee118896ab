using IncidentCore.Domain;
using IncidentCore.Domain.Approvals;
using IncidentCore.Policy;
using IncidentCore.Verification.Tests.Support;

namespace IncidentCore.Verification.Tests.Approvals;

/// <summary>
/// The engine and the approval table against the reference's "Who may do what" rows and its approval standard, restated
/// by hand: for every role × status × change and rollback operation, the same allow or deny and reason; for every change
/// type × risk level, the same approving roles, with the first matching row's name carried as the deciding rule.
/// </summary>
public sealed class ApprovalTextVersusEngineTests
{
    private static readonly UserRole[] Internal =
        [UserRole.SystemAdministrator, UserRole.IncidentManager, UserRole.TechnicalSupport, UserRole.AccountManager, UserRole.Executive];

    // The reference's table, restated.
    private static readonly Dictionary<Operation, UserRole[]> WhoMay = new()
    {
        [Operation.ChangeRequestCreate] = [UserRole.TechnicalSupport, UserRole.SystemAdministrator, UserRole.IncidentManager, UserRole.Executive],
        [Operation.ChangeApprove] = [UserRole.IncidentManager, UserRole.Executive],
        [Operation.ChangeReject] = [UserRole.IncidentManager, UserRole.Executive],
        [Operation.ChangeSchedule] = [UserRole.TechnicalSupport, UserRole.SystemAdministrator],
        [Operation.ChangeStart] = [UserRole.TechnicalSupport, UserRole.SystemAdministrator],
        [Operation.ChangeComplete] = [UserRole.TechnicalSupport, UserRole.SystemAdministrator],
        [Operation.ChangeFail] = [UserRole.TechnicalSupport, UserRole.SystemAdministrator],
        [Operation.ChangeRequestRead] = Internal,
        [Operation.RollbackRequestCreate] = [UserRole.TechnicalSupport, UserRole.IncidentManager, UserRole.Executive],
        [Operation.RollbackApprove] = [UserRole.IncidentManager, UserRole.Executive],
        [Operation.RollbackReject] = [UserRole.IncidentManager, UserRole.Executive],
        [Operation.RollbackStart] = [UserRole.TechnicalSupport, UserRole.SystemAdministrator],
        [Operation.RollbackComplete] = [UserRole.TechnicalSupport, UserRole.SystemAdministrator],
        [Operation.RollbackFail] = [UserRole.TechnicalSupport, UserRole.SystemAdministrator],
        [Operation.RollbackRequestRead] = Internal,
    };

    [Fact]
    public void Authorize_ForEveryRoleStatusAndApprovalOperation_ExpectTheReferenceTable()
    {
        var engine = PolicyEngine.CreateDefault();
        var disagreements = new List<string>();
        foreach (var (operation, roles) in WhoMay)
        {
            foreach (var role in WireNames.UserRole.Values)
            {
                foreach (var status in WireNames.UserStatus.Values)
                {
                    var decision = engine.Authorize(PolicyGenerators.MakeActor("u1", role, status, "c1", "v1"), new AuthorizationRequest(operation, "c1", "v1", TargetUserId: "u1"));
                    var expected = status != UserStatus.Active ? DenialReason.ActorNotActive : roles.Contains(role) ? DenialReason.None : DenialReason.RoleNotPermitted;
                    var allowedByItsRow = decision.IsAllowed && decision.Permit.Role == role && decision.Permit.Operation == operation
                        && decision.Permit.Association == AssociationRequirement.None;
                    if ((expected == DenialReason.None) != allowedByItsRow || (!decision.IsAllowed && decision.DenialReason != expected))
                    {
                        disagreements.Add($"{operation} by {role}/{status}: engine {decision}, reference {expected}");
                    }
                }
            }
        }

        Assert.Empty(disagreements);
        Assert.Equal(WhoMay.Keys.Order(), PolicyTable.Permits.Where(p => WhoMay.ContainsKey(p.Operation)).Select(p => p.Operation).Distinct().Order());
    }

    [Fact]
    public void ApprovalRule_ForEveryChangeTypeAndRisk_ExpectTheReferenceApproversAndAStableRuleName()
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var type in ApprovalWireNames.ChangeType.Values)
        {
            foreach (var risk in ApprovalWireNames.RiskLevel.Values)
            {
                // Major changes (high risk, upgrade, emergency): an executive. Standard: pre-approved. Normal: an incident manager or an executive.
                UserRole[] expected = risk == RiskLevel.High || type is ChangeType.Upgrade or ChangeType.Emergency ? [UserRole.Executive]
                    : type == ChangeType.Standard ? []
                    : [UserRole.IncidentManager, UserRole.Executive];
                var rule = ApprovalTable.RuleFor(Operation.ChangeApprove, type, risk);

                Assert.NotNull(rule);
                Assert.Equal(expected.Order(), rule.Approvers.Order());
                Assert.Equal(expected.Length == 0, rule.IsPreApproved);
                Assert.Same(ApprovalTable.Rules.First(r => r.Operation == Operation.ChangeApprove && r.Matches(type, risk)), rule);
                Assert.StartsWith("change_approval.", rule.Name, StringComparison.Ordinal);
                names.Add(rule.Name);
            }
        }

        var rollback = ApprovalTable.RuleFor(Operation.RollbackApprove);
        Assert.NotNull(rollback);
        Assert.Equal([UserRole.IncidentManager, UserRole.Executive], rollback.Approvers.Order());
        Assert.Equal(ApprovalTable.Rules.Count, ApprovalTable.Rules.Select(r => r.Name).Distinct().Count());
        Assert.Equal(5, names.Count);
        Assert.Null(ApprovalTable.RuleFor(Operation.ClientOnboarding));
    }
}
