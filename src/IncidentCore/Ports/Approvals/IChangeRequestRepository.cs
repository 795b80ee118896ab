using IncidentCore.Domain.Approvals;

namespace IncidentCore.Ports.Approvals;

/// <summary>Change request records.</summary>
public interface IChangeRequestRepository
{
    /// <summary>Finds a change request by id.</summary>
    /// <param name="changeId">The id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The record, or <see langword="null"/>.</returns>
    ValueTask<ChangeRequest?> FindByIdAsync(string changeId, CancellationToken cancellationToken = default);

    /// <summary>Stages a new record.</summary>
    /// <param name="record">The record, with version 1.</param>
    void Add(ChangeRequest record);

    /// <summary>Stages an update; at commit the stored version must still be <c>record.Version - 1</c>.</summary>
    /// <param name="record">The updated record, with its version already incremented.</param>
    void Update(ChangeRequest record);
}
