using PropertyCloud.Quality.Api.Infrastructure;
using PropertyCloud.Quality.Api.ReadModels;
using PropertyCloud.Repairs.Contracts;

namespace PropertyCloud.Quality.Api.Projections;

internal static class RepairProjection
{
    public static async Task ApplyAsync(QualityDb db, RepairOrderOpened e, CancellationToken cancellationToken) =>
        (await OrderAsync(db, e.RepairOrderId, e.EstateId, cancellationToken))
            .RecordOpened(e.OccurredAt, e.Category, e.Urgency, e.ResolutionDueAt);

    public static async Task ApplyAsync(QualityDb db, RepairOrderDispatched e, CancellationToken cancellationToken) =>
        (await OrderAsync(db, e.RepairOrderId, e.EstateId, cancellationToken)).RecordDispatched(e.OccurredAt);

    public static async Task ApplyAsync(QualityDb db, RepairOrderCompleted e, CancellationToken cancellationToken) =>
        (await OrderAsync(db, e.RepairOrderId, e.EstateId, cancellationToken))
            .RecordCompleted(e.OpenedAt, e.CompletedAt, e.Category, e.Urgency, e.AcceptedAt, e.OnSiteAt);

    public static async Task ApplyAsync(QualityDb db, RepairOrderClosed e, CancellationToken cancellationToken) =>
        (await OrderAsync(db, e.RepairOrderId, e.EstateId, cancellationToken)).RecordClosed(e.OccurredAt, e.SatisfactionScore);

    public static async Task ApplyAsync(QualityDb db, SlaBreached e, CancellationToken cancellationToken) =>
        (await OrderAsync(db, e.RepairOrderId, e.EstateId, cancellationToken)).RecordBreach(e.DueAt);

    private static Task<RepairOrderFact> OrderAsync(QualityDb db, Guid orderId, Guid estateId, CancellationToken cancellationToken) =>
        db.FindOrAddAsync(orderId, () => RepairOrderFact.For(orderId, estateId), cancellationToken);
}
