namespace IncidentCore.Hosting;

/// <summary>Settings of the procedures. The defaults follow the policy to the letter; stricter rules are opt-in.</summary>
public sealed class IncidentCoreOptions
{
    /// <summary>
    /// Whether a denied call leaves an audit entry with outcome <c>denied</c> (default <see langword="true"/>).
    /// Denials are security events; turn this off only when the host audits them elsewhere.
    /// </summary>
    public bool AuditDenials { get; set; } = true;

    /// <summary>
    /// Opt-in hardening (default <see langword="false"/>): only a system administrator may grant or remove the
    /// system_administrator role. The policy itself lets an incident manager change any role.
    /// </summary>
    public bool OnlySystemAdministratorsManageSystemAdministrators { get; set; }

    /// <summary>
    /// Opt-in hardening (default <see langword="false"/>): nobody may change their own role or status.
    /// </summary>
    public bool ForbidSelfRoleOrStatusChange { get; set; }

    /// <summary>
    /// Opt-in hardening (default <see langword="false"/>): four-eyes approvals. Nobody approves or rejects a change or
    /// rollback request they made, whatever their role, and a requester who holds the required role no longer approves
    /// their own request by making it: it waits for someone else. The policy itself lets an approver act without a
    /// separate sign-off; a standard change that its rule pre-approves stays pre-approved.
    /// </summary>
    public bool ForbidSelfApproval { get; set; }

    /// <summary>
    /// How many times an update is retried from a fresh read when a concurrent update changed the same record
    /// (default 3). When retries run out the call halts with <c>conflict</c>.
    /// </summary>
    public int MaxConcurrencyRetries { get; set; } = 3;

    /// <summary>Checks the settings; called when the container first builds a service that needs them.</summary>
    /// <exception cref="InvalidOperationException">A setting is out of range; the message names it.</exception>
    internal void Validate()
    {
        if (MaxConcurrencyRetries < 0)
        {
            throw new InvalidOperationException($"{nameof(IncidentCoreOptions)}.{nameof(MaxConcurrencyRetries)} must not be negative.");
        }
    }
}
