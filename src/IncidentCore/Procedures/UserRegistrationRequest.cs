namespace IncidentCore.Procedures;

/// <summary>The inputs of user registration, in wire form. Required: name, email, role.</summary>
public sealed record UserRegistrationRequest
{
    /// <summary>name (required).</summary>
    public string? Name { get; init; }

    /// <summary>email (required, unique).</summary>
    public string? Email { get; init; }

    /// <summary>role (required): one of the seven roles.</summary>
    public string? Role { get; init; }

    /// <summary>department (optional).</summary>
    public string? Department { get; init; }

    /// <summary>client_id (optional): must name an existing client.</summary>
    public string? ClientId { get; init; }

    /// <summary>vendor_id (optional): must name an existing vendor.</summary>
    public string? VendorId { get; init; }

    /// <summary>timezone (optional, default UTC): an IANA id or UTC, GMT, CST, EST, CET, PST.</summary>
    public string? Timezone { get; init; }

    /// <summary>status (optional, default active): active, inactive or on_leave.</summary>
    public string? Status { get; init; }
}
