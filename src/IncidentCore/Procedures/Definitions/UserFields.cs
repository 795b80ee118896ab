using IncidentCore.Domain;
using IncidentCore.Domain.Fields;
using IncidentCore.Domain.Normalization;

namespace IncidentCore.Procedures.Definitions;

/// <summary>The fields of a user, each said once with its rules; the user SOPs take them from here.</summary>
internal static class UserFields
{
    public static readonly RecordField<User> Name = new(DomainFields.User, 0, "name", FieldKind.Text, u => u.Name);

    public static readonly RecordField<User> Email = new(DomainFields.User, 1, "email", FieldKind.Email, u => u.Email)
    {
        Key = UniqueKeys.Email,
        KeyIsTextKey = true,
        FindByKey = (work, key, ct) => work.Users.FindByEmailAsync(key, ct),
    };

    public static readonly RecordField<User> Role = new(DomainFields.User, 2, "role", FieldKind.Enumeration, u => u.Role.ToWireName())
    {
        Enumeration = EnumTable.Of(WireNames.UserRole),
    };

    public static readonly RecordField<User> Department = new(DomainFields.User, 3, "department", FieldKind.Text, u => u.Department);

    public static readonly RecordField<User> ClientId = new(DomainFields.User, 4, "client_id", FieldKind.Id, u => u.ClientId)
    {
        References = EntityType.Client,
    };

    public static readonly RecordField<User> VendorId = new(DomainFields.User, 5, "vendor_id", FieldKind.Id, u => u.VendorId)
    {
        References = EntityType.Vendor,
    };

    public static readonly RecordField<User> Timezone = new(DomainFields.User, 6, "timezone", FieldKind.TimeZone, u => u.Timezone);

    public static readonly RecordField<User> Status = new(DomainFields.User, 7, "status", FieldKind.Enumeration, u => u.Status.ToWireName())
    {
        Enumeration = EnumTable.Of(WireNames.UserStatus),
    };

    public static readonly RecordLookup<User> FindById = (work, id, ct) => work.Users.FindByIdAsync(id, ct);
}
