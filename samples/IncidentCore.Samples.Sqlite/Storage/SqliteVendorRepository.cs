using IncidentCore.Domain;
using IncidentCore.Domain.Normalization;
using IncidentCore.Ports;
using Microsoft.Data.Sqlite;
using static IncidentCore.Samples.Sqlite.Storage.SqliteValues;

namespace IncidentCore.Samples.Sqlite.Storage;

/// <summary>The vendors table. Phones are stored in their <c>+digits</c> form.</summary>
internal sealed class SqliteVendorRepository(SqliteUnitOfWork work) : IVendorRepository
{
    private const string Select =
        "SELECT vendor_id, vendor_name, vendor_type, contact_email, contact_phone, status, created_at, updated_at, version FROM vendors";

    private const string Insert = """
        INSERT INTO vendors (vendor_id, vendor_name, vendor_name_key, vendor_type, contact_email, contact_email_key,
                             contact_phone, contact_phone_key, status, created_at, updated_at, version)
        VALUES (@vendor_id, @vendor_name, @vendor_name_key, @vendor_type, @contact_email, @contact_email_key,
                @contact_phone, @contact_phone_key, @status, @created_at, @updated_at, @version)
        """;

    private const string UpdateSql = """
        UPDATE vendors
        SET vendor_name = @vendor_name, vendor_name_key = @vendor_name_key, vendor_type = @vendor_type, contact_email = @contact_email,
            contact_email_key = @contact_email_key, contact_phone = @contact_phone, contact_phone_key = @contact_phone_key,
            status = @status, created_at = @created_at, updated_at = @updated_at, version = @version
        WHERE vendor_id = @vendor_id AND version = @version - 1
        """;

    public ValueTask<Vendor?> FindByIdAsync(string vendorId, CancellationToken cancellationToken = default) =>
        FindAsync($"{Select} WHERE vendor_id = @key", vendorId, cancellationToken);

    public ValueTask<Vendor?> FindByNameAsync(string vendorNameKey, CancellationToken cancellationToken = default) =>
        FindAsync($"{Select} WHERE vendor_name_key = @key", vendorNameKey, cancellationToken);

    public ValueTask<Vendor?> FindByContactEmailAsync(string contactEmailKey, CancellationToken cancellationToken = default) =>
        FindAsync($"{Select} WHERE contact_email_key = @key", contactEmailKey, cancellationToken);

    public ValueTask<Vendor?> FindByContactPhoneAsync(string contactPhoneKey, CancellationToken cancellationToken = default) =>
        FindAsync($"{Select} WHERE contact_phone_key = @key", contactPhoneKey, cancellationToken);

    public ValueTask<IReadOnlyList<Vendor>> ListAsync(int skip, int take, CancellationToken cancellationToken = default) =>
        work.ReadPageAsync($"{Select} ORDER BY vendor_id LIMIT @take OFFSET @skip", skip, take, Read, cancellationToken);

    public void Add(Vendor vendor) => Stage(Insert, vendor, mustChangeOneRow: false);

    public void Update(Vendor vendor) => Stage(UpdateSql, vendor, mustChangeOneRow: true);

    private void Stage(string sql, Vendor vendor, bool mustChangeOneRow)
    {
        ArgumentNullException.ThrowIfNull(vendor);
        var phone = UniqueKeys.Phone(vendor.ContactPhone);
        var command = work.WriteCommand(sql);
        var p = command.Parameters;
        p.AddWithValue("@vendor_id", vendor.VendorId);
        p.AddWithValue("@vendor_name", vendor.VendorName);
        p.AddWithValue("@vendor_name_key", UniqueKeys.VendorName(vendor.VendorName));
        p.AddWithValue("@vendor_type", vendor.VendorType.ToWireName());
        p.AddWithValue("@contact_email", vendor.ContactEmail);
        p.AddWithValue("@contact_email_key", UniqueKeys.Email(vendor.ContactEmail));
        p.AddWithValue("@contact_phone", phone);
        p.AddWithValue("@contact_phone_key", UniqueKeys.Phone(vendor.ContactPhone));
        p.AddWithValue("@status", vendor.Status.ToWireName());
        p.AddWithValue("@created_at", Timestamp(vendor.CreatedAt));
        p.AddWithValue("@updated_at", Timestamp(vendor.UpdatedAt));
        p.AddWithValue("@version", vendor.Version);
        work.Stage(command, mustChangeOneRow);
    }

    // The statement is a constant per lookup, so each session prepares it once.
    private ValueTask<Vendor?> FindAsync(string sql, string key, CancellationToken cancellationToken) =>
        work.ReadOneAsync(sql, key, Read, cancellationToken);

    private static Vendor Read(SqliteDataReader reader) => new()
    {
        VendorId = reader.GetString(0),
        VendorName = reader.GetString(1),
        VendorType = ReadEnum(reader, 2, WireNames.VendorType),
        ContactEmail = reader.GetString(3),
        ContactPhone = reader.GetString(4),
        Status = ReadEnum(reader, 5, WireNames.VendorStatus),
        CreatedAt = ReadTimestamp(reader, 6),
        UpdatedAt = ReadTimestamp(reader, 7),
        Version = reader.GetInt64(8),
    };
}
