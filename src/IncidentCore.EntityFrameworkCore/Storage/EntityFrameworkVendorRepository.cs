using IncidentCore.Domain;
using IncidentCore.Domain.Normalization;
using IncidentCore.Ports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace IncidentCore.EntityFrameworkCore;

/// <summary>The vendors table: untracked reads, and writes staged in the unit of work with their unique keys.</summary>
internal sealed class EntityFrameworkVendorRepository(EntityFrameworkUnitOfWork work) : IVendorRepository
{
    public ValueTask<Vendor?> FindByIdAsync(string vendorId, CancellationToken cancellationToken = default) =>
        work.FindAsync(static q => q.VendorById, vendorId, cancellationToken);

    public ValueTask<Vendor?> FindByNameAsync(string vendorNameKey, CancellationToken cancellationToken = default) =>
        work.FindAsync(static q => q.VendorByName, vendorNameKey, cancellationToken);

    public ValueTask<Vendor?> FindByContactEmailAsync(string contactEmailKey, CancellationToken cancellationToken = default) =>
        work.FindAsync(static q => q.VendorByContactEmail, contactEmailKey, cancellationToken);

    public ValueTask<Vendor?> FindByContactPhoneAsync(string contactPhoneKey, CancellationToken cancellationToken = default) =>
        work.FindAsync(static q => q.VendorByContactPhone, contactPhoneKey, cancellationToken);

    public async ValueTask<IReadOnlyList<Vendor>> ListAsync(int skip, int take, CancellationToken cancellationToken = default)
    {
        var query = work.Query<Vendor>(cancellationToken);
        if (skip < 0 || take <= 0)
        {
            return [];
        }

        return await query.OrderBy(v => v.VendorId).Skip(skip).Take(take).ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    public void Add(Vendor vendor) => work.StageAdd(vendor, SetKeys);

    public void Update(Vendor vendor)
    {
        ArgumentNullException.ThrowIfNull(vendor);
        work.StageUpdate(vendor, vendor.Version, SetKeys);
    }

    private static void SetKeys(EntityEntry<Vendor> entry)
    {
        entry.Property<string>(ModelNames.VendorNameKey).CurrentValue = UniqueKeys.VendorName(entry.Entity.VendorName);
        entry.Property<string>(ModelNames.ContactEmailKey).CurrentValue = UniqueKeys.Email(entry.Entity.ContactEmail);
        entry.Property<string>(ModelNames.ContactPhoneKey).CurrentValue = UniqueKeys.Phone(entry.Entity.ContactPhone);
    }
}
