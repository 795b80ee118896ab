using IncidentCore.Domain;

namespace IncidentCore.Policy;

/// <summary>One row of the policy's permit table: actors of <paramref name="Role"/> may run <paramref name="Operation"/>, given the association.</summary>
/// <param name="Name">A stable name, recorded as the reason for every decision this rule allows.</param>
/// <param name="Operation">The operation permitted.</param>
/// <param name="Role">The role the actor must have.</param>
/// <param name="Association">The link to the target the actor must have.</param>
public sealed record PermitRule(string Name, Operation Operation, UserRole Role, AssociationRequirement Association = AssociationRequirement.None);
