using System.Runtime.ExceptionServices;
using IncidentCore.Ports;

namespace IncidentCore.EntityFrameworkCore;

/// <summary>
/// How one run of the commit ended: a result, or the exception it threw, captured so that EF Core's execution
/// strategy never sees a failure and never runs the commit a second time (the procedures decide about retries).
/// </summary>
internal readonly record struct CommitAttempt(CommitResult Result, ExceptionDispatchInfo? Failure)
{
    public CommitResult ResultOrThrow()
    {
        Failure?.Throw();
        return Result;
    }
}
