using PropertyCloud.Quality.Api.Infrastructure;
using PropertyCloud.Quality.Api.ReadModels;
using PropertyCloud.Repairs.Contracts;

namespace PropertyCloud.Quality.Api.Projections;

internal static class ReopeningProjection
{
    public static Task ApplyAsync(QualityDb db, RepairOrderReopened e, CancellationToken cancellationToken) =>
        RecordAsync(db, ReopeningFact.Of(ReopeningFact.RepairOrder, e.RepairOrderId, e.ReopenCount, e.EstateId, e.OccurredAt), cancellationToken);

    public static Task ApplyAsync(QualityDb db, ComplaintReopened e, CancellationToken cancellationToken) =>
        RecordAsync(db, ReopeningFact.Of(ReopeningFact.Complaint, e.ComplaintId, e.ReopenCount, e.EstateId, e.OccurredAt), cancellationToken);

    private static async Task RecordAsync(QualityDb db, ReopeningFact reopening, CancellationToken cancellationToken)
    {
        if (await db.FindReadModelAsync<ReopeningFact>([reopening.SubjectId, reopening.ReopenCount], cancellationToken) is null)
        {
            db.Reopenings.Add(reopening);
        }
    }
}
