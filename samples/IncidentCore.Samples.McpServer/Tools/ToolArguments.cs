using System.Text.Json;
using IncidentCore.Procedures;
using IncidentCore.Samples.McpServer.Wire;

namespace IncidentCore.Samples.McpServer.Tools;

/// <summary>
/// A tool call's arguments, checked against the tool's fields before anything runs: an argument the tool does not
/// declare (an actor, a role on create_client, …) is refused as unknown_field, a value of the wrong JSON type as
/// invalid, and an oversized value as too_long. Values are never echoed back.
/// </summary>
internal sealed class ToolArguments
{
    /// <summary>The longest text any argument may carry; the procedures apply each field's own, tighter limit.</summary>
    public const int MaximumTextLength = 4096;

    private readonly Dictionary<string, string?> _text = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _integers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ChangeSet> _changeSets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, bool>> _flags = new(StringComparer.Ordinal);

    private ToolArguments()
    {
    }

    public IReadOnlyList<FieldError> Errors { get; private set; } = [];

    public string? Text(string name) => _text.GetValueOrDefault(name);

    public int Integer(string name, int fallback) => _integers.TryGetValue(name, out var value) ? value : fallback;

    public ChangeSet ChangeSet(string name) => _changeSets.GetValueOrDefault(name) ?? new ChangeSet();

    /// <summary>The flags given (every name as sent: the procedure refuses a name it does not know), or null when the argument was left out.</summary>
    public IReadOnlyDictionary<string, bool>? Flags(string name) => _flags.GetValueOrDefault(name);

    /// <summary>
    /// The text arguments as a procedure's request (snake_case wire names to its properties), so every declared input
    /// reaches the procedure without a hand-written mapping; the procedure validates them.
    /// </summary>
    public TRequest Request<TRequest>()
        where TRequest : class =>
        JsonSerializer.Deserialize<TRequest>(JsonSerializer.SerializeToElement(_text, WireJson.Options), WireJson.Options)
        ?? throw new InvalidOperationException($"The arguments could not be read as {typeof(TRequest).Name}.");

    /// <summary>How many arguments carry a value (null counts as not given).</summary>
    public int GivenCount => _text.Count(p => p.Value is not null) + _integers.Count + _changeSets.Count + _flags.Count;

    /// <summary>Reads the arguments against the declared fields, collecting every error in one pass.</summary>
    public static ToolArguments Read(IReadOnlyDictionary<string, JsonElement>? arguments, IReadOnlyList<ToolField> fields)
    {
        var result = new ToolArguments();
        var errors = new List<FieldError>();
        var declared = fields.ToDictionary(f => f.Name, StringComparer.Ordinal);
        foreach (var (name, value) in arguments ?? new Dictionary<string, JsonElement>())
        {
            if (!declared.TryGetValue(name, out var field))
            {
                var safe = SafeName(name);
                errors.Add(new FieldError(safe, "unknown_field", $"{safe} is not an argument of this tool; its arguments are: {string.Join(", ", fields.Select(f => f.Name))}."));
                continue;
            }

            switch (field.Kind)
            {
                case ToolFieldKind.Integer when value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) && number >= 0:
                    result._integers[name] = number;
                    break;
                case ToolFieldKind.Integer:
                    errors.Add(new FieldError(name, "invalid", $"{name} must be a whole number, zero or more."));
                    break;
                case ToolFieldKind.ChangeSet when value.ValueKind == JsonValueKind.Object:
                    result._changeSets[name] = ReadChangeSet(value, errors);
                    break;
                case ToolFieldKind.ChangeSet:
                    errors.Add(new FieldError(name, "invalid", $"{name} must be an object of field name to new value."));
                    break;
                case ToolFieldKind.Flags when value.ValueKind == JsonValueKind.Object:
                    result._flags[name] = ReadFlags(value, errors);
                    break;
                case ToolFieldKind.Flags when value.ValueKind == JsonValueKind.Null && field.AllowsNull:
                    break;
                case ToolFieldKind.Flags:
                    errors.Add(new FieldError(name, "invalid", $"{name} must be an object of flag name to true or false."));
                    break;
                case ToolFieldKind.Text when value.ValueKind == JsonValueKind.Null && field.AllowsNull:
                    result._text[name] = null;
                    break;
                case ToolFieldKind.Text when value.ValueKind == JsonValueKind.String:
                    var text = value.GetString()!;
                    if (text.Length > MaximumTextLength)
                    {
                        errors.Add(new FieldError(name, "too_long", $"{name} must be at most {MaximumTextLength} characters."));
                    }
                    else
                    {
                        result._text[name] = text;
                    }

                    break;
                default:
                    errors.Add(new FieldError(name, "invalid", $"{name} must be a string."));
                    break;
            }
        }

        result.Errors = errors;
        return result;
    }

    private static ChangeSet ReadChangeSet(JsonElement value, List<FieldError> errors)
    {
        var changes = new ChangeSet();
        foreach (var property in value.EnumerateObject())
        {
            var name = SafeName(property.Name);
            switch (property.Value.ValueKind)
            {
                case JsonValueKind.Null:
                    changes.Set(property.Name, null);
                    break;
                case JsonValueKind.String when property.Value.GetString()!.Length > MaximumTextLength:
                    errors.Add(new FieldError(name, "too_long", $"{name} must be at most {MaximumTextLength} characters."));
                    break;
                case JsonValueKind.String:
                    changes.Set(property.Name, property.Value.GetString());
                    break;
                default:
                    errors.Add(new FieldError(name, "invalid", $"{name} must be a string, or null to clear an optional field."));
                    break;
            }
        }

        return changes;
    }

    private static Dictionary<string, bool> ReadFlags(JsonElement value, List<FieldError> errors)
    {
        var flags = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var property in value.EnumerateObject())
        {
            if (property.Value.ValueKind is JsonValueKind.True or JsonValueKind.False)
            {
                flags[property.Name] = property.Value.GetBoolean();
            }
            else
            {
                var name = SafeName(property.Name);
                errors.Add(new FieldError(name, "invalid", $"{name} must be true or false."));
            }
        }

        return flags;
    }

    private static string SafeName(string name)
    {
        var safe = new string([.. name.Take(64).Select(c => char.IsControl(c) ? '?' : c)]);
        return name.Length > 64 ? safe + "…" : safe;
    }
}
