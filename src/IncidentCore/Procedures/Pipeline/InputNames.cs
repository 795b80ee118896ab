namespace IncidentCore.Procedures.Pipeline;

/// <summary>Wire names of inputs that are not record fields.</summary>
internal static class InputNames
{
    public const string ActorUserId = "actor_user_id";
    public const string ChangeSet = "change_set";
}
