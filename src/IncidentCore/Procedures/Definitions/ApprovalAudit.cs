using IncidentCore.Domain;

namespace IncidentCore.Procedures.Definitions;

/// <summary>What the approve entry of a request approved as it is made records: its status, and the approving user's id when a person approved.</summary>
internal static class ApprovalAudit
{
    private static readonly string[] StatusOnly = ["status"];
    private static readonly string[] StatusAndApprover = ["status", "approved_by_user"];

    public static IReadOnlyList<string> ChangedFields(string? approver) => approver is null ? StatusOnly : StatusAndApprover;

    public static IReadOnlyList<AuditValueChange> ValueChanges(string from, string to, string? approver) => approver is null
        ? [new AuditValueChange("status", from, to)]
        : [new AuditValueChange("status", from, to), new AuditValueChange("approved_by_user", null, approver)];
}
