using IncidentCore.Domain.Incidents;

namespace IncidentCore.Ports.Incidents;

/// <summary>Post-incident review records.</summary>
public interface IReviewRepository
{
    /// <summary>Finds a review by id.</summary>
    /// <param name="reviewId">The id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The record, or <see langword="null"/>.</returns>
    ValueTask<PostIncidentReview?> FindByIdAsync(string reviewId, CancellationToken cancellationToken = default);

    /// <summary>Stages a new record; its unique keys are enforced at commit.</summary>
    /// <param name="record">The record, with version 1.</param>
    void Add(PostIncidentReview record);

    /// <summary>Stages an update; at commit the stored version must still be <c>record.Version - 1</c>.</summary>
    /// <param name="record">The updated record, with its version already incremented.</param>
    void Update(PostIncidentReview record);
}
