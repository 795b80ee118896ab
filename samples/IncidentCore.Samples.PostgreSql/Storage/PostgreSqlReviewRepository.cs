using IncidentCore.Domain.Incidents;
using IncidentCore.Ports.Incidents;
using Npgsql;
using static IncidentCore.Samples.PostgreSql.Storage.PostgreSqlValues;

namespace IncidentCore.Samples.PostgreSql.Storage;

/// <summary>The post_incident_reviews table.</summary>
internal sealed class PostgreSqlReviewRepository(PostgreSqlUnitOfWork work) : IReviewRepository
{
    private const string Select = """
        SELECT review_id, incident_id, facilitator_user, scheduled_date_ticks, overall_rating, status, completed_at_ticks, created_at_ticks, version
        FROM post_incident_reviews
        """;

    private const string Insert = """
        INSERT INTO post_incident_reviews (review_id, incident_id, facilitator_user, scheduled_date_ticks, overall_rating, status,
                                           completed_at_ticks, created_at_ticks, version)
        VALUES (@review_id, @incident_id, @facilitator_user, @scheduled_date_ticks, @overall_rating, @status,
                @completed_at_ticks, @created_at_ticks, @version)
        """;

    private const string UpdateSql = """
        UPDATE post_incident_reviews
        SET incident_id = @incident_id, facilitator_user = @facilitator_user, scheduled_date_ticks = @scheduled_date_ticks,
            overall_rating = @overall_rating, status = @status, completed_at_ticks = @completed_at_ticks, created_at_ticks = @created_at_ticks,
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
        p.AddText("@review_id", review.ReviewId);
        p.AddText("@incident_id", review.IncidentId);
        p.AddText("@facilitator_user", review.FacilitatorUser);
        p.AddTicks("@scheduled_date_ticks", review.ScheduledDate);
        p.AddText("@overall_rating", WireNameOrNull(review.OverallRating, IncidentWireNames.ReviewRating));
        p.AddText("@status", review.Status.ToWireName());
        p.AddNullableTicks("@completed_at_ticks", review.CompletedAt);
        p.AddTicks("@created_at_ticks", review.CreatedAt);
        p.AddBigint("@version", review.Version);
        work.Stage(command, mustChangeOneRow);
    }

    private static PostIncidentReview Read(NpgsqlDataReader reader) => new()
    {
        ReviewId = reader.GetString(0),
        IncidentId = reader.GetString(1),
        FacilitatorUser = reader.GetString(2),
        ScheduledDate = ReadTicks(reader, 3),
        OverallRating = ReadNullableEnum(reader, 4, IncidentWireNames.ReviewRating),
        Status = ReadEnum(reader, 5, IncidentWireNames.ReviewStatus),
        CompletedAt = ReadNullableTicks(reader, 6),
        CreatedAt = ReadTicks(reader, 7),
        Version = reader.GetInt64(8),
    };
}
