namespace IncidentCore.Benchmarks.Workload;

/// <summary>
/// Distinct requests made before an iteration starts, so that building them is not measured. When a run asks for
/// more invocations than were prepared (for example a dry job), the rest are made on the fly.
/// </summary>
/// <typeparam name="T">The request type.</typeparam>
internal sealed class RequestBatch<T>(Func<long, T> create)
{
    private T[] _items = [];
    private int _prepared;
    private int _next;
    private long _serial;

    public void Prepare(int count)
    {
        if (_items.Length < count)
        {
            _items = new T[count];
        }

        for (var i = 0; i < count; i++)
        {
            _items[i] = create(++_serial);
        }

        _prepared = count;
        _next = 0;
    }

    public T Next() => _next < _prepared ? _items[_next++] : create(++_serial);
}
