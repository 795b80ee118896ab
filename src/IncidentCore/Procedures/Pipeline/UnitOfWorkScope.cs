using System.Runtime.CompilerServices;
using IncidentCore.Ports;

namespace IncidentCore.Procedures.Pipeline;

/// <summary>
/// One attempt's unit of work, ended when the attempt ends. A failure while ending it (closing a connection, say) is
/// reported and never changes the outcome, because by then the commit has already decided what happened: without this,
/// a change committed and audited could be reported as a storage failure that "changed nothing". A value type, so that
/// the guard costs no allocation and no extra call on each of the store's members.
/// </summary>
internal readonly struct UnitOfWorkScope : IAsyncDisposable
{
    private readonly IProcedureEvents _events;

    public UnitOfWorkScope(IUnitOfWork work, IProcedureEvents events)
    {
        Work = work;
        _events = events;
    }

    /// <summary>The store's unit of work.</summary>
    public IUnitOfWork Work { get; }

    public ValueTask DisposeAsync()
    {
        ValueTask ending;
        try
        {
            ending = Work.DisposeAsync();
            if (ending.IsCompletedSuccessfully)
            {
                ending.GetAwaiter().GetResult();
                return default;
            }
        }
#pragma warning disable CA1031 // Ending a unit of work happens after its outcome is decided; it must not replace that outcome.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            _events.UnitOfWorkEndFailed(exception);
            return default;
        }

        return EndAsync(ending, _events);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static async ValueTask EndAsync(ValueTask ending, IProcedureEvents events)
    {
        try
        {
            await ending.ConfigureAwait(false);
        }
#pragma warning disable CA1031 // As above: the outcome is already decided.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            events.UnitOfWorkEndFailed(exception);
        }
    }
}
