namespace IncidentCore.Ports.Incidents;

/// <summary>
/// A unit of work that also holds the incident domain. A store that supports incidents implements this on its units
/// of work (as ASP.NET Core Identity's optional store interfaces add capabilities); the incident procedures require it,
/// the registry procedures do not. Everything staged here commits with the registry writes and audit entries of the
/// same unit of work, all or nothing.
/// </summary>
public interface IIncidentUnitOfWork : IUnitOfWork
{
    /// <summary>The products.</summary>
    IProductRepository Products { get; }

    /// <summary>The infrastructure components.</summary>
    IComponentRepository Components { get; }

    /// <summary>The incidents and their history.</summary>
    IIncidentRepository Incidents { get; }

    /// <summary>The escalations.</summary>
    IEscalationRepository Escalations { get; }

    /// <summary>The communications.</summary>
    ICommunicationRepository Communications { get; }

    /// <summary>The post-incident reviews.</summary>
    IReviewRepository Reviews { get; }
}
