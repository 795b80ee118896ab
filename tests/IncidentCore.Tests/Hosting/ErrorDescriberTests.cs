using IncidentCore.Procedures;
using IncidentCore.Procedures.Messages;
using IncidentCore.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace IncidentCore.Tests.Hosting;

/// <summary>A host replaces the describer to change every message; the codes stay the library's.</summary>
public sealed class ErrorDescriberTests
{
    private sealed class FrenchDescriber : IncidentCoreErrorDescriber
    {
        public override FieldError Required(string field) => new(field, FieldErrorCodes.Required, $"{field} est obligatoire.");

        public override string ValidationFailed(IReadOnlyList<FieldError> errors) => "Saisie invalide.";
    }

    [Fact]
    public async Task Describer_RegisteredByTheHost_GivesEveryMessageWhileCodesStay()
    {
        await using var host = TestHost.Create(store: builder => builder.Services.AddSingleton<IncidentCoreErrorDescriber, FrenchDescriber>());

        var halt = ResultAssert.Halted(await host.ClientOnboarding.OnboardAsync(Seed.Admin, Requests.NewClient() with { ClientName = null }), HaltCode.ValidationFailed, "client_name");

        Assert.Equal("Saisie invalide.", halt.Message);
        var error = Assert.Single(halt.Errors);
        Assert.Equal(FieldErrorCodes.Required, error.Code);
        Assert.Equal("client_name est obligatoire.", error.Message);
    }

    [Fact]
    public async Task Describer_ByDefault_NamesTheFieldAndNeverEchoesTheValue()
    {
        await using var host = TestHost.Create();

        var halt = ResultAssert.Halted(await host.ClientOnboarding.OnboardAsync(Seed.Admin, Requests.NewClient() with { ContactEmail = "not-an-email-SECRET" }), HaltCode.ValidationFailed, "contact_email");

        var error = Assert.Single(halt.Errors);
        Assert.Equal(FieldErrorCodes.Invalid, error.Code);
        Assert.DoesNotContain("SECRET", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("SECRET", halt.Message, StringComparison.Ordinal);
    }
}
