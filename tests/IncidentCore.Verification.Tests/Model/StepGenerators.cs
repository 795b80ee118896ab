using FsCheck;
using FsCheck.Fluent;
using static IncidentCore.Verification.Tests.Model.ModelPools;

namespace IncidentCore.Verification.Tests.Model;

/// <summary>Random runs of all six write procedures, drawn so that duplicates, unknown ids, bad values and cross-client attempts happen often.</summary>
internal static class StepGenerators
{
    public const int MaximumSteps = 200;

    private static readonly Gen<int> PickGen = Gen.Choose(0, 99);

    public static Gen<Step> OnboardClientGen { get; } =
        from actor in PickGen
        from name in Pick(ClientNames, BadClientNames)
        from registration in Pick(RegistrationNumbers, BadRegistrationNumbers)
        from email in Pick(ClientEmails, BadClientEmails)
        from type in Pick(ClientTypes, BadClientTypes)
        from country in Pick(Places, BadPlaces)
        from industry in Pick(Places, BadPlaces)
        from status in Pick(OptionalClientStatuses, BadClientStatuses)
        select (Step)new OnboardClient(actor, name, registration, email, type, country, industry, status);

    public static Gen<Step> RegisterUserGen { get; } =
        from actor in PickGen
        from name in Pick(PersonNames, BadPersonNames)
        from email in Pick(PersonEmails, BadPersonEmails)
        from role in Pick(Roles, BadRoles)
        from department in Pick(Departments, BadDepartments)
        from clientLink in PickGen
        from vendorLink in PickGen
        from timezone in Pick(OptionalTimeZones, BadTimeZones)
        from status in Pick(OptionalUserStatuses, BadUserStatuses)
        select (Step)new RegisterUser(actor, name, email, role, department, clientLink, vendorLink, timezone, status);

    public static Gen<Step> RegisterVendorGen { get; } =
        from actor in PickGen
        from name in Pick(VendorNames, BadVendorNames)
        from email in Pick(VendorEmails, BadVendorEmails)
        from phone in Pick(VendorPhones, BadVendorPhones)
        from type in Pick(VendorTypes, BadVendorTypes)
        from status in Pick(OptionalVendorStatuses, BadVendorStatuses)
        select (Step)new RegisterVendor(actor, name, email, phone, type, status);

    public static Gen<Step> UpdateClientGen { get; } =
        from actor in PickGen
        from target in PickGen
        from changes in ChangeSetGen(
            [
                ("client_name", Pick(ClientNames, BadClientNames)),
                ("registration_number", Pick(RegistrationNumbers, BadRegistrationNumbers)),
                ("contact_email", Pick(ClientEmails, BadClientEmails)),
                ("client_type", Pick(ClientTypes, BadClientTypes)),
                ("country", Pick(Places, BadPlaces)),
                ("industry", Pick(Places, BadPlaces)),
                ("status", Pick(ClientStatuses, [.. BadClientStatuses, Sample.Bad(null)])),
            ],
            ["client_id", "created_at", "colour"])
        select (Step)new UpdateClient(actor, target, changes);

    public static Gen<Step> UpdateUserGen { get; } =
        from actor in PickGen
        from target in PickGen
        from changes in ChangeSetGen(
            [
                ("name", Pick(PersonNames, BadPersonNames)),
                ("email", Pick(PersonEmails, BadPersonEmails)),
                ("role", Gen.Frequency((3, Pick(Roles, BadRoles)), (1, Gen.Constant(Sample.Exact("system_administrator", "system_administrator"))))),
                ("department", Pick(Departments, BadDepartments)),
                ("client_id", Gen.Constant<Sample>(null!)),
                ("vendor_id", Gen.Constant<Sample>(null!)),
                ("timezone", Pick(TimeZones, BadRequiredTimeZones)),
                ("status", Pick(UserStatuses, [.. BadUserStatuses, Sample.Bad(null)])),
            ],
            ["user_id", "updated_at", "password"])
        from roleOnly in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
        from role in Gen.Elements(Roles)
        select (Step)new UpdateUser(actor, target, roleOnly ? [new Change("role", role)] : changes);

    public static Gen<Step> UpdateVendorGen { get; } =
        from actor in PickGen
        from target in PickGen
        from changes in ChangeSetGen(
            [
                ("vendor_name", Pick(VendorNames, BadVendorNames)),
                ("contact_email", Pick(VendorEmails, BadVendorEmails)),
                ("contact_phone", Pick(VendorPhones, BadVendorPhones)),
                ("vendor_type", Pick(VendorTypes, BadVendorTypes)),
                ("status", Pick(VendorStatuses, [.. BadVendorStatuses, Sample.Bad(null)])),
            ],
            ["vendor_id", "vendor_email", "created_at"])
        select (Step)new UpdateVendor(actor, target, changes);

    public static Gen<Step> StepGen { get; } = Gen.Frequency(
        (25, OnboardClientGen),
        (20, UpdateClientGen),
        (20, RegisterUserGen),
        (15, UpdateUserGen),
        (20, RegisterVendorGen),
        (12, UpdateVendorGen));

    /// <summary>A run of 1 to <see cref="MaximumSteps"/> steps.</summary>
    public static Gen<Step[]> Run { get; } =
        from length in Gen.Choose(1, MaximumSteps)
        from steps in Gen.ArrayOf(StepGen, length)
        select steps;

    /// <summary>1 to 3 distinct editable fields; now and then an empty change set or a field that cannot be changed.</summary>
    private static Gen<IReadOnlyList<Change>> ChangeSetGen((string Field, Gen<Sample> Value)[] editable, string[] refused)
    {
        var fields = editable.Select(e => e.Field).ToArray();
        var good =
            from chosen in Gen.Shuffle(fields)
            from count in Gen.Choose(1, 3)
            from values in Gen.CollectToArray(chosen.Take(count), f => editable.Single(e => e.Field == f).Value)
            from links in Gen.ArrayOf(PickGen, count)
            select (IReadOnlyList<Change>)[.. chosen.Take(count).Select((f, i) => new Change(f, values[i], links[i]))];
        var withRefused =
            from changes in good
            from bad in Gen.Elements(refused)
            select (IReadOnlyList<Change>)[.. changes, new Change(bad, Sample.Text("x"))];
        return Gen.Frequency(
            (30, good),
            (2, withRefused),
            (1, Gen.Constant<IReadOnlyList<Change>>([])));
    }
}
