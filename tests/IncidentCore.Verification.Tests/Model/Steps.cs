namespace IncidentCore.Verification.Tests.Model;

/// <summary>
/// One step of a random run. Actors, targets and links are picks (0–99) resolved against the model's state when the
/// step runs: mostly existing records, sometimes an unknown or malformed id.
/// </summary>
internal abstract record Step(int Actor);

internal sealed record OnboardClient(int Actor, Sample Name, Sample RegistrationNumber, Sample ContactEmail, Sample ClientType, Sample Country, Sample Industry, Sample Status)
    : Step(Actor);

internal sealed record UpdateClient(int Actor, int Target, IReadOnlyList<Change> Changes) : Step(Actor)
{
    public override string ToString() => $"UpdateClient {{ Actor = {Actor}, Target = {Target}, Changes = [{string.Join(", ", Changes)}] }}";
}

internal sealed record RegisterUser(int Actor, Sample Name, Sample Email, Sample Role, Sample Department, int ClientLink, int VendorLink, Sample Timezone, Sample Status)
    : Step(Actor);

internal sealed record UpdateUser(int Actor, int Target, IReadOnlyList<Change> Changes) : Step(Actor)
{
    public override string ToString() => $"UpdateUser {{ Actor = {Actor}, Target = {Target}, Changes = [{string.Join(", ", Changes)}] }}";
}

internal sealed record RegisterVendor(int Actor, Sample Name, Sample Email, Sample Phone, Sample VendorType, Sample Status) : Step(Actor);

internal sealed record UpdateVendor(int Actor, int Target, IReadOnlyList<Change> Changes) : Step(Actor)
{
    public override string ToString() => $"UpdateVendor {{ Actor = {Actor}, Target = {Target}, Changes = [{string.Join(", ", Changes)}] }}";
}
