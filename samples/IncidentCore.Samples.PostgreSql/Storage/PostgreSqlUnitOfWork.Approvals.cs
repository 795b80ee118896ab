using IncidentCore.Ports.Approvals;

namespace IncidentCore.Samples.PostgreSql.Storage;

/// <summary>
/// The approval domain on the PostgreSQL unit of work: change and rollback requests are staged with the other writes
/// and sent in the same batch and transaction, so a completed rollback and its rolled-back change commit together or
/// not at all.
/// </summary>
internal sealed partial class PostgreSqlUnitOfWork : IApprovalUnitOfWork
{
    private PostgreSqlChangeRequestRepository? _changeRequests;
    private PostgreSqlRollbackRequestRepository? _rollbackRequests;

    public IChangeRequestRepository ChangeRequests => _changeRequests ??= new PostgreSqlChangeRequestRepository(this);

    public IRollbackRequestRepository RollbackRequests => _rollbackRequests ??= new PostgreSqlRollbackRequestRepository(this);
}
