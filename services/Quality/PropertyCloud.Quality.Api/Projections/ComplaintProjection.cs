using PropertyCloud.Quality.Api.Infrastructure;
using PropertyCloud.Quality.Api.ReadModels;
using PropertyCloud.Repairs.Contracts;

namespace PropertyCloud.Quality.Api.Projections;

internal static class ComplaintProjection
{
    public static async Task ApplyAsync(QualityDb db, ComplaintReceived e, CancellationToken cancellationToken) =>
        (await ComplaintAsync(db, e.ComplaintId, e.EstateId, cancellationToken)).RecordReceived(e.OccurredAt, e.Category, e.IsMajor);

    public static async Task ApplyAsync(QualityDb db, ComplaintEscalated e, CancellationToken cancellationToken) =>
        (await ComplaintAsync(db, e.ComplaintId, e.EstateId, cancellationToken)).RecordEscalated(e.ReceivedAt, e.OccurredAt, e.Category);

    public static async Task ApplyAsync(QualityDb db, ComplaintClosed e, CancellationToken cancellationToken) =>
        (await ComplaintAsync(db, e.ComplaintId, e.EstateId, cancellationToken))
            .RecordClosed(e.ReceivedAt, e.OccurredAt, e.Category, e.IsMajor, e.HandlingMinutes, e.ComplainantOpinion);

    public static async Task ApplyAsync(QualityDb db, ComplaintResponded e, CancellationToken cancellationToken) =>
        (await ComplaintAsync(db, e.ComplaintId, e.EstateId, cancellationToken)).RecordFirstResponse(e.ReceivedAt, e.RespondedAt);

    private static Task<ComplaintFact> ComplaintAsync(QualityDb db, Guid complaintId, Guid estateId, CancellationToken cancellationToken) =>
        db.FindOrAddAsync(complaintId, () => ComplaintFact.For(complaintId, estateId), cancellationToken);
}
