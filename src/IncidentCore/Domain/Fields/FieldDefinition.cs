namespace IncidentCore.Domain.Fields;

/// <summary>One field of a record: its wire name, what it holds, and whether a change set may set it.</summary>
/// <param name="WireName">The field's lower snake_case name.</param>
/// <param name="Classification">What kind of data it holds.</param>
/// <param name="IsEditable">Whether an update's change set may set it.</param>
/// <param name="IsRequired">Whether the record must always have a value for it.</param>
internal sealed record FieldDefinition(string WireName, FieldClassification Classification, bool IsEditable, bool IsRequired)
{
    /// <summary>Whether the audit trail may record this field's old and new values.</summary>
    public bool MayBeAuditedByValue =>
        Classification is FieldClassification.Enumeration or FieldClassification.Identifier or FieldClassification.Number;
}
