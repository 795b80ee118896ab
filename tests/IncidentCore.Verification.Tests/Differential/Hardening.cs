namespace IncidentCore.Verification.Tests.Differential;

/// <summary>The opt-in hardening switches.</summary>
internal sealed record Hardening(bool OnlySystemAdministratorsManageSystemAdministrators, bool ForbidSelfRoleOrStatusChange)
{
    public static Hardening None { get; } = new(false, false);

    public static Hardening All { get; } = new(true, true);
}
