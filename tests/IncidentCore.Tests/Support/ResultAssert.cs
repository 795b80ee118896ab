using IncidentCore.Procedures;

namespace IncidentCore.Tests.Support;

internal static class ResultAssert
{
    public static T Succeeded<T>(SopResult<T> result)
    {
        Assert.True(result.Succeeded, result.Halt?.ToString());
        return result.Value!;
    }

    public static Halt Halted<T>(SopResult<T> result, HaltCode code, params string[] fields)
    {
        Assert.False(result.Succeeded, "expected a halt but the procedure succeeded");
        Assert.Equal(code, result.Halt.Code);
        Assert.False(string.IsNullOrWhiteSpace(result.Halt.Message));
        foreach (var field in fields)
        {
            Assert.Contains(result.Halt.Errors, e => e.Field == field);
        }

        if (fields.Length > 0)
        {
            Assert.Equal(fields.Order(), result.Halt.Errors.Select(e => e.Field).Distinct().Order());
        }

        return result.Halt;
    }
}
