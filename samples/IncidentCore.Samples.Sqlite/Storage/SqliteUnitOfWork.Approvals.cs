using IncidentCore.Ports.Approvals;

namespace IncidentCore.Samples.Sqlite.Storage;

/// <summary>
/// The approval domain on the SQLite unit of work: change and rollback requests are staged with the other writes and
/// commit in the same transaction, so a completed rollback and its rolled-back change commit together or not at all.
/// </summary>
internal sealed partial class SqliteUnitOfWork : IApprovalUnitOfWork
{
    private SqliteChangeRequestRepository? _changeRequests;
    private SqliteRollbackRequestRepository? _rollbackRequests;

    public IChangeRequestRepository ChangeRequests => _changeRequests ??= new SqliteChangeRequestRepository(this);

    public IRollbackRequestRepository RollbackRequests => _rollbackRequests ??= new SqliteRollbackRequestRepository(this);
}
