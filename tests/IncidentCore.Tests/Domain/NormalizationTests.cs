using IncidentCore.Domain;
using IncidentCore.Domain.Normalization;
using IncidentCore.Procedures.Messages;
using IncidentCore.Procedures.Pipeline;

namespace IncidentCore.Tests.Domain;

public sealed class NormalizationTests
{
    [Theory]
    [InlineData("  Ops@Example.COM ", "OPS@EXAMPLE.COM")]
    [InlineData("contact@johnsonllc", "CONTACT@JOHNSONLLC")]
    public void Email_NormalisesCaseAndSurroundingSpaces(string input, string key) => Assert.Equal(key, UniqueKeys.Email(input));

    [Theory]
    [InlineData(" reg-001 ", "REG-001")]
    [InlineData("Ab12", "AB12")]
    public void RegistrationNumber_NormalisesCaseAndSurroundingSpaces(string input, string key) => Assert.Equal(key, UniqueKeys.RegistrationNumber(input));

    [Theory]
    [InlineData("+17136387543", "+17136387543")]
    [InlineData("+1 (713) 638-7543", "+17136387543")]
    [InlineData(" +420 123.456.789 ", "+420123456789")]
    public void Phone_NormalisesToPlusAndDigits(string input, string key)
    {
        Assert.True(PhoneNumber.TryNormalize(input, out var normalized));
        Assert.Equal(key, normalized);
        Assert.Equal(key, UniqueKeys.Phone(input));
    }

    [Theory]
    [InlineData("+1234567890123456")]
    [InlineData("17136387543")]
    [InlineData("+1 713 638 7543 ext 2")]
    [InlineData("")]
    public void Phone_RejectsWhatIsNotAnInternationalNumber(string input) => Assert.False(PhoneNumber.TryNormalize(input, out _));

    [Theory]
    [InlineData("a\u200Bb", false)]
    [InlineData("a\u202Eb", false)]
    [InlineData("line\nbreak", false)]
    [InlineData("Škoda Auto a.s.", true)]
    [InlineData("شركة", true)]
    [InlineData("Robert'); DROP TABLE clients;--", true)]
    public void TextRules_AcceptPrintableTextAndRejectInvisibleOrControlCharacters(string value, bool acceptable) =>
        Assert.Equal(acceptable, TextCheck.Find(value, TextRules.MaximumLength) == TextProblem.None);

    [Fact]
    public void WireNames_RoundTripEveryEnumerationValue()
    {
        Assert.Equal(["enterprise", "mid_market", "small_business", "startup"], WireNames.ClientType.WireNames);
        Assert.Equal(["active", "inactive", "suspended"], WireNames.ClientStatus.WireNames);
        Assert.Equal(["system_administrator", "incident_manager", "technical_support", "account_manager", "executive", "client_contact", "vendor_contact"], WireNames.UserRole.WireNames);
        Assert.Equal(["active", "inactive", "on_leave"], WireNames.UserStatus.WireNames);
        Assert.Equal(["technology_provider", "infrastructure_provider", "security_provider", "consulting_services", "maintenance_services", "cloud_provider", "payment_processor"], WireNames.VendorType.WireNames);
        Assert.Equal(["active", "inactive", "suspended"], WireNames.VendorStatus.WireNames);
        Assert.Equal(["create", "update", "delete", "view", "export", "approve", "reject", "escalate", "execute"], WireNames.AuditAction.WireNames);
        foreach (var role in WireNames.UserRole.Values)
        {
            Assert.True(WireNames.UserRole.TryParse(role.ToWireName(), out var parsed));
            Assert.Equal(role, parsed);
        }
    }
}
