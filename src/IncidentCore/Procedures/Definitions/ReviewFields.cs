using IncidentCore.Domain;
using IncidentCore.Domain.Fields;
using IncidentCore.Domain.Incidents;

namespace IncidentCore.Procedures.Definitions;

/// <summary>The fields of a post-incident review, each said once with its rules.</summary>
internal static class ReviewFields
{
    public static readonly RecordField<PostIncidentReview> IncidentId = new(DomainFields.PostIncidentReview, 0, "incident_id", FieldKind.Id, r => r.IncidentId)
    {
        References = EntityType.Incident,
        Exists = async (work, id, ct) => await IncidentStore.Of(work).Incidents.FindByIdAsync(id, ct).ConfigureAwait(false) is not null,
    };

    public static readonly RecordField<PostIncidentReview> FacilitatorUser = new(DomainFields.PostIncidentReview, 1, "facilitator_user", FieldKind.Id, r => r.FacilitatorUser)
    {
        References = EntityType.User,
    };

    public static readonly RecordField<PostIncidentReview> ScheduledDate = new(DomainFields.PostIncidentReview, 2, "scheduled_date", FieldKind.Timestamp,
        r => r.ScheduledDate.ToString("O", System.Globalization.CultureInfo.InvariantCulture));

    public static readonly RecordField<PostIncidentReview> OverallRating = new(DomainFields.PostIncidentReview, 3, "overall_rating", FieldKind.Enumeration, r => r.OverallRating?.ToWireName())
    {
        Enumeration = EnumTable.Of(IncidentWireNames.ReviewRating),
    };

    public static readonly RecordField<PostIncidentReview> Status = new(DomainFields.PostIncidentReview, 4, "status", FieldKind.Enumeration, r => r.Status.ToWireName())
    {
        Enumeration = EnumTable.Of(IncidentWireNames.ReviewStatus),
    };

    public static readonly RecordLookup<PostIncidentReview> FindById = (work, id, ct) => IncidentStore.Of(work).Reviews.FindByIdAsync(id, ct);

    /// <summary>A scheduled review can be completed or cancelled; completed and cancelled are final.</summary>
    public static ValueTask<SopCheckFailure?> MustBeScheduled(SopCheck<PostIncidentReview> check, CancellationToken cancellationToken) =>
        ValueTask.FromResult(check.Current!.Status == ReviewStatus.Scheduled
            ? null
            : SopCheckFailure.Invalid(check.Describe.RuleBroken("status", $"the review is already {check.Current.Status.ToWireName()}")));
}
