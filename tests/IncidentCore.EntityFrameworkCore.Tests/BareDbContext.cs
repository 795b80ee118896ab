using Microsoft.EntityFrameworkCore;

namespace IncidentCore.EntityFrameworkCore.Tests;

/// <summary>A host context that forgot to add IncidentCore's model.</summary>
public sealed class BareDbContext(DbContextOptions<BareDbContext> options) : DbContext(options);
