using IncidentCore.Domain.Fields;

namespace IncidentCore.Samples.McpServer.Tools;

/// <summary>Describes an update's change_set argument from the library's field catalog: the editable fields only.</summary>
internal static class ChangeSetSchema
{
    public static ToolField For(FieldCatalog catalog, IReadOnlyDictionary<string, IReadOnlyList<string>> allowedValues, string description) =>
        new("change_set", true, description, ToolFieldKind.ChangeSet)
        {
            ChangeSetFields =
            [
                .. catalog.Fields.Where(f => f.IsEditable).Select(f => new ToolField(f.WireName, false, f.IsRequired ? f.WireName : $"{f.WireName}; null clears it")
                {
                    AllowsNull = !f.IsRequired,
                    AllowedValues = allowedValues.GetValueOrDefault(f.WireName),
                }),
            ],
        };
}
