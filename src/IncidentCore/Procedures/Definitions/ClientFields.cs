using IncidentCore.Domain;
using IncidentCore.Domain.Fields;
using IncidentCore.Domain.Normalization;

namespace IncidentCore.Procedures.Definitions;

/// <summary>The fields of a client, each said once with its rules; the client SOPs take them from here.</summary>
internal static class ClientFields
{
    public static readonly RecordField<Client> ClientName = new(DomainFields.Client, 0, "client_name", FieldKind.Text, c => c.ClientName);

    public static readonly RecordField<Client> RegistrationNumber = new(DomainFields.Client, 1, "registration_number", FieldKind.Text, c => c.RegistrationNumber)
    {
        MaximumLength = 64,
        Key = UniqueKeys.RegistrationNumber,
        KeyIsTextKey = true,
        FindByKey = (work, key, ct) => work.Clients.FindByRegistrationNumberAsync(key, ct),
    };

    public static readonly RecordField<Client> ContactEmail = new(DomainFields.Client, 2, "contact_email", FieldKind.Email, c => c.ContactEmail)
    {
        Key = UniqueKeys.Email,
        KeyIsTextKey = true,
        FindByKey = (work, key, ct) => work.Clients.FindByContactEmailAsync(key, ct),
    };

    public static readonly RecordField<Client> ClientType = new(DomainFields.Client, 3, "client_type", FieldKind.Enumeration, c => c.ClientType.ToWireName())
    {
        Enumeration = EnumTable.Of(WireNames.ClientType),
    };

    public static readonly RecordField<Client> Status = new(DomainFields.Client, 4, "status", FieldKind.Enumeration, c => c.Status.ToWireName())
    {
        Enumeration = EnumTable.Of(WireNames.ClientStatus),
    };

    public static readonly RecordField<Client> Country = new(DomainFields.Client, 5, "country", FieldKind.Text, c => c.Country);

    public static readonly RecordField<Client> Industry = new(DomainFields.Client, 6, "industry", FieldKind.Text, c => c.Industry);

    public static readonly RecordLookup<Client> FindById = (work, id, ct) => work.Clients.FindByIdAsync(id, ct);
}
