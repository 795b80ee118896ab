using IncidentCore.Domain;
using IncidentCore.Domain.Normalization;
using IncidentCore.Ports;
using Microsoft.Data.Sqlite;
using static IncidentCore.Samples.Sqlite.Storage.SqliteValues;

namespace IncidentCore.Samples.Sqlite.Storage;

/// <summary>The users table.</summary>
internal sealed class SqliteUserRepository(SqliteUnitOfWork work) : IUserRepository
{
    private const string Select =
        "SELECT user_id, name, email, role, department, client_id, vendor_id, timezone, status, created_at, updated_at, version FROM users";

    private const string Insert = """
        INSERT INTO users (user_id, name, email, email_key, role, department, client_id, vendor_id, timezone, status, created_at, updated_at, version)
        VALUES (@user_id, @name, @email, @email_key, @role, @department, @client_id, @vendor_id, @timezone, @status, @created_at, @updated_at, @version)
        """;

    private const string UpdateSql = """
        UPDATE users
        SET name = @name, email = @email, email_key = @email_key, role = @role, department = @department, client_id = @client_id,
            vendor_id = @vendor_id, timezone = @timezone, status = @status, created_at = @created_at, updated_at = @updated_at, version = @version
        WHERE user_id = @user_id AND version = @version - 1
        """;

    public ValueTask<User?> FindByIdAsync(string userId, CancellationToken cancellationToken = default) =>
        FindAsync($"{Select} WHERE user_id = @key", userId, cancellationToken);

    public ValueTask<User?> FindByEmailAsync(string emailKey, CancellationToken cancellationToken = default) =>
        FindAsync($"{Select} WHERE email_key = @key", emailKey, cancellationToken);

    public ValueTask<IReadOnlyList<User>> ListAsync(int skip, int take, CancellationToken cancellationToken = default) =>
        work.ReadPageAsync($"{Select} ORDER BY user_id LIMIT @take OFFSET @skip", skip, take, Read, cancellationToken);

    public void Add(User user) => Stage(Insert, user, mustChangeOneRow: false);

    public void Update(User user) => Stage(UpdateSql, user, mustChangeOneRow: true);

    private void Stage(string sql, User user, bool mustChangeOneRow)
    {
        ArgumentNullException.ThrowIfNull(user);
        var command = work.WriteCommand(sql);
        var p = command.Parameters;
        p.AddWithValue("@user_id", user.UserId);
        p.AddWithValue("@name", user.Name);
        p.AddWithValue("@email", user.Email);
        p.AddWithValue("@email_key", UniqueKeys.Email(user.Email));
        p.AddWithValue("@role", user.Role.ToWireName());
        p.AddWithValue("@department", OrNull(user.Department));
        p.AddWithValue("@client_id", OrNull(user.ClientId));
        p.AddWithValue("@vendor_id", OrNull(user.VendorId));
        p.AddWithValue("@timezone", user.Timezone);
        p.AddWithValue("@status", user.Status.ToWireName());
        p.AddWithValue("@created_at", Timestamp(user.CreatedAt));
        p.AddWithValue("@updated_at", Timestamp(user.UpdatedAt));
        p.AddWithValue("@version", user.Version);
        work.Stage(command, mustChangeOneRow);
    }

    // The statement is a constant per lookup, so each session prepares it once.
    private ValueTask<User?> FindAsync(string sql, string key, CancellationToken cancellationToken) =>
        work.ReadOneAsync(sql, key, Read, cancellationToken);

    private static User Read(SqliteDataReader reader) => new()
    {
        UserId = reader.GetString(0),
        Name = reader.GetString(1),
        Email = reader.GetString(2),
        Role = ReadEnum(reader, 3, WireNames.UserRole),
        Department = ReadNullable(reader, 4),
        ClientId = ReadNullable(reader, 5),
        VendorId = ReadNullable(reader, 6),
        Timezone = reader.GetString(7),
        Status = ReadEnum(reader, 8, WireNames.UserStatus),
        CreatedAt = ReadTimestamp(reader, 9),
        UpdatedAt = ReadTimestamp(reader, 10),
        Version = reader.GetInt64(11),
    };
}
