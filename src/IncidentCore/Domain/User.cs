namespace IncidentCore.Domain;

/// <summary>A person who works in the incident-management system (the <c>users</c> record).</summary>
public sealed record User
{
    /// <summary>user_id: the record's id.</summary>
    public required string UserId { get; init; }

    /// <summary>name: the person's name (personal data).</summary>
    public required string Name { get; init; }

    /// <summary>email: unique among users, compared without case and surrounding spaces (personal data).</summary>
    public required string Email { get; init; }

    /// <summary>role: one of the seven roles of the policy.</summary>
    public required UserRole Role { get; init; }

    /// <summary>department: optional free text.</summary>
    public string? Department { get; init; }

    /// <summary>client_id: the one client this user is linked to, if any.</summary>
    public string? ClientId { get; init; }

    /// <summary>vendor_id: the one vendor this user is linked to, if any.</summary>
    public string? VendorId { get; init; }

    /// <summary>timezone: an IANA id or one of the accepted abbreviations; <c>UTC</c> by default.</summary>
    public string Timezone { get; init; } = "UTC";

    /// <summary>status: only an <see cref="UserStatus.Active"/> user may act.</summary>
    public UserStatus Status { get; init; } = UserStatus.Active;

    /// <summary>created_at (UTC).</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>updated_at (UTC).</summary>
    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>Concurrency version: 1 when created, one more on every update.</summary>
    public long Version { get; init; } = 1;
}
