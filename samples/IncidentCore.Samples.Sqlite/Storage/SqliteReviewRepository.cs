using IncidentCore.Domain.Incidents;
using IncidentCore.Ports.Incidents;
using Microsoft.Data.Sqlite;
using static IncidentCore.Samples.Sqlite.Storage.SqliteValues;

namespace IncidentCore.Samples.Sqlite.Storage;

/// <summary>The post_incident_reviews table.</summary>
internal sealed class SqliteReviewRepository(SqliteUnitOfWork work) : IReviewRepository
{
    private const string Select = """
        SELECT review_id, incident_id, facilitator_user, scheduled_date, overall_rating, status, completed_at, created_at, version
        FROM post_incident_reviews
        """;

    private const string Insert = """
        INSERT INTO post_incident_reviews (review_id, incident_id, facilitator_user, scheduled_date, overall_rating, status,
                                           completed_at, created_at, version)
        VALUES (@review_id, @incident_id, @facilitator_user, @scheduled_date, @overall_rating, @status,
                @completed_at, @created_at, @version)
        """;

    private const string UpdateSql = """
        UPDATE post_incident_reviews
        SET incident_id = @incident_id, facilitator_user = @facilitator_user, scheduled_date = @scheduled_date,
            overall_rating = @overall_rating, status = @status, completed_at = @completed_at, created_at = @created_at,
            version = @version
        WHERE review_id = @review_id AND version = @version - 1
        """;

    public ValueTask<PostIncidentReview?> FindByIdAsync(string reviewId, CancellationToken cancellationToken = default) =>
        work.ReadOneAsync($"{Select} WHERE review_id = @key", reviewId, Read, cancellationToken);

    public void Add(PostIncidentReview record) => Stage(Insert, record, mustChangeOneRow: false);

    public void Update(PostIncidentReview record) => Stage(UpdateSql, record, mustChangeOneRow: true);

    private void Stage(string sql, PostIncidentReview review, bool mustChangeOneRow)
    {
        ArgumentNullException.ThrowIfNull(review);
        var command = work.WriteCommand(sql);
        var p = command.Parameters;
        p.AddWithValue("@review_id", review.ReviewId);
        p.AddWithValue("@incident_id", review.IncidentId);
        p.AddWithValue("@facilitator_user", review.FacilitatorUser);
        p.AddWithValue("@scheduled_date", Timestamp(review.ScheduledDate));
        p.AddWithValue("@overall_rating", WireNameOrNull(review.OverallRating, IncidentWireNames.ReviewRating));
        p.AddWithValue("@status", review.Status.ToWireName());
        p.AddWithValue("@completed_at", TimestampOrNull(review.CompletedAt));
        p.AddWithValue("@created_at", Timestamp(review.CreatedAt));
        p.AddWithValue("@version", review.Version);
        work.Stage(command, mustChangeOneRow);
    }

    private static PostIncidentReview Read(SqliteDataReader reader) => new()
    {
        ReviewId = reader.GetString(0),
        IncidentId = reader.GetString(1),
        FacilitatorUser = reader.GetString(2),
        ScheduledDate = ReadTimestamp(reader, 3),
        OverallRating = ReadNullableEnum(reader, 4, IncidentWireNames.ReviewRating),
        Status = ReadEnum(reader, 5, IncidentWireNames.ReviewStatus),
        CompletedAt = ReadNullableTimestamp(reader, 6),
        CreatedAt = ReadTimestamp(reader, 7),
        Version = reader.GetInt64(8),
    };
}
