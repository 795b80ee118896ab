namespace IncidentCore.Benchmarks.Host.HandWritten;

/// <summary>The body of the hand-written <c>POST /clients</c>, in the same wire form as the sample's (snake_case).</summary>
internal sealed class NewClientRequest
{
    public string? ClientName { get; init; }

    public string? RegistrationNumber { get; init; }

    public string? ContactEmail { get; init; }

    public string? ClientType { get; init; }

    public string? Status { get; init; }

    public string? Country { get; init; }

    public string? Industry { get; init; }
}
