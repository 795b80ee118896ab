using IncidentCore.Domain;
using IncidentCore.Policy;
using IncidentCore.Procedures;
using IncidentCore.Verification.Tests.Support;

namespace IncidentCore.Verification.Tests.Model;

/// <summary>
/// A small model of the store, written from the policy and the documented semantics, not from the procedures' code:
/// validate (every bad field) → load actor → authorize → (updates: load target → not_found) → uniqueness (duplicate)
/// → references (not_found) → write + audit. Denials leave one audit entry with outcome denied; other halts nothing.
/// </summary>
internal sealed class ReferenceModel
{
    public const string UnknownUser = "99999";
    public const string UnknownClient = "99998";
    public const string UnknownVendor = "99997";
    public const string MalformedId = "no such id!";

    private static readonly string[] ClientEditable = ["client_name", "registration_number", "contact_email", "client_type", "country", "industry", "status"];
    private static readonly string[] VendorEditable = ["vendor_name", "contact_email", "contact_phone", "vendor_type", "status"];
    private static readonly string[] UserEditable = ["name", "email", "role", "department", "client_id", "vendor_id", "timezone", "status"];

    private readonly ModelOptions _options;

    public ReferenceModel(IEnumerable<User> users, ModelOptions options)
    {
        _options = options;
        foreach (var user in users)
        {
            Users[user.UserId] = user;
        }
    }

    public SortedDictionary<string, Client> Clients { get; } = new(StringComparer.Ordinal);

    public SortedDictionary<string, User> Users { get; } = new(StringComparer.Ordinal);

    public SortedDictionary<string, Vendor> Vendors { get; } = new(StringComparer.Ordinal);

    public List<ExpectedAudit> Audit { get; } = [];

    public Prediction Predict(Step step, DateTimeOffset now) => step switch
    {
        OnboardClient s => Predict(s, now),
        UpdateClient s => Predict(s, now),
        RegisterUser s => Predict(s, now),
        UpdateUser s => Predict(s, now),
        RegisterVendor s => Predict(s, now),
        UpdateVendor s => Predict(s, now),
        _ => throw new ArgumentOutOfRangeException(nameof(step)),
    };

    private Prediction Predict(OnboardClient s, DateTimeOffset now)
    {
        var actor = ResolveActor(s.Actor);
        var request = new ClientOnboardingRequest
        {
            ClientName = s.Name.Raw, RegistrationNumber = s.RegistrationNumber.Raw, ContactEmail = s.ContactEmail.Raw, ClientType = s.ClientType.Raw,
            Country = s.Country.Raw, Industry = s.Industry.Raw, Status = s.Status.Raw,
        };
        var description = $"client_onboarding by {actor}: {s}";
        Task<(Halt?, string?)> Call(IncidentCoreHarness h) => Outcome(h.ClientOnboarding.OnboardAsync(actor, request));

        var invalid = Invalid(actor, ("client_name", s.Name), ("registration_number", s.RegistrationNumber), ("contact_email", s.ContactEmail),
            ("client_type", s.ClientType), ("country", s.Country), ("industry", s.Industry), ("status", s.Status));
        if (invalid.Length > 0)
        {
            return new(description, Call, Expected.Halt(HaltCode.ValidationFailed, invalid), _ => { });
        }

        if (Deny(Operation.ClientOnboarding, actor, null, AuditAction.Create, EntityType.Client, null, now) is { } denied)
        {
            return new(description, Call, denied, _ => { });
        }

        var actorRole = Users[actor].Role;

        var duplicates = new List<string>();
        if (Clients.Values.Any(c => Upper(c.RegistrationNumber) == Upper(s.RegistrationNumber.Stored!)))
        {
            duplicates.Add("registration_number");
        }

        if (Clients.Values.Any(c => Lower(c.ContactEmail) == Lower(s.ContactEmail.Stored!)))
        {
            duplicates.Add("contact_email");
        }

        if (duplicates.Count > 0)
        {
            return new(description, Call, Expected.Halt(HaltCode.Duplicate, [.. duplicates]), _ => { });
        }

        return new(description, Call, Expected.Success, id =>
        {
            Clients.Add(id, new Client
            {
                ClientId = id,
                ClientName = s.Name.Stored!,
                RegistrationNumber = s.RegistrationNumber.Stored!,
                ContactEmail = s.ContactEmail.Stored!,
                ClientType = Parse(WireNames.ClientType, s.ClientType.Stored),
                Country = s.Country.Stored,
                Industry = s.Industry.Stored,
                Status = Parse(WireNames.ClientStatus, s.Status.Stored),
                CreatedAt = now,
                UpdatedAt = now,
            });
            Succeeded(AuditAction.Create, EntityType.Client, id, Operation.ClientOnboarding, actor, actorRole, now, null);
        });
    }

    private Prediction Predict(UpdateClient s, DateTimeOffset now)
    {
        var target = ResolveRecord(s.Target, Clients.Keys, UnknownClient);
        var actor = ResolveClientUpdateActor(s.Actor, target);
        var changes = ToChangeSet(s.Changes, _ => null);
        var description = $"client_update by {actor} of {target}: {string.Join(", ", s.Changes)}";
        Task<(Halt?, string?)> Call(IncidentCoreHarness h) => Outcome(h.ClientUpdate.UpdateAsync(actor, target, changes));

        var invalid = new List<string>(Invalid(actor));
        if (target == MalformedId)
        {
            invalid.Add("client_id");
        }

        invalid.AddRange(ChangeSetErrors(s.Changes, ClientEditable, (change) => change.Value!.Valid || (change.Value.Raw is null && change.Field is "country" or "industry")));
        if (invalid.Count > 0)
        {
            return new(description, Call, Expected.Halt(HaltCode.ValidationFailed, [.. invalid]), _ => { });
        }

        if (Deny(Operation.ClientUpdate, actor, target, AuditAction.Update, EntityType.Client, target, now) is { } denied)
        {
            return new(description, Call, denied, _ => { });
        }

        var actorRole = Users[actor].Role;

        if (!Clients.TryGetValue(target, out var current))
        {
            return new(description, Call, Expected.Halt(HaltCode.NotFound, "client_id"), _ => { });
        }

        string? Value(string field) => s.Changes.FirstOrDefault(c => c.Field == field)?.Value?.Stored;
        bool Sets(string field) => s.Changes.Any(c => c.Field == field);
        var duplicates = new List<string>();
        if (Sets("registration_number") && Clients.Values.Any(c => c.ClientId != target && Upper(c.RegistrationNumber) == Upper(Value("registration_number")!)))
        {
            duplicates.Add("registration_number");
        }

        if (Sets("contact_email") && Clients.Values.Any(c => c.ClientId != target && Lower(c.ContactEmail) == Lower(Value("contact_email")!)))
        {
            duplicates.Add("contact_email");
        }

        if (duplicates.Count > 0)
        {
            return new(description, Call, Expected.Halt(HaltCode.Duplicate, [.. duplicates]), _ => { });
        }

        return new(description, Call, Expected.Success, _ =>
        {
            Clients[target] = current with
            {
                ClientName = Sets("client_name") ? Value("client_name")! : current.ClientName,
                RegistrationNumber = Sets("registration_number") ? Value("registration_number")! : current.RegistrationNumber,
                ContactEmail = Sets("contact_email") ? Value("contact_email")! : current.ContactEmail,
                ClientType = Sets("client_type") ? Parse(WireNames.ClientType, Value("client_type")) : current.ClientType,
                Country = Sets("country") ? Value("country") : current.Country,
                Industry = Sets("industry") ? Value("industry") : current.Industry,
                Status = Sets("status") ? Parse(WireNames.ClientStatus, Value("status")) : current.Status,
                UpdatedAt = now,
                Version = current.Version + 1,
            };
            Succeeded(AuditAction.Update, EntityType.Client, target, Operation.ClientUpdate, actor, actorRole, now, s.Changes.Select(c => c.Field).ToHashSet());
        });
    }

    private Prediction Predict(RegisterUser s, DateTimeOffset now)
    {
        var actor = ResolveActor(s.Actor);
        var clientId = ResolveLink(s.ClientLink, Clients.Keys, UnknownClient);
        var vendorId = ResolveLink(s.VendorLink, Vendors.Keys, UnknownVendor);
        var request = new UserRegistrationRequest
        {
            Name = s.Name.Raw, Email = s.Email.Raw, Role = s.Role.Raw, Department = s.Department.Raw, ClientId = clientId, VendorId = vendorId,
            Timezone = s.Timezone.Raw, Status = s.Status.Raw,
        };
        var description = $"user_registration by {actor}: {s} client_id={clientId ?? "null"} vendor_id={vendorId ?? "null"}";
        Task<(Halt?, string?)> Call(IncidentCoreHarness h) => Outcome(h.UserRegistration.RegisterAsync(actor, request));

        var invalid = new List<string>(Invalid(actor, ("name", s.Name), ("email", s.Email), ("role", s.Role), ("department", s.Department),
            ("timezone", s.Timezone), ("status", s.Status)));
        if (clientId == MalformedId)
        {
            invalid.Add("client_id");
        }

        if (vendorId == MalformedId)
        {
            invalid.Add("vendor_id");
        }

        if (invalid.Count > 0)
        {
            return new(description, Call, Expected.Halt(HaltCode.ValidationFailed, [.. invalid]), _ => { });
        }

        if (Deny(Operation.UserRegistration, actor, null, AuditAction.Create, EntityType.User, null, now) is { } denied)
        {
            return new(description, Call, denied, _ => { });
        }

        var actorRole = Users[actor].Role;

        // Opt-in hardening, from its documentation: only a system administrator creates a system administrator.
        if (_options.OnlySystemAdministratorsManageSystemAdministrators && actorRole != UserRole.SystemAdministrator && s.Role.Stored == "system_administrator")
        {
            return new(description, Call, Denied(Operation.UserRegistration, actor, actorRole, AuditAction.Create, EntityType.User, null, now, [DenialReason.SystemAdministratorRoleProtected]), _ => { });
        }

        if (Users.Values.Any(u => Lower(u.Email) == Lower(s.Email.Stored!)))
        {
            return new(description, Call, Expected.Halt(HaltCode.Duplicate, "email"), _ => { });
        }

        var missing = MissingLinks(clientId, vendorId);
        if (missing.Length > 0)
        {
            return new(description, Call, Expected.Halt(HaltCode.NotFound, missing), _ => { });
        }

        return new(description, Call, Expected.Success, id =>
        {
            Users.Add(id, new User
            {
                UserId = id,
                Name = s.Name.Stored!,
                Email = s.Email.Stored!,
                Role = Parse(WireNames.UserRole, s.Role.Stored),
                Department = s.Department.Stored,
                ClientId = clientId,
                VendorId = vendorId,
                Timezone = s.Timezone.Stored!,
                Status = Parse(WireNames.UserStatus, s.Status.Stored),
                CreatedAt = now,
                UpdatedAt = now,
            });
            Succeeded(AuditAction.Create, EntityType.User, id, Operation.UserRegistration, actor, actorRole, now, null);
        });
    }

    private Prediction Predict(UpdateUser s, DateTimeOffset now)
    {
        var actor = ResolveActor(s.Actor);
        var target = s.Target is >= 10 and < 18 && Users.ContainsKey(actor) ? actor : ResolveRecord(s.Target, Users.Keys, UnknownUser);
        var links = s.Changes.Where(c => c.Value is null)
            .ToDictionary(c => c.Field, c => c.Field == "client_id" ? ResolveLink(c.LinkPick, Clients.Keys, UnknownClient) : ResolveLink(c.LinkPick, Vendors.Keys, UnknownVendor));
        var changes = ToChangeSet(s.Changes, field => links[field]);
        var description = $"user_update by {actor} of {target}: {string.Join(", ", s.Changes.Select(c => c.Value is null ? $"{c.Field}={links[c.Field] ?? "null"}" : c.ToString()))}";
        Task<(Halt?, string?)> Call(IncidentCoreHarness h) => Outcome(h.UserUpdate.UpdateAsync(actor, target, changes));

        var invalid = new List<string>(Invalid(actor));
        if (target == MalformedId)
        {
            invalid.Add("user_id");
        }

        invalid.AddRange(ChangeSetErrors(s.Changes, UserEditable, change => change.Value is null
            ? links[change.Field] != MalformedId
            : change.Value.Valid || (change.Value.Raw is null && change.Field is "department")));
        if (invalid.Count > 0)
        {
            return new(description, Call, Expected.Halt(HaltCode.ValidationFailed, [.. invalid]), _ => { });
        }

        if (Deny(Operation.UserUpdate, actor, null, AuditAction.Update, EntityType.User, target, now) is { } denied)
        {
            return new(description, Call, denied, _ => { });
        }

        var actorRole = Users[actor].Role;

        if (!Users.TryGetValue(target, out var current))
        {
            return new(description, Call, Expected.Halt(HaltCode.NotFound, "user_id"), _ => { });
        }

        // Opt-in hardening, from its documentation: only a system administrator changes any field of a system administrator
        // or grants the role; nobody changes their own role or status.
        var newRole = s.Changes.FirstOrDefault(c => c.Field == "role")?.Value?.Stored;
        var forbidden = new List<DenialReason>();
        if (_options.OnlySystemAdministratorsManageSystemAdministrators && actorRole != UserRole.SystemAdministrator
            && (newRole == "system_administrator" || current.Role == UserRole.SystemAdministrator))
        {
            forbidden.Add(DenialReason.SystemAdministratorRoleProtected);
        }

        if (_options.ForbidSelfRoleOrStatusChange && actor == target && s.Changes.Any(c => c.Field is "role" or "status"))
        {
            forbidden.Add(DenialReason.OwnRoleOrStatusChange);
        }

        if (forbidden.Count > 0)
        {
            return new(description, Call, Denied(Operation.UserUpdate, actor, actorRole, AuditAction.Update, EntityType.User, target, now, [.. forbidden]), _ => { });
        }

        string? Value(string field) => s.Changes.FirstOrDefault(c => c.Field == field)?.Value?.Stored;
        bool Sets(string field) => s.Changes.Any(c => c.Field == field);
        if (Sets("email") && Users.Values.Any(u => u.UserId != target && Lower(u.Email) == Lower(Value("email")!)))
        {
            return new(description, Call, Expected.Halt(HaltCode.Duplicate, "email"), _ => { });
        }

        var missing = MissingLinks(links.GetValueOrDefault("client_id"), links.GetValueOrDefault("vendor_id"));
        if (missing.Length > 0)
        {
            return new(description, Call, Expected.Halt(HaltCode.NotFound, missing), _ => { });
        }

        return new(description, Call, Expected.Success, _ =>
        {
            Users[target] = current with
            {
                Name = Sets("name") ? Value("name")! : current.Name,
                Email = Sets("email") ? Value("email")! : current.Email,
                Role = Sets("role") ? Parse(WireNames.UserRole, Value("role")) : current.Role,
                Department = Sets("department") ? Value("department") : current.Department,
                ClientId = Sets("client_id") ? links["client_id"] : current.ClientId,
                VendorId = Sets("vendor_id") ? links["vendor_id"] : current.VendorId,
                Timezone = Sets("timezone") ? Value("timezone")! : current.Timezone,
                Status = Sets("status") ? Parse(WireNames.UserStatus, Value("status")) : current.Status,
                UpdatedAt = now,
                Version = current.Version + 1,
            };
            Succeeded(AuditAction.Update, EntityType.User, target, Operation.UserUpdate, actor, actorRole, now, s.Changes.Select(c => c.Field).ToHashSet());
        });
    }

    private Prediction Predict(RegisterVendor s, DateTimeOffset now)
    {
        var actor = ResolveActor(s.Actor);
        var request = new VendorRegistrationRequest
        {
            VendorName = s.Name.Raw, VendorEmail = s.Email.Raw, VendorPhone = s.Phone.Raw, VendorType = s.VendorType.Raw, Status = s.Status.Raw,
        };
        var description = $"vendor_registration by {actor}: {s}";
        Task<(Halt?, string?)> Call(IncidentCoreHarness h) => Outcome(h.VendorRegistration.RegisterAsync(actor, request));

        var invalid = Invalid(actor, ("vendor_name", s.Name), ("vendor_email", s.Email), ("vendor_phone", s.Phone), ("vendor_type", s.VendorType), ("status", s.Status));
        if (invalid.Length > 0)
        {
            return new(description, Call, Expected.Halt(HaltCode.ValidationFailed, invalid), _ => { });
        }

        if (Deny(Operation.VendorRegistration, actor, null, AuditAction.Create, EntityType.Vendor, null, now) is { } denied)
        {
            return new(description, Call, denied, _ => { });
        }

        var actorRole = Users[actor].Role;

        var duplicates = new List<string>();
        if (Vendors.Values.Any(v => Upper(v.VendorName) == Upper(s.Name.Stored!)))
        {
            duplicates.Add("vendor_name");
        }

        if (Vendors.Values.Any(v => Lower(v.ContactEmail) == Lower(s.Email.Stored!)))
        {
            duplicates.Add("vendor_email");
        }

        if (Vendors.Values.Any(v => v.ContactPhone == s.Phone.Stored))
        {
            duplicates.Add("vendor_phone");
        }

        if (duplicates.Count > 0)
        {
            return new(description, Call, Expected.Halt(HaltCode.Duplicate, [.. duplicates]), _ => { });
        }

        return new(description, Call, Expected.Success, id =>
        {
            Vendors.Add(id, new Vendor
            {
                VendorId = id,
                VendorName = s.Name.Stored!,
                VendorType = Parse(WireNames.VendorType, s.VendorType.Stored),
                ContactEmail = s.Email.Stored!,
                ContactPhone = s.Phone.Stored!,
                Status = Parse(WireNames.VendorStatus, s.Status.Stored),
                CreatedAt = now,
                UpdatedAt = now,
            });
            Succeeded(AuditAction.Create, EntityType.Vendor, id, Operation.VendorRegistration, actor, actorRole, now, null);
        });
    }

    private Prediction Predict(UpdateVendor s, DateTimeOffset now)
    {
        var target = ResolveRecord(s.Target, Vendors.Keys, UnknownVendor);
        var actor = ResolveActor(s.Actor);
        var changes = ToChangeSet(s.Changes, _ => null);
        var description = $"vendor_update by {actor} of {target}: {string.Join(", ", s.Changes)}";
        Task<(Halt?, string?)> Call(IncidentCoreHarness h) => Outcome(h.VendorUpdate.UpdateAsync(actor, target, changes));

        var invalid = new List<string>(Invalid(actor));
        if (target == MalformedId)
        {
            invalid.Add("vendor_id");
        }

        invalid.AddRange(ChangeSetErrors(s.Changes, VendorEditable, change => change.Value!.Valid));
        if (invalid.Count > 0)
        {
            return new(description, Call, Expected.Halt(HaltCode.ValidationFailed, [.. invalid]), _ => { });
        }

        if (Deny(Operation.VendorUpdate, actor, null, AuditAction.Update, EntityType.Vendor, target, now) is { } denied)
        {
            return new(description, Call, denied, _ => { });
        }

        var actorRole = Users[actor].Role;

        if (!Vendors.TryGetValue(target, out var current))
        {
            return new(description, Call, Expected.Halt(HaltCode.NotFound, "vendor_id"), _ => { });
        }

        string? Value(string field) => s.Changes.FirstOrDefault(c => c.Field == field)?.Value?.Stored;
        bool Sets(string field) => s.Changes.Any(c => c.Field == field);
        var duplicates = new List<string>();
        if (Sets("vendor_name") && Vendors.Values.Any(v => v.VendorId != target && Upper(v.VendorName) == Upper(Value("vendor_name")!)))
        {
            duplicates.Add("vendor_name");
        }

        if (Sets("contact_email") && Vendors.Values.Any(v => v.VendorId != target && Lower(v.ContactEmail) == Lower(Value("contact_email")!)))
        {
            duplicates.Add("contact_email");
        }

        if (Sets("contact_phone") && Vendors.Values.Any(v => v.VendorId != target && v.ContactPhone == Value("contact_phone")))
        {
            duplicates.Add("contact_phone");
        }

        if (duplicates.Count > 0)
        {
            return new(description, Call, Expected.Halt(HaltCode.Duplicate, [.. duplicates]), _ => { });
        }

        return new(description, Call, Expected.Success, _ =>
        {
            Vendors[target] = current with
            {
                VendorName = Sets("vendor_name") ? Value("vendor_name")! : current.VendorName,
                ContactEmail = Sets("contact_email") ? Value("contact_email")! : current.ContactEmail,
                ContactPhone = Sets("contact_phone") ? Value("contact_phone")! : current.ContactPhone,
                VendorType = Sets("vendor_type") ? Parse(WireNames.VendorType, Value("vendor_type")) : current.VendorType,
                Status = Sets("status") ? Parse(WireNames.VendorStatus, Value("status")) : current.Status,
                UpdatedAt = now,
                Version = current.Version + 1,
            };
            Succeeded(AuditAction.Update, EntityType.Vendor, target, Operation.VendorUpdate, actor, actorRole, now, s.Changes.Select(c => c.Field).ToHashSet());
        });
    }

    /// <summary>Mostly the administrator or another seeded role; sometimes any known user (inactive ones too), an unknown id or a malformed one.</summary>
    private string ResolveActor(int pick) => pick switch
    {
        < 38 => Cast.Administrator,
        < 49 => Cast.IncidentManager,
        < 53 => Cast.AccountManager,
        < 56 => Cast.Executive,
        < 61 => UnknownUser,
        < 64 => MalformedId,
        _ => Users.Keys.ElementAt(pick % Users.Count),
    };

    /// <summary>For client updates, often an account manager assigned to the target, or to another client (a cross-client attempt).</summary>
    private string ResolveClientUpdateActor(int pick, string target)
    {
        var managers = Users.Values.Where(u => u.Role == UserRole.AccountManager && u.ClientId is not null).ToList();
        var assigned = managers.Where(u => u.ClientId == target).ToList();
        var elsewhere = managers.Where(u => u.ClientId != target).ToList();
        return pick switch
        {
            >= 64 and < 76 when assigned.Count > 0 => assigned[pick % assigned.Count].UserId,
            >= 76 and < 84 when elsewhere.Count > 0 => elsewhere[pick % elsewhere.Count].UserId,
            _ => ResolveActor(pick),
        };
    }

    private static string ResolveRecord(int pick, IEnumerable<string> existing, string unknown)
    {
        var ids = existing.ToList();
        return pick switch
        {
            < 8 => unknown,
            < 10 => MalformedId,
            _ => ids.Count == 0 ? unknown : ids[pick % ids.Count],
        };
    }

    private static string? ResolveLink(int pick, IEnumerable<string> existing, string unknown)
    {
        var ids = existing.ToList();
        return pick switch
        {
            < 45 => null,
            < 53 => unknown,
            < 56 => MalformedId,
            _ => ids.Count == 0 ? null : ids[pick % ids.Count],
        };
    }

    private static string[] Invalid(string actor, params (string Field, Sample Value)[] fields) =>
        [.. (actor == MalformedId ? new[] { "actor_user_id" } : []), .. fields.Where(f => !f.Value.Valid).Select(f => f.Field)];

    private static IEnumerable<string> ChangeSetErrors(IReadOnlyList<Change> changes, string[] editable, Func<Change, bool> valueIsValid)
    {
        if (changes.Count == 0)
        {
            return ["change_set"];
        }

        var refused = changes.Where(c => !editable.Contains(c.Field)).Select(c => c.Field).ToList();
        return refused.Count > 0 ? refused : changes.Where(c => !valueIsValid(c)).Select(c => c.Field);
    }

    private string[] MissingLinks(string? clientId, string? vendorId) =>
    [
        .. clientId is not null && !Clients.ContainsKey(clientId) ? new[] { "client_id" } : [],
        .. vendorId is not null && !Vendors.ContainsKey(vendorId) ? new[] { "vendor_id" } : [],
    ];

    /// <summary>The policy's authority check, from <see cref="PolicyText"/>; a denial is audited.</summary>
    private Expected? Deny(Operation operation, string actorId, string? targetClientId, AuditAction action, EntityType entityType, string? entityId, DateTimeOffset now)
    {
        var reason = DenialReason.None;
        if (!Users.TryGetValue(actorId, out var actor))
        {
            reason = DenialReason.ActorNotFound;
        }
        else if (actor.Status != UserStatus.Active)
        {
            reason = DenialReason.ActorNotActive;
        }
        else if (!PolicyText.Permits(operation, actor.Role, actor.ClientId is not null && actor.ClientId == targetClientId))
        {
            reason = PolicyText.RoleAppearsFor(operation, actor.Role) ? DenialReason.NotAssignedToClient : DenialReason.RoleNotPermitted;
        }

        if (reason == DenialReason.None)
        {
            return null;
        }

        return Denied(operation, actorId, actor?.Role, action, entityType, entityId, now, reason);
    }

    private Expected Denied(Operation operation, string actorId, UserRole? actorRole, AuditAction action, EntityType entityType, string? entityId, DateTimeOffset now, params DenialReason[] reasons)
    {
        if (_options.AuditDenials)
        {
            Audit.Add(new ExpectedAudit(action, entityType, entityId, actorId, AuditOutcome.Denied, now, reasons.Select(r => r.ToWireName()).ToHashSet(), operation, actorRole, null));
        }

        return Expected.Denied(reasons);
    }

    private void Succeeded(AuditAction action, EntityType entityType, string entityId, Operation operation, string actorId, UserRole actorRole, DateTimeOffset now, IReadOnlySet<string>? changed) =>
        Audit.Add(new ExpectedAudit(action, entityType, entityId, actorId, AuditOutcome.Succeeded, now, null, operation, actorRole, changed));

    private static ChangeSet ToChangeSet(IReadOnlyList<Change> changes, Func<string, string?> link)
    {
        var set = new ChangeSet();
        foreach (var change in changes)
        {
            set.Set(change.Field, change.Value is null ? link(change.Field) : change.Value.Raw);
        }

        return set;
    }

    private static TEnum Parse<TEnum>(WireNameTable<TEnum> table, string? wireName)
        where TEnum : struct, Enum =>
        table.TryParse(wireName, out var value) ? value : throw new InvalidOperationException($"The model's pool holds '{wireName}', which is no {typeof(TEnum).Name}.");

    private static string Lower(string value) => value.Trim().ToLowerInvariant();

    private static string Upper(string value) => value.Trim().ToUpperInvariant();

    private static async Task<(Halt?, string?)> Outcome(ValueTask<SopResult<string>> call)
    {
        var result = await call;
        return result.Succeeded ? (null, result.Value) : (result.Halt, null);
    }

    private static async Task<(Halt?, string?)> Outcome(ValueTask<SopResult<Client>> call)
    {
        var result = await call;
        return result.Succeeded ? (null, result.Value.ClientId) : (result.Halt, null);
    }

    private static async Task<(Halt?, string?)> Outcome(ValueTask<SopResult<User>> call)
    {
        var result = await call;
        return result.Succeeded ? (null, result.Value.UserId) : (result.Halt, null);
    }

    private static async Task<(Halt?, string?)> Outcome(ValueTask<SopResult<Vendor>> call)
    {
        var result = await call;
        return result.Succeeded ? (null, result.Value.VendorId) : (result.Halt, null);
    }
}
