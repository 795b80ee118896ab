namespace IncidentCore.Procedures;

/// <summary>The inputs of client onboarding, in wire form. Required: client_name, registration_number, contact_email, client_type.</summary>
public sealed record ClientOnboardingRequest
{
    /// <summary>client_name (required).</summary>
    public string? ClientName { get; init; }

    /// <summary>registration_number (required, unique).</summary>
    public string? RegistrationNumber { get; init; }

    /// <summary>contact_email (required, unique).</summary>
    public string? ContactEmail { get; init; }

    /// <summary>client_type (required): enterprise, mid_market, small_business or startup.</summary>
    public string? ClientType { get; init; }

    /// <summary>country (optional).</summary>
    public string? Country { get; init; }

    /// <summary>industry (optional).</summary>
    public string? Industry { get; init; }

    /// <summary>status (optional, default active): active, inactive or suspended.</summary>
    public string? Status { get; init; }
}
