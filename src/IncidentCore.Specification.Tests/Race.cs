namespace IncidentCore.Specification.Tests;

/// <summary>Starts contenders on the thread pool at the same moment and collects their results in contender order.</summary>
internal static class Race
{
    public static async Task<T[]> RunAsync<T>(int contenders, Func<int, Task<T>> contender)
    {
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var tasks = new Task<T>[contenders];
        for (var i = 0; i < contenders; i++)
        {
            var index = i;
            tasks[i] = Task.Run(async () =>
            {
                await start.Task;
                return await contender(index);
            });
        }

        start.SetResult();
        return await Task.WhenAll(tasks);
    }
}
