namespace IncidentCore.Domain.Normalization;

/// <summary>
/// Turns the values of unique fields into the keys they are compared by. Stores index these keys and the
/// procedures look records up by them, so both sides must use exactly these functions.
/// </summary>
public static class UniqueKeys
{
    /// <summary>An email key: trimmed and lower-cased (invariant culture).</summary>
    /// <param name="email">The email as entered.</param>
    /// <returns>The key.</returns>
    public static string Email(string email)
    {
        ArgumentNullException.ThrowIfNull(email);
        return email.Trim().ToLowerInvariant();
    }

    /// <summary>A registration number key: trimmed and upper-cased (invariant culture).</summary>
    /// <param name="registrationNumber">The registration number as entered.</param>
    /// <returns>The key.</returns>
    public static string RegistrationNumber(string registrationNumber)
    {
        ArgumentNullException.ThrowIfNull(registrationNumber);
        return registrationNumber.Trim().ToUpperInvariant();
    }

    /// <summary>A vendor name key: trimmed and upper-cased (invariant culture).</summary>
    /// <param name="vendorName">The vendor name as entered.</param>
    /// <returns>The key.</returns>
    public static string VendorName(string vendorName)
    {
        ArgumentNullException.ThrowIfNull(vendorName);
        return vendorName.Trim().ToUpperInvariant();
    }

    /// <summary>A phone key: the <c>+digits</c> form, with spaces, dashes, dots and brackets removed.</summary>
    /// <param name="phone">The phone as entered.</param>
    /// <returns>The key; for text that is not a phone number, the text with those separators removed.</returns>
    public static string Phone(string phone)
    {
        ArgumentNullException.ThrowIfNull(phone);
        return PhoneNumber.TryNormalize(phone, out var normalized) ? normalized : PhoneNumber.StripSeparators(phone);
    }

    /// <summary>The longest key a store is asked to index.</summary>
    public const int MaximumKeyLength = 512;

    /// <summary>Tells whether a key fits the bound every store indexes.</summary>
    /// <param name="key">The key.</param>
    /// <returns><see langword="true"/> when it is at most <see cref="MaximumKeyLength"/> characters.</returns>
    public static bool IsKeyWithinBound(string key) => key is not null && key.Length <= MaximumKeyLength;
}
