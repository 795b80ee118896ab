using IncidentCore.Domain;

namespace IncidentCore.Procedures.Import;

/// <summary>What is wrong with one imported record: which record, which field, and the field error's code. It never repeats a value.</summary>
/// <param name="EntityType">The kind of record.</param>
/// <param name="RecordId">The record's id as given (shortened and made safe to print).</param>
/// <param name="Field">The input's wire name.</param>
/// <param name="Code">A field error code (<see cref="Messages.FieldErrorCodes"/>).</param>
/// <param name="Message">A sentence a person can act on.</param>
public sealed record ImportProblem(EntityType EntityType, string RecordId, string Field, string Code, string Message);
