using Microsoft.Data.Sqlite;

namespace IncidentCore.Samples.Sqlite.Storage;

/// <summary>The parameter values of a staged write, bound to a prepared command only when the commit runs it.</summary>
internal sealed class StagedParameters
{
    private readonly List<SqliteParameter> _parameters = new(16);

    /// <summary>Adds a value for the named parameter.</summary>
    /// <param name="name">The parameter's name, with its prefix (<c>@client_id</c>).</param>
    /// <param name="value">The value (<see cref="DBNull.Value"/> for NULL).</param>
    public void AddWithValue(string name, object value) => _parameters.Add(new SqliteParameter(name, value));

    /// <summary>Replaces every parameter of <paramref name="target"/> with the staged values.</summary>
    /// <param name="target">The parameters of the command about to run.</param>
    public void BindTo(SqliteParameterCollection target)
    {
        target.Clear();
        foreach (var parameter in _parameters)
        {
            target.Add(parameter);
        }
    }
}
