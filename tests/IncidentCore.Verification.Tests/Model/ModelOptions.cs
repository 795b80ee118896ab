using IncidentCore.Hosting;

namespace IncidentCore.Verification.Tests.Model;

/// <summary>The library options a model run uses, as the model understands them.</summary>
internal sealed record ModelOptions(bool AuditDenials, bool OnlySystemAdministratorsManageSystemAdministrators, bool ForbidSelfRoleOrStatusChange)
{
    public static ModelOptions Default { get; } = new(true, false, false);

    public static ModelOptions Hardened { get; } = new(false, true, true);

    public void ApplyTo(IncidentCoreOptions options)
    {
        options.AuditDenials = AuditDenials;
        options.OnlySystemAdministratorsManageSystemAdministrators = OnlySystemAdministratorsManageSystemAdministrators;
        options.ForbidSelfRoleOrStatusChange = ForbidSelfRoleOrStatusChange;
    }
}
