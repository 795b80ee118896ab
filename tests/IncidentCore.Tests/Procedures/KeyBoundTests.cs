using IncidentCore.Procedures;
using IncidentCore.Procedures.Messages;
using IncidentCore.Tests.Support;

namespace IncidentCore.Tests.Procedures;

/// <summary>A value whose normalised key would be longer than every store indexes is refused, naming the field.</summary>
public sealed class KeyBoundTests
{
    [Fact]
    public async Task Register_WhenTheNameIsShortButItsKeyExpandsPastTheBound_HaltsValidationFailedTooLong()
    {
        await using var host = TestHost.Create();
        var before = await host.SnapshotAsync();

        var halt = ResultAssert.Halted(await host.VendorRegistration.RegisterAsync(Seed.Admin, Requests.NewVendor() with { VendorName = new string('\uFDFA', 30) }),
            HaltCode.ValidationFailed, "vendor_name");

        Assert.Equal(FieldErrorCodes.TooLong, Assert.Single(halt.Errors).Code);
        (await host.SnapshotAsync()).AssertRecordsEqual(before);
    }
}
