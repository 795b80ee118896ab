namespace IncidentCore.Domain.Normalization;

/// <summary>
/// Turns the values of unique fields into the keys they are compared by. Stores index these keys and the
/// procedures look records up by them, so both sides must use exactly these functions.
/// </summary>
/// <remarks>
/// <para>
/// Every text key (registration number, vendor name, email) follows one rule, so that values which only look
/// alike compare equal: Unicode normalisation form NFKC (a letter and its combining accent become the accented
/// letter; fullwidth letters, ligatures and other compatibility forms become their plain letters), then invariant
/// upper case (and NFKC again, since an upper-case letter can compose with a following mark), then every run of white space (any Unicode space, tab or line break) becomes one ASCII space and
/// the ends are trimmed, then every dash (Unicode category Pd, such as U+2010 HYPHEN and U+2014 EM DASH, and
/// U+2212 MINUS SIGN) becomes <c>-</c>. So <c>Café Ltd</c>, <c>Cafe&#x301; Ltd</c>, <c>Café&#xA0;Ltd</c> and
/// <c>Café  Ltd</c> share the key <c>CAFÉ LTD</c>, and <c>HRB‐123</c> (U+2010) has the key <c>HRB-123</c>.
/// </para>
/// <para>
/// .NET has no full Unicode case folding: upper-casing maps one character to one character, so <c>ß</c> stays
/// <c>ß</c> and <c>Straße</c> and <c>STRASSE</c> are different keys. Dotless <c>ı</c> and <c>i</c> both become
/// <c>I</c>; <c>İ</c> (U+0130) stays itself.
/// </para>
/// <para>
/// NFKC can expand one character into many (U+FDFA becomes 18 characters), so a short value can have a long key.
/// A value whose key is longer than <see cref="MaximumKeyLength"/> must be refused (see <see cref="IsKeyWithinBound"/>).
/// </para>
/// </remarks>
public static class UniqueKeys
{
    /// <summary>
    /// The longest key a unique value may have. Accepted text is at most 200 characters, and NFKC keeps ordinary
    /// text at its length (accented letters, fullwidth forms and spaces map one to one; a ligature such as U+FB03
    /// becomes three letters), so a value reaches this bound only when its characters expand more than two and a
    /// half times on average, as a value made of ligatures or of U+FDFA (18 characters) does. 512 UTF-16 code
    /// units are at most 1,536 UTF-8 bytes, which keeps every key within one B-tree index entry of the SQL stores
    /// (PostgreSQL allows about 2,700 bytes).
    /// </summary>
    public const int MaximumKeyLength = 512;

    /// <summary>An email key: the text key rule (NFKC, upper case, white space and dashes folded, trimmed).</summary>
    /// <param name="email">The email as entered.</param>
    /// <returns>The key.</returns>
    public static string Email(string email)
    {
        ArgumentNullException.ThrowIfNull(email);
        return TextKey.From(email);
    }

    /// <summary>A registration number key: the text key rule (NFKC, upper case, white space and dashes folded, trimmed).</summary>
    /// <param name="registrationNumber">The registration number as entered.</param>
    /// <returns>The key.</returns>
    public static string RegistrationNumber(string registrationNumber)
    {
        ArgumentNullException.ThrowIfNull(registrationNumber);
        return TextKey.From(registrationNumber);
    }

    /// <summary>A vendor name key: the text key rule (NFKC, upper case, white space and dashes folded, trimmed).</summary>
    /// <param name="vendorName">The vendor name as entered.</param>
    /// <returns>The key.</returns>
    public static string VendorName(string vendorName)
    {
        ArgumentNullException.ThrowIfNull(vendorName);
        return TextKey.From(vendorName);
    }

    /// <summary>A product name key: the text key rule (NFKC, upper case, white space and dashes folded, trimmed).</summary>
    /// <param name="productName">The product name as entered.</param>
    /// <returns>The key.</returns>
    public static string ProductName(string productName)
    {
        ArgumentNullException.ThrowIfNull(productName);
        return TextKey.From(productName);
    }

    /// <summary>
    /// A component name key, unique within its product: the product id (empty for a component without one), a slash,
    /// and the name by the text key rule. Ids never contain a slash, so two products never share a key.
    /// </summary>
    /// <param name="productId">The component's product id, or <see langword="null"/>.</param>
    /// <param name="componentName">The component name as entered.</param>
    /// <returns>The key.</returns>
    public static string ComponentName(string? productId, string componentName)
    {
        ArgumentNullException.ThrowIfNull(componentName);
        return string.Concat(productId ?? string.Empty, "/", TextKey.From(componentName));
    }

    /// <summary>
    /// A phone key: the <c>+digits</c> form of <see cref="PhoneNumber.TryNormalize"/>, with spaces, dashes, dots and
    /// brackets removed and a national trunk written as <c>(0)</c> after the country code dropped
    /// (<c>+44 (0)20 7946 0958</c> and <c>+442079460958</c> share a key; <c>+39 06 6988 4857</c> keeps its 0).
    /// </summary>
    /// <param name="phone">The phone as entered.</param>
    /// <returns>The key; for text that is not a phone number, the text with those separators removed.</returns>
    public static string Phone(string phone)
    {
        ArgumentNullException.ThrowIfNull(phone);
        if (IsStoredForm(phone))
        {
            // Already the +digits form a phone is stored in: it is its own key.
            return phone;
        }

        return PhoneNumber.TryNormalize(phone, out var normalized) ? normalized : PhoneNumber.StripSeparators(phone);
    }

    /// <summary>
    /// Tells whether a key is short enough to be stored and indexed: at most <see cref="MaximumKeyLength"/>
    /// characters. A value whose key is longer must be refused as invalid.
    /// </summary>
    /// <param name="key">A key returned by one of the key functions of this class.</param>
    /// <returns><see langword="true"/> when the key is within the bound.</returns>
    public static bool IsKeyWithinBound(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return key.Length <= MaximumKeyLength;
    }

    /// <summary>
    /// Whether the key of <paramref name="value"/>, under any key function of this class, is known to be within the
    /// bound without making it: each one maps ASCII text to a key no longer than the text (NFKC and upper case keep
    /// ASCII at its length, folding and trimming only shorten it, a phone key drops characters or has at most 16),
    /// with at most a product id and a slash in front for a component (<see cref="ComponentName"/>).
    /// </summary>
    internal static bool IsKeyWithinBoundUnmade(string value) =>
        value.Length <= MaximumKeyLength - FieldLimits.MaximumIdLength - 1 && System.Text.Ascii.IsValid(value);

    /// <summary>Whether a phone is already in its stored form: '+', a country code not starting with 0, and digits only, 7 to 15 in all.</summary>
    private static bool IsStoredForm(string phone)
    {
        if (phone.Length < PhoneNumber.MinimumDigits + 1 || phone.Length > PhoneNumber.MaximumDigits + 1 || phone[0] != '+' || phone[1] == '0')
        {
            return false;
        }

        for (var i = 1; i < phone.Length; i++)
        {
            if (!char.IsAsciiDigit(phone[i]))
            {
                return false;
            }
        }

        return true;
    }
}
