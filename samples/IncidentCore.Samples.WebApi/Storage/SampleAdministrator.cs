using IncidentCore.Domain;

namespace IncidentCore.Samples.WebApi.Storage;

/// <summary>The one user the sample starts with, whatever the store: the system administrator, user 1.</summary>
internal static class SampleAdministrator
{
    public const string UserId = "1";

    public static User Record { get; } = new()
    {
        UserId = UserId,
        Name = "Ada Administrator",
        Email = "ada@example.com",
        Role = UserRole.SystemAdministrator,
        Department = "IT",
        CreatedAt = DateTimeOffset.UnixEpoch,
        UpdatedAt = DateTimeOffset.UnixEpoch,
    };
}
