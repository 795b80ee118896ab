using IncidentCore.Domain;
using IncidentCore.Domain.Normalization;
using IncidentCore.Ports;
using Npgsql;
using static IncidentCore.Samples.PostgreSql.Storage.PostgreSqlValues;

namespace IncidentCore.Samples.PostgreSql.Storage;

/// <summary>The users table.</summary>
internal sealed class PostgreSqlUserRepository(PostgreSqlUnitOfWork work) : IUserRepository
{
    private const string Select =
        "SELECT user_id, name, email, role, department, client_id, vendor_id, timezone, status, created_at_ticks, updated_at_ticks, version FROM users";

    private const string Insert = """
        INSERT INTO users (user_id, name, email, email_key, role, department, client_id, vendor_id, timezone, status, created_at_ticks, updated_at_ticks, version)
        VALUES (@user_id, @name, @email, @email_key, @role, @department, @client_id, @vendor_id, @timezone, @status, @created_at_ticks, @updated_at_ticks, @version)
        """;

    private const string UpdateSql = """
        UPDATE users
        SET name = @name, email = @email, email_key = @email_key, role = @role, department = @department, client_id = @client_id,
            vendor_id = @vendor_id, timezone = @timezone, status = @status, created_at_ticks = @created_at_ticks, updated_at_ticks = @updated_at_ticks, version = @version
        WHERE user_id = @user_id AND version = @version - 1
        """;

    public ValueTask<User?> FindByIdAsync(string userId, CancellationToken cancellationToken = default) =>
        FindAsync("user_id", userId, cancellationToken);

    public ValueTask<User?> FindByEmailAsync(string emailKey, CancellationToken cancellationToken = default) =>
        FindAsync("email_key", emailKey, cancellationToken);

    public ValueTask<IReadOnlyList<User>> ListAsync(int skip, int take, CancellationToken cancellationToken = default) =>
        work.ReadPageAsync($"{Select} ORDER BY user_id COLLATE \"C\" LIMIT @take OFFSET @skip", skip, take, Read, cancellationToken);

    public void Add(User user) => Stage(Insert, user, mustChangeOneRow: false);

    public void Update(User user) => Stage(UpdateSql, user, mustChangeOneRow: true);

    private void Stage(string sql, User user, bool mustChangeOneRow)
    {
        ArgumentNullException.ThrowIfNull(user);
        var command = work.WriteCommand(sql);
        var p = command.Parameters;
        p.AddText("@user_id", user.UserId);
        p.AddText("@name", user.Name);
        p.AddText("@email", user.Email);
        p.AddText("@email_key", UniqueKeys.Email(user.Email));
        p.AddText("@role", user.Role.ToWireName());
        p.AddText("@department", user.Department);
        p.AddText("@client_id", user.ClientId);
        p.AddText("@vendor_id", user.VendorId);
        p.AddText("@timezone", user.Timezone);
        p.AddText("@status", user.Status.ToWireName());
        p.AddTicks("@created_at_ticks", user.CreatedAt);
        p.AddTicks("@updated_at_ticks", user.UpdatedAt);
        p.AddBigint("@version", user.Version);
        work.Stage(command, mustChangeOneRow);
    }

    private ValueTask<User?> FindAsync(string column, string key, CancellationToken cancellationToken) =>
        work.ReadOneAsync($"{Select} WHERE {column} = @key", key, Read, cancellationToken);

    private static User Read(NpgsqlDataReader reader) => new()
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
        CreatedAt = ReadTicks(reader, 9),
        UpdatedAt = ReadTicks(reader, 10),
        Version = reader.GetInt64(11),
    };
}
