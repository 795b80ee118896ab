using IncidentCore.Domain;
using IncidentCore.Domain.Normalization;
using IncidentCore.Ports;
using Npgsql;
using static IncidentCore.Samples.PostgreSql.Storage.PostgreSqlValues;

namespace IncidentCore.Samples.PostgreSql.Storage;

/// <summary>The vendors table. Phones are stored in their <c>+digits</c> form.</summary>
internal sealed class PostgreSqlVendorRepository(PostgreSqlUnitOfWork work) : IVendorRepository
{
    private const string Select =
        "SELECT vendor_id, vendor_name, vendor_type, contact_email, contact_phone, status, created_at_ticks, updated_at_ticks, version FROM vendors";

    private const string Insert = """
        INSERT INTO vendors (vendor_id, vendor_name, vendor_name_key, vendor_type, contact_email, contact_email_key,
                             contact_phone, contact_phone_key, status, created_at_ticks, updated_at_ticks, version)
        VALUES (@vendor_id, @vendor_name, @vendor_name_key, @vendor_type, @contact_email, @contact_email_key,
                @contact_phone, @contact_phone_key, @status, @created_at_ticks, @updated_at_ticks, @version)
        """;

    private const string UpdateSql = """
        UPDATE vendors
        SET vendor_name = @vendor_name, vendor_name_key = @vendor_name_key, vendor_type = @vendor_type, contact_email = @contact_email,
            contact_email_key = @contact_email_key, contact_phone = @contact_phone, contact_phone_key = @contact_phone_key,
            status = @status, created_at_ticks = @created_at_ticks, updated_at_ticks = @updated_at_ticks, version = @version
        WHERE vendor_id = @vendor_id AND version = @version - 1
        """;

    public ValueTask<Vendor?> FindByIdAsync(string vendorId, CancellationToken cancellationToken = default) =>
        FindAsync("vendor_id", vendorId, cancellationToken);

    public ValueTask<Vendor?> FindByNameAsync(string vendorNameKey, CancellationToken cancellationToken = default) =>
        FindAsync("vendor_name_key", vendorNameKey, cancellationToken);

    public ValueTask<Vendor?> FindByContactEmailAsync(string contactEmailKey, CancellationToken cancellationToken = default) =>
        FindAsync("contact_email_key", contactEmailKey, cancellationToken);

    public ValueTask<Vendor?> FindByContactPhoneAsync(string contactPhoneKey, CancellationToken cancellationToken = default) =>
        FindAsync("contact_phone_key", contactPhoneKey, cancellationToken);

    public ValueTask<IReadOnlyList<Vendor>> ListAsync(int skip, int take, CancellationToken cancellationToken = default) =>
        work.ReadPageAsync($"{Select} ORDER BY vendor_id COLLATE \"C\" LIMIT @take OFFSET @skip", skip, take, Read, cancellationToken);

    public void Add(Vendor vendor) => Stage(Insert, vendor, mustChangeOneRow: false);

    public void Update(Vendor vendor) => Stage(UpdateSql, vendor, mustChangeOneRow: true);

    private void Stage(string sql, Vendor vendor, bool mustChangeOneRow)
    {
        ArgumentNullException.ThrowIfNull(vendor);
        var phone = UniqueKeys.Phone(vendor.ContactPhone);
        var command = work.WriteCommand(sql);
        var p = command.Parameters;
        p.AddText("@vendor_id", vendor.VendorId);
        p.AddText("@vendor_name", vendor.VendorName);
        p.AddText("@vendor_name_key", UniqueKeys.VendorName(vendor.VendorName));
        p.AddText("@vendor_type", vendor.VendorType.ToWireName());
        p.AddText("@contact_email", vendor.ContactEmail);
        p.AddText("@contact_email_key", UniqueKeys.Email(vendor.ContactEmail));
        p.AddText("@contact_phone", phone);
        p.AddText("@contact_phone_key", UniqueKeys.Phone(vendor.ContactPhone));
        p.AddText("@status", vendor.Status.ToWireName());
        p.AddTicks("@created_at_ticks", vendor.CreatedAt);
        p.AddTicks("@updated_at_ticks", vendor.UpdatedAt);
        p.AddBigint("@version", vendor.Version);
        work.Stage(command, mustChangeOneRow);
    }

    private ValueTask<Vendor?> FindAsync(string column, string key, CancellationToken cancellationToken) =>
        work.ReadOneAsync($"{Select} WHERE {column} = @key", key, Read, cancellationToken);

    private static Vendor Read(NpgsqlDataReader reader) => new()
    {
        VendorId = reader.GetString(0),
        VendorName = reader.GetString(1),
        VendorType = ReadEnum(reader, 2, WireNames.VendorType),
        ContactEmail = reader.GetString(3),
        ContactPhone = reader.GetString(4),
        Status = ReadEnum(reader, 5, WireNames.VendorStatus),
        CreatedAt = ReadTicks(reader, 6),
        UpdatedAt = ReadTicks(reader, 7),
        Version = reader.GetInt64(8),
    };
}
