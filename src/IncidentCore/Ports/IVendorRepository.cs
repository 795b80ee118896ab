using IncidentCore.Domain;

namespace IncidentCore.Ports;

/// <summary>Vendor records. Lookups by unique key take the key as made by <see cref="Domain.Normalization.UniqueKeys"/>.</summary>
public interface IVendorRepository
{
    /// <summary>Finds a vendor by id.</summary>
    /// <param name="vendorId">The id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The vendor, or <see langword="null"/>.</returns>
    ValueTask<Vendor?> FindByIdAsync(string vendorId, CancellationToken cancellationToken = default);

    /// <summary>Finds a vendor by name key.</summary>
    /// <param name="vendorNameKey">The key from <see cref="Domain.Normalization.UniqueKeys.VendorName"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The vendor, or <see langword="null"/>.</returns>
    ValueTask<Vendor?> FindByNameAsync(string vendorNameKey, CancellationToken cancellationToken = default);

    /// <summary>Finds a vendor by contact email key.</summary>
    /// <param name="contactEmailKey">The key from <see cref="Domain.Normalization.UniqueKeys.Email"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The vendor, or <see langword="null"/>.</returns>
    ValueTask<Vendor?> FindByContactEmailAsync(string contactEmailKey, CancellationToken cancellationToken = default);

    /// <summary>Finds a vendor by contact phone key.</summary>
    /// <param name="contactPhoneKey">The key from <see cref="Domain.Normalization.UniqueKeys.Phone"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The vendor, or <see langword="null"/>.</returns>
    ValueTask<Vendor?> FindByContactPhoneAsync(string contactPhoneKey, CancellationToken cancellationToken = default);

    /// <summary>Lists vendors ordered by id (ordinal), a page at a time.</summary>
    /// <param name="skip">How many to skip.</param>
    /// <param name="take">How many to return at most.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page, possibly empty.</returns>
    ValueTask<IReadOnlyList<Vendor>> ListAsync(int skip, int take, CancellationToken cancellationToken = default);

    /// <summary>Stages a new vendor; its unique keys are enforced at commit.</summary>
    /// <param name="vendor">The vendor, with <see cref="Vendor.Version"/> 1.</param>
    void Add(Vendor vendor);

    /// <summary>Stages an update; at commit the stored version must still be <c>vendor.Version - 1</c>.</summary>
    /// <param name="vendor">The updated vendor, with its version already incremented.</param>
    void Update(Vendor vendor);
}
