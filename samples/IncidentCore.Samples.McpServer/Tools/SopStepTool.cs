using IncidentCore.Policy;
using IncidentCore.Procedures;
using IncidentCore.Procedures.Definitions;

namespace IncidentCore.Samples.McpServer.Tools;

/// <summary>
/// A tool for one step of a record's lifecycle that takes only the record's id (start, complete, fail): the id field
/// comes from the step's SOP definition, the acting user from the call, and the result goes out in its wire shape.
/// </summary>
internal static class SopStepTool
{
    public static IncidentTool Create<TProcedure, TRecord, TWire>(
        string name, Operation operation, string description,
        Func<TProcedure, ToolCall, string, ValueTask<SopResult<TRecord>>> run, Func<TRecord, TWire> toWire)
        where TProcedure : notnull
    {
        var sop = SopCatalog.For(operation);
        return new(
            name,
            description,
            readOnly: false,
            [SopToolFields.Id(sop)],
            async call =>
            {
                var result = await run(call.Services.GetRequiredService<TProcedure>(), call, call.Arguments.Text(sop.IdField)!);
                return result.Succeeded ? ToolResults.Success(toWire(result.Value)) : ToolResults.Halted(result.Halt);
            });
    }
}
