using IncidentCore.Domain;
using IncidentCore.Domain.Normalization;
using IncidentCore.Ports;
using IncidentCore.Procedures.Definitions;
using IncidentCore.Procedures.Import;

namespace IncidentCore.Procedures.Pipeline;

/// <summary>
/// Importing records with their ids: each validated by its create SOP's own inputs, unique within the batch and
/// against the store, references resolved in the store or the batch, and all stored with one audit entry each in one
/// commit — or nothing stored and every problem reported.
/// </summary>
internal sealed partial class SopPipeline
{
    public async ValueTask<ImportReport> ImportAsync(RegistryImportBatch batch, string importActorId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var problems = new List<ImportProblem>();
        var clients = Validate(ClientOnboarding.Sop, batch.Clients, problems);
        var vendors = Validate(VendorRegistration.Sop, batch.Vendors, problems);
        var users = Validate(UserRegistration.Sop, batch.Users, problems);
        if (problems.Count > 0)
        {
            return new ImportReport(0, 0, problems);
        }

        await using var scope = new UnitOfWorkScope(await store.BeginAsync(cancellationToken).ConfigureAwait(false), events);

        var work = scope.Work;
        var present = 0;
        present += await DropPresentAsync(clients, ClientFields.FindById, work, cancellationToken).ConfigureAwait(false);
        present += await DropPresentAsync(vendors, VendorFields.FindById, work, cancellationToken).ConfigureAwait(false);
        present += await DropPresentAsync(users, UserFields.FindById, work, cancellationToken).ConfigureAwait(false);

        await CheckUniqueAsync(ClientOnboarding.Sop, clients, work, problems, cancellationToken).ConfigureAwait(false);
        await CheckUniqueAsync(VendorRegistration.Sop, vendors, work, problems, cancellationToken).ConfigureAwait(false);
        await CheckUniqueAsync(UserRegistration.Sop, users, work, problems, cancellationToken).ConfigureAwait(false);
        await CheckUserReferencesAsync(users, clients, vendors, work, problems, cancellationToken).ConfigureAwait(false);
        if (problems.Count > 0)
        {
            return new ImportReport(0, present, problems);
        }

        var now = time.GetUtcNow();
        Stage(ClientOnboarding.Sop, clients, work, importActorId, now);
        Stage(VendorRegistration.Sop, vendors, work, importActorId, now);
        Stage(UserRegistration.Sop, users, work, importActorId, now);
        var imported = clients.Count + vendors.Count + users.Count;
        if (imported == 0)
        {
            return new ImportReport(0, present, problems);
        }

        var commit = await work.CommitAsync(cancellationToken).ConfigureAwait(false);
        if (!commit.IsCommitted)
        {
            problems.Add(new ImportProblem(EntityType.User, "-", commit.DuplicateField ?? "-", commit.Status == CommitStatus.Duplicate ? Messages.FieldErrorCodes.Duplicate : "conflict",
                "The store refused the batch at commit (a concurrent writer took a key or changed a record); nothing was imported."));
            return new ImportReport(0, present, problems);
        }

        return new ImportReport(imported, present, problems);
    }

    private List<Validated> Validate<TRequest, TRecord>(CreateSop<TRequest, TRecord> sop, IList<ImportedRecord<TRequest>> records, List<ImportProblem> problems)
        where TRequest : class
        where TRecord : class
    {
        var valid = new List<Validated>(records.Count);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var record in records)
        {
            ArgumentNullException.ThrowIfNull(record);
            List<FieldError>? errors = null;
            CheckRecordId(sop.IdField, record.Id, ref errors);
            if (errors is null && !ids.Add(record.Id))
            {
                errors = [describe.Duplicate(sop.IdField, sop.EntityType)];
            }

            var values = new SopValues();
            var given = record.Request is null ? 0 : ReadInputs(sop, record.Request, ref values, ref errors);
            if (record.Request is null)
            {
                (errors ??= []).Add(describe.Required("record"));
            }

            if (errors is null)
            {
                valid.Add(new Validated(record.Id, values, given));
                continue;
            }

            foreach (var error in errors)
            {
                problems.Add(new ImportProblem(sop.EntityType, SafeId(record.Id), error.Field, error.Code, error.Message));
            }
        }

        return valid;
    }

    private static async ValueTask<int> DropPresentAsync<TRecord>(List<Validated> records, RecordLookup<TRecord> find, IUnitOfWork work, CancellationToken cancellationToken)
        where TRecord : class
    {
        var present = 0;
        for (var i = records.Count - 1; i >= 0; i--)
        {
            if (await find(work, records[i].Id, cancellationToken).ConfigureAwait(false) is not null)
            {
                records.RemoveAt(i);
                present++;
            }
        }

        return present;
    }

    private async ValueTask CheckUniqueAsync<TRequest, TRecord>(
        CreateSop<TRequest, TRecord> sop, List<Validated> records, IUnitOfWork work, List<ImportProblem> problems, CancellationToken cancellationToken)
        where TRecord : class
    {
        foreach (var input in sop.Inputs)
        {
            var field = input.Field;
            if (field.FindByKey is null)
            {
                continue;
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var record in records)
            {
                var key = record.Values.KeyOf(field) ?? field.Key!(record.Values.Text(field));
                if (!seen.Add(key) || await field.FindByKey(work, key, cancellationToken).ConfigureAwait(false) is not null)
                {
                    var error = describe.Duplicate(input.Name, sop.EntityType);
                    problems.Add(new ImportProblem(sop.EntityType, record.Id, error.Field, error.Code, error.Message));
                }
            }
        }
    }

    private async ValueTask CheckUserReferencesAsync(
        List<Validated> users, List<Validated> clients, List<Validated> vendors, IUnitOfWork work, List<ImportProblem> problems, CancellationToken cancellationToken)
    {
        var clientIds = clients.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var vendorIds = vendors.Select(v => v.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var user in users)
        {
            if (user.Values.OptionalText(UserFields.ClientId) is { } clientId && !clientIds.Contains(clientId)
                && await work.Clients.FindByIdAsync(clientId, cancellationToken).ConfigureAwait(false) is null)
            {
                var error = describe.NotFound("client_id", EntityType.Client);
                problems.Add(new ImportProblem(EntityType.User, user.Id, error.Field, error.Code, error.Message));
            }

            if (user.Values.OptionalText(UserFields.VendorId) is { } vendorId && !vendorIds.Contains(vendorId)
                && await work.Vendors.FindByIdAsync(vendorId, cancellationToken).ConfigureAwait(false) is null)
            {
                var error = describe.NotFound("vendor_id", EntityType.Vendor);
                problems.Add(new ImportProblem(EntityType.User, user.Id, error.Field, error.Code, error.Message));
            }
        }
    }

    private void Stage<TRequest, TRecord>(CreateSop<TRequest, TRecord> sop, List<Validated> records, IUnitOfWork work, string importActorId, DateTimeOffset now)
        where TRecord : class
    {
        foreach (var record in records)
        {
            var values = record.Values;
            sop.Stage(work, sop.Build(in values, record.Id, importActorId, now));
            work.AuditTrail.Append(new AuditEntry
            {
                AuditId = ids.NewAuditId(),
                Action = AuditAction.Create,
                EntityType = sop.EntityType,
                EntityId = record.Id,
                ActorUserId = importActorId,
                CreatedAt = now,
                Outcome = AuditOutcome.Succeeded,
                Reason = RegistryImport.Rule,
                ChangedFields = sop.ChangedFields(record.Given),
                ValueChanges = CreatedValues(sop, in values),
            });
        }
    }

    private static string SafeId(string? id) => id is null ? "(none)" : TextRules.IsWellFormedId(id) ? id : FieldParser.SafeFieldName(id);

    private sealed record Validated(string Id, SopValues Values, int Given);
}
