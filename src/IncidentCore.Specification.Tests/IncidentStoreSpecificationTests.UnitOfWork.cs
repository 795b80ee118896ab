using IncidentCore.Domain;
using IncidentCore.Domain.Normalization;
using IncidentCore.Ports;
using Xunit;

namespace IncidentCore.Specification.Tests;

public abstract partial class IncidentStoreSpecificationTests
{
    /// <summary>A record and its audit entry staged in one unit of work are both written by its commit.</summary>
    /// <returns>A task that completes when the fact has been checked.</returns>
    [SkippableFact]
    public async Task UnitOfWorkCommit_WhenRecordAndAuditStaged_WritesBoth()
    {
        Skip.If(SkipReason is not null, SkipReason);
        await using var host = StartHost();
        var now = host.Time.GetUtcNow();
        var client = SpecificationRecords.Client(host.Ids.NewId(EntityType.Client), 1, now);
        var entry = SpecificationRecords.Audit(host.Ids.NewAuditId(), client.ClientId, "user-1", now);

        var result = await host.CommitAsync(work =>
        {
            work.Clients.Add(client);
            work.AuditTrail.Append(entry);
        });

        Assert.Equal(CommitStatus.Committed, result.Status);
        Assert.Equal(client, await host.ReadAsync(work => work.Clients.FindByIdAsync(client.ClientId)));
        AuditAssert.Same(entry, Assert.Single(await host.AuditTrailAsync()));
    }

    /// <summary>A unit of work disposed without a commit writes neither its records nor its audit entries.</summary>
    /// <returns>A task that completes when the fact has been checked.</returns>
    [SkippableFact]
    public async Task UnitOfWorkDispose_WhenNotCommitted_WritesNeitherRecordNorAudit()
    {
        Skip.If(SkipReason is not null, SkipReason);
        await using var host = StartHost();
        var now = host.Time.GetUtcNow();
        var client = SpecificationRecords.Client(host.Ids.NewId(EntityType.Client), 1, now);
        var user = SpecificationRecords.User(host.Ids.NewId(EntityType.User), 1, now);
        var vendor = SpecificationRecords.Vendor(host.Ids.NewId(EntityType.Vendor), 1, now);

        await using (var work = await host.Store.BeginAsync())
        {
            work.Clients.Add(client);
            work.Users.Add(user);
            work.Vendors.Add(vendor);
            work.AuditTrail.Append(SpecificationRecords.Audit(host.Ids.NewAuditId(), client.ClientId, user.UserId, now));
        }

        Assert.Null(await host.ReadAsync(work => work.Clients.FindByIdAsync(client.ClientId)));
        Assert.Null(await host.ReadAsync(work => work.Users.FindByIdAsync(user.UserId)));
        Assert.Null(await host.ReadAsync(work => work.Vendors.FindByIdAsync(vendor.VendorId)));
        Assert.Null(await host.ReadAsync(work => work.Clients.FindByContactEmailAsync(UniqueKeys.Email(client.ContactEmail))));
        Assert.Equal(0, await host.ReadAsync(work => work.AuditTrail.CountAsync()));

        var retry = await host.CommitAsync(work => work.Clients.Add(client));
        Assert.True(retry.IsCommitted, $"The keys of the discarded client were still held: {retry.Status} {retry.DuplicateField}.");
    }

    /// <summary>
    /// A commit refused because one staged client takes a registration number already in use (in another case) is
    /// reported as a duplicate naming the field, and writes nothing: neither the other staged client nor the audit entry.
    /// </summary>
    /// <returns>A task that completes when the fact has been checked.</returns>
    [SkippableFact]
    public async Task UnitOfWorkCommit_WhenRegistrationNumberTaken_ReportsDuplicateAndWritesNothing()
    {
        Skip.If(SkipReason is not null, SkipReason);
        await using var host = StartHost();
        var now = host.Time.GetUtcNow();
        var existing = SpecificationRecords.Client(host.Ids.NewId(EntityType.Client), 1, now);
        await host.CommitAsync(work => work.Clients.Add(existing));
        var innocent = SpecificationRecords.Client(host.Ids.NewId(EntityType.Client), 2, now);
        var clash = SpecificationRecords.Client(host.Ids.NewId(EntityType.Client), 3, now) with
        {
            RegistrationNumber = existing.RegistrationNumber.ToUpperInvariant(),
        };

        var result = await host.CommitAsync(work =>
        {
            work.Clients.Add(innocent);
            work.Clients.Add(clash);
            work.AuditTrail.Append(SpecificationRecords.Audit(host.Ids.NewAuditId(), clash.ClientId, "user-1", now));
        });

        Assert.Equal(CommitStatus.Duplicate, result.Status);
        Assert.Equal("registration_number", result.DuplicateField);
        Assert.Null(await host.ReadAsync(work => work.Clients.FindByIdAsync(innocent.ClientId)));
        Assert.Null(await host.ReadAsync(work => work.Clients.FindByIdAsync(clash.ClientId)));
        Assert.Equal(0, await host.ReadAsync(work => work.AuditTrail.CountAsync()));
        Assert.Equal(existing, await host.ReadAsync(work => work.Clients.FindByRegistrationNumberAsync(UniqueKeys.RegistrationNumber(existing.RegistrationNumber))));
    }

    /// <summary>Every unique key of every record, taken again in another case, is refused as a duplicate naming its field.</summary>
    /// <returns>A task that completes when the fact has been checked.</returns>
    [SkippableFact]
    public async Task UnitOfWorkCommit_WhenAnyUniqueKeyTaken_ReportsDuplicateNamingTheField()
    {
        Skip.If(SkipReason is not null, SkipReason);
        await using var host = StartHost();
        var now = host.Time.GetUtcNow();
        var client = SpecificationRecords.Client(host.Ids.NewId(EntityType.Client), 1, now);
        var user = SpecificationRecords.User(host.Ids.NewId(EntityType.User), 1, now);
        var vendor = SpecificationRecords.Vendor(host.Ids.NewId(EntityType.Vendor), 1, now);
        await host.CommitAsync(work =>
        {
            work.Clients.Add(client);
            work.Users.Add(user);
            work.Vendors.Add(vendor);
        });
        var fresh = 2;
        Client NewClient() => SpecificationRecords.Client(host.Ids.NewId(EntityType.Client), fresh++, now);
        Vendor NewVendor() => SpecificationRecords.Vendor(host.Ids.NewId(EntityType.Vendor), fresh++, now);

        var attempts = new (string Field, Action<IUnitOfWork> Stage)[]
        {
            ("contact_email", work => work.Clients.Add(NewClient() with { ContactEmail = client.ContactEmail.ToUpperInvariant() })),
            ("registration_number", work => work.Clients.Add(NewClient() with { RegistrationNumber = client.RegistrationNumber.ToLowerInvariant() })),
            ("email", work => work.Users.Add(SpecificationRecords.User(host.Ids.NewId(EntityType.User), fresh++, now) with { Email = user.Email.ToLowerInvariant() })),
            ("vendor_name", work => work.Vendors.Add(NewVendor() with { VendorName = vendor.VendorName.ToUpperInvariant() })),
            ("contact_email", work => work.Vendors.Add(NewVendor() with { ContactEmail = vendor.ContactEmail.ToLowerInvariant() })),
            ("contact_phone", work => work.Vendors.Add(NewVendor() with { ContactPhone = vendor.ContactPhone })),
        };

        foreach (var (field, stage) in attempts)
        {
            var result = await host.CommitAsync(stage);
            Assert.Equal(CommitStatus.Duplicate, result.Status);
            Assert.Equal(field, result.DuplicateField);
        }

        Assert.Single(await host.ReadAsync(work => work.Clients.ListAsync(0, 10)));
        Assert.Single(await host.ReadAsync(work => work.Users.ListAsync(0, 10)));
        Assert.Single(await host.ReadAsync(work => work.Vendors.ListAsync(0, 10)));
    }

    /// <summary>An update staged with the next version is written with that version and every changed field.</summary>
    /// <returns>A task that completes when the fact has been checked.</returns>
    [SkippableFact]
    public async Task UnitOfWorkCommit_WhenUpdateHasNextVersion_WritesTheUpdate()
    {
        Skip.If(SkipReason is not null, SkipReason);
        await using var host = StartHost();
        var now = host.Time.GetUtcNow();
        var client = SpecificationRecords.Client(host.Ids.NewId(EntityType.Client), 1, now);
        var user = SpecificationRecords.User(host.Ids.NewId(EntityType.User), 1, now);
        var vendor = SpecificationRecords.Vendor(host.Ids.NewId(EntityType.Vendor), 1, now);
        await host.CommitAsync(work =>
        {
            work.Clients.Add(client);
            work.Users.Add(user);
            work.Vendors.Add(vendor);
        });
        host.Time.Advance(TimeSpan.FromMinutes(5));
        var later = host.Time.GetUtcNow() + SpecificationRecords.Fraction;
        var updatedClient = client with { ClientType = ClientType.Enterprise, Industry = null, Status = ClientStatus.Active, UpdatedAt = later, Version = 2 };
        var updatedUser = user with { Role = UserRole.Executive, Department = null, Timezone = "UTC", Status = UserStatus.OnLeave, UpdatedAt = later, Version = 2 };
        var updatedVendor = vendor with { VendorType = VendorType.PaymentProcessor, Status = VendorStatus.Suspended, UpdatedAt = later, Version = 2 };

        var result = await host.CommitAsync(work =>
        {
            work.Clients.Update(updatedClient);
            work.Users.Update(updatedUser);
            work.Vendors.Update(updatedVendor);
        });

        Assert.Equal(CommitStatus.Committed, result.Status);
        Assert.Equal(updatedClient, await host.ReadAsync(work => work.Clients.FindByIdAsync(client.ClientId)));
        Assert.Equal(updatedUser, await host.ReadAsync(work => work.Users.FindByIdAsync(user.UserId)));
        Assert.Equal(updatedVendor, await host.ReadAsync(work => work.Vendors.FindByIdAsync(vendor.VendorId)));
    }

    /// <summary>An update made from a stale version is refused as a conflict; the stored record and the trail stay as they were.</summary>
    /// <returns>A task that completes when the fact has been checked.</returns>
    [SkippableFact]
    public async Task UnitOfWorkCommit_WhenUpdateVersionIsStale_ReportsConflictAndWritesNothing()
    {
        Skip.If(SkipReason is not null, SkipReason);
        await using var host = StartHost();
        var now = host.Time.GetUtcNow();
        var client = SpecificationRecords.Client(host.Ids.NewId(EntityType.Client), 1, now);
        await host.CommitAsync(work => work.Clients.Add(client));
        var second = client with { Country = "Austria", Version = 2 };
        await host.CommitAsync(work => work.Clients.Update(second));

        var stale = client with { Country = "Poland", Version = 2 };
        var result = await host.CommitAsync(work =>
        {
            work.Clients.Update(stale);
            work.AuditTrail.Append(SpecificationRecords.Audit(host.Ids.NewAuditId(), client.ClientId, "user-1", now));
        });

        Assert.Equal(CommitStatus.Conflict, result.Status);
        Assert.Equal(second, await host.ReadAsync(work => work.Clients.FindByIdAsync(client.ClientId)));
        Assert.Equal(0, await host.ReadAsync(work => work.AuditTrail.CountAsync()));
    }

    /// <summary>An update of a record that does not exist is refused as a conflict and creates nothing.</summary>
    /// <returns>A task that completes when the fact has been checked.</returns>
    [SkippableFact]
    public async Task UnitOfWorkCommit_WhenUpdatedRecordDoesNotExist_ReportsConflict()
    {
        Skip.If(SkipReason is not null, SkipReason);
        await using var host = StartHost();
        var user = SpecificationRecords.User(host.Ids.NewId(EntityType.User), 1, host.Time.GetUtcNow()) with { Version = 2 };

        var result = await host.CommitAsync(work => work.Users.Update(user));

        Assert.Equal(CommitStatus.Conflict, result.Status);
        Assert.Null(await host.ReadAsync(work => work.Users.FindByIdAsync(user.UserId)));
    }

    /// <summary>An update that changes unique keys frees the old keys for other records and takes the new ones.</summary>
    /// <returns>A task that completes when the fact has been checked.</returns>
    [SkippableFact]
    public async Task UnitOfWorkCommit_WhenUpdateChangesUniqueKeys_FreesOldKeysAndTakesNewOnes()
    {
        Skip.If(SkipReason is not null, SkipReason);
        await using var host = StartHost();
        var now = host.Time.GetUtcNow();
        var client = SpecificationRecords.Client(host.Ids.NewId(EntityType.Client), 1, now);
        var vendor = SpecificationRecords.Vendor(host.Ids.NewId(EntityType.Vendor), 1, now);
        await host.CommitAsync(work =>
        {
            work.Clients.Add(client);
            work.Vendors.Add(vendor);
        });
        var renamedClient = client with { RegistrationNumber = "Reg-Renamed", ContactEmail = "Renamed@Northwind.Example", Version = 2 };
        var renamedVendor = vendor with { VendorName = "Renamed Vendor", ContactEmail = "renamed@cloudworks.example", ContactPhone = "+420777000111", Version = 2 };

        var update = await host.CommitAsync(work =>
        {
            work.Clients.Update(renamedClient);
            work.Vendors.Update(renamedVendor);
        });

        Assert.Equal(CommitStatus.Committed, update.Status);
        Assert.Null(await host.ReadAsync(work => work.Clients.FindByRegistrationNumberAsync(UniqueKeys.RegistrationNumber(client.RegistrationNumber))));
        Assert.Null(await host.ReadAsync(work => work.Clients.FindByContactEmailAsync(UniqueKeys.Email(client.ContactEmail))));
        Assert.Null(await host.ReadAsync(work => work.Vendors.FindByNameAsync(UniqueKeys.VendorName(vendor.VendorName))));
        Assert.Null(await host.ReadAsync(work => work.Vendors.FindByContactPhoneAsync(UniqueKeys.Phone(vendor.ContactPhone))));
        Assert.Equal(renamedClient, await host.ReadAsync(work => work.Clients.FindByRegistrationNumberAsync(UniqueKeys.RegistrationNumber("REG-RENAMED"))));
        Assert.Equal(renamedClient, await host.ReadAsync(work => work.Clients.FindByContactEmailAsync(UniqueKeys.Email("renamed@northwind.example"))));
        Assert.Equal(renamedVendor, await host.ReadAsync(work => work.Vendors.FindByNameAsync(UniqueKeys.VendorName("RENAMED VENDOR"))));
        Assert.Equal(renamedVendor, await host.ReadAsync(work => work.Vendors.FindByContactPhoneAsync(UniqueKeys.Phone("+420 777 000 111"))));

        var reuse = await host.CommitAsync(work =>
        {
            work.Clients.Add(SpecificationRecords.Client(host.Ids.NewId(EntityType.Client), 2, now) with
            {
                RegistrationNumber = client.RegistrationNumber,
                ContactEmail = client.ContactEmail,
            });
            work.Vendors.Add(SpecificationRecords.Vendor(host.Ids.NewId(EntityType.Vendor), 2, now) with
            {
                VendorName = vendor.VendorName,
                ContactEmail = vendor.ContactEmail,
                ContactPhone = vendor.ContactPhone,
            });
        });
        Assert.True(reuse.IsCommitted, $"The freed keys were still held: {reuse.Status} {reuse.DuplicateField}.");
    }

    /// <summary>An update that takes another record's unique key is refused as a duplicate and leaves both records as they were.</summary>
    /// <returns>A task that completes when the fact has been checked.</returns>
    [SkippableFact]
    public async Task UnitOfWorkCommit_WhenUpdateTakesAnotherRecordsKey_ReportsDuplicate()
    {
        Skip.If(SkipReason is not null, SkipReason);
        await using var host = StartHost();
        var now = host.Time.GetUtcNow();
        var first = SpecificationRecords.User(host.Ids.NewId(EntityType.User), 1, now);
        var second = SpecificationRecords.User(host.Ids.NewId(EntityType.User), 2, now);
        await host.CommitAsync(work =>
        {
            work.Users.Add(first);
            work.Users.Add(second);
        });

        var result = await host.CommitAsync(work => work.Users.Update(second with { Email = first.Email.ToUpperInvariant(), Version = 2 }));

        Assert.Equal(CommitStatus.Duplicate, result.Status);
        Assert.Equal("email", result.DuplicateField);
        Assert.Equal(first, await host.ReadAsync(work => work.Users.FindByEmailAsync(UniqueKeys.Email(first.Email))));
        Assert.Equal(second, await host.ReadAsync(work => work.Users.FindByIdAsync(second.UserId)));
    }
}
