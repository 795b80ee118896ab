using IncidentCore.Domain;
using IncidentCore.Policy;

namespace IncidentCore.Procedures.Definitions;

/// <summary>Turns an SOP's inputs into the public metadata hosts build schemas from.</summary>
internal static class SopDescriber
{
    public static SopDefinition Describe<TRequest, TRecord>(
        Operation operation, SopKind kind, EntityType entityType, string idField, SopInput<TRequest, TRecord>[] inputs)
        where TRecord : class
    {
        var fields = new SopFieldDefinition[inputs.Length];
        for (var i = 0; i < inputs.Length; i++)
        {
            var input = inputs[i];
            var field = input.Field;
            fields[i] = new SopFieldDefinition(
                input.Name,
                field.Name,
                field.Kind,
                field.Classification,
                field.MaximumLength,
                kind == SopKind.Update ? field.IsRequiredOnRecord : input.IsRequired,
                kind == SopKind.Create ? input.DefaultText : null,
                field.IsUnique,
                field.References,
                field.Enumeration?.WireNames ?? []);
        }

        return new SopDefinition(operation, kind, entityType, idField, fields);
    }
}
