using IncidentCore.Domain;
using Microsoft.EntityFrameworkCore;

namespace IncidentCore.EntityFrameworkCore;

/// <summary>
/// The lookups every procedure makes (by id and by unique key), compiled once: EF Core then skips looking the query
/// up and extracting its parameters on every call. EF Core binds a compiled query to one model, so each model gets
/// its own set (see <see cref="StoreServices"/>).
/// </summary>
internal sealed partial class CompiledQueries
{
    public readonly Func<DbContext, string, CancellationToken, Task<Client?>> ClientById =
        EF.CompileAsyncQuery((DbContext c, string id, CancellationToken _) => c.Set<Client>().AsNoTracking().FirstOrDefault(r => r.ClientId == id));

    public readonly Func<DbContext, string, CancellationToken, Task<Client?>> ClientByRegistrationNumber =
        EF.CompileAsyncQuery((DbContext c, string key, CancellationToken _) =>
            c.Set<Client>().AsNoTracking().FirstOrDefault(r => EF.Property<string>(r, ModelNames.RegistrationNumberKey) == key));

    public readonly Func<DbContext, string, CancellationToken, Task<Client?>> ClientByContactEmail =
        EF.CompileAsyncQuery((DbContext c, string key, CancellationToken _) =>
            c.Set<Client>().AsNoTracking().FirstOrDefault(r => EF.Property<string>(r, ModelNames.ContactEmailKey) == key));

    public readonly Func<DbContext, string, CancellationToken, Task<User?>> UserById =
        EF.CompileAsyncQuery((DbContext c, string id, CancellationToken _) => c.Set<User>().AsNoTracking().FirstOrDefault(r => r.UserId == id));

    /// <summary>Whether the user is stored at exactly this version: an actor guard checked inside the commit's transaction.</summary>
    public readonly Func<DbContext, string, long, CancellationToken, Task<bool>> UserAtVersion =
        EF.CompileAsyncQuery((DbContext c, string id, long version, CancellationToken _) => c.Set<User>().Any(r => r.UserId == id && r.Version == version));

    public readonly Func<DbContext, string, CancellationToken, Task<User?>> UserByEmail =
        EF.CompileAsyncQuery((DbContext c, string key, CancellationToken _) =>
            c.Set<User>().AsNoTracking().FirstOrDefault(r => EF.Property<string>(r, ModelNames.EmailKey) == key));

    public readonly Func<DbContext, string, CancellationToken, Task<Vendor?>> VendorById =
        EF.CompileAsyncQuery((DbContext c, string id, CancellationToken _) => c.Set<Vendor>().AsNoTracking().FirstOrDefault(r => r.VendorId == id));

    public readonly Func<DbContext, string, CancellationToken, Task<Vendor?>> VendorByName =
        EF.CompileAsyncQuery((DbContext c, string key, CancellationToken _) =>
            c.Set<Vendor>().AsNoTracking().FirstOrDefault(r => EF.Property<string>(r, ModelNames.VendorNameKey) == key));

    public readonly Func<DbContext, string, CancellationToken, Task<Vendor?>> VendorByContactEmail =
        EF.CompileAsyncQuery((DbContext c, string key, CancellationToken _) =>
            c.Set<Vendor>().AsNoTracking().FirstOrDefault(r => EF.Property<string>(r, ModelNames.ContactEmailKey) == key));

    public readonly Func<DbContext, string, CancellationToken, Task<Vendor?>> VendorByContactPhone =
        EF.CompileAsyncQuery((DbContext c, string key, CancellationToken _) =>
            c.Set<Vendor>().AsNoTracking().FirstOrDefault(r => EF.Property<string>(r, ModelNames.ContactPhoneKey) == key));
}
