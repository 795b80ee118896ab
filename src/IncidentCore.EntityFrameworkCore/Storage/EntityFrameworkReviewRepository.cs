using IncidentCore.Domain.Incidents;
using IncidentCore.Ports.Incidents;

namespace IncidentCore.EntityFrameworkCore;

/// <summary>The post-incident reviews table: untracked reads, writes staged in the unit of work.</summary>
internal sealed class EntityFrameworkReviewRepository(EntityFrameworkUnitOfWork work) : IReviewRepository
{
    public ValueTask<PostIncidentReview?> FindByIdAsync(string reviewId, CancellationToken cancellationToken = default) =>
        work.FindAsync(static q => q.ReviewById, reviewId, cancellationToken);

    public void Add(PostIncidentReview record) => work.StageAdd(record, static _ => { });

    public void Update(PostIncidentReview record)
    {
        ArgumentNullException.ThrowIfNull(record);
        work.StageUpdate(record, record.Version, static _ => { });
    }
}
