using IncidentCore.Domain;
using Xunit;

namespace IncidentCore.Specification.Tests;

/// <summary>Compares audit entries field by field (their lists compare by content, not by reference).</summary>
internal static class AuditAssert
{
    public static void Same(AuditEntry expected, AuditEntry actual)
    {
        Assert.Equal(expected.AuditId, actual.AuditId);
        Assert.Equal(expected.Action, actual.Action);
        Assert.Equal(expected.EntityType, actual.EntityType);
        Assert.Equal(expected.EntityId, actual.EntityId);
        Assert.Equal(expected.ActorUserId, actual.ActorUserId);
        Assert.Equal(expected.CreatedAt, actual.CreatedAt);
        Assert.Equal(TimeSpan.Zero, actual.CreatedAt.Offset);
        Assert.Equal(expected.Outcome, actual.Outcome);
        Assert.Equal(expected.Reason, actual.Reason);
        Assert.Equal(expected.ChangedFields, actual.ChangedFields);
        Assert.Equal(expected.ValueChanges, actual.ValueChanges);
    }
}
