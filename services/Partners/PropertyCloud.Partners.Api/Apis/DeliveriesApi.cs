using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.Partners.Api.Domain;
using PropertyCloud.Partners.Api.Extensions;

namespace PropertyCloud.Partners.Api.Apis;

/// <summary>A partner's delivery log, dashboard and replays; for the administrator and for the partner itself.</summary>
public static class DeliveriesApi
{
    private static readonly LocalizedText DeliveryText = new("投递记录", "delivery");
    private static readonly LocalizedText EventText = new("事件", "event");

    public static RouteGroupBuilder MapDeliveriesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/partners/{partnerId:guid}").WithTags("Deliveries").RequireAuthorization(PartnersPolicies.ReadFeed);
        api.MapGet("/deliveries", ListDeliveries);
        api.MapGet("/dashboard", GetDashboard);
        api.MapPost("/replay", Replay).Validate<ReplayRequest>();
        api.MapPost("/deliveries/{deliveryId:guid}/replay", ReplayDelivery);
        return api;
    }

    public static async Task<Results<Ok<PagedResult<DeliveryResponse>>, ProblemHttpResult>> ListDeliveries(
        Guid partnerId, DeliveryStatus? status, [AsParameters] PartnersServices services, [AsParameters] PageRequest page,
        CancellationToken cancellationToken)
    {
        if (await PartnersApi.FindVisibleAsync(partnerId, services, cancellationToken) is null)
        {
            return ApiProblems.NotFound(PartnersApi.PartnerText, partnerId);
        }
        var query = services.Db.Deliveries.AsNoTracking().Where(d => d.PartnerId == partnerId);
        if (status is not null)
        {
            query = query.Where(d => d.Status == status);
        }
        var total = await query.LongCountAsync(cancellationToken);
        var items = await query
            .OrderByDescending(d => d.OccurredAt).ThenBy(d => d.Id)
            .Skip(page.Skip).Take(page.Size)
            .Join(services.Db.PublicEvents, d => d.EventId, e => e.EventId, (d, e) => new DeliveryResponse(d.Id, d.EventId, e.Type, e.EstateId,
                d.Channel, d.Status, d.OccurredAt, d.Attempts, d.NextAttemptAt, d.DeliveredAt, d.ParkedAt, d.LastError))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedResult<DeliveryResponse>(items, page.Number, page.Size, total));
    }

    public static async Task<Results<Ok<DeliveryDashboard>, ProblemHttpResult>> GetDashboard(
        Guid partnerId, [AsParameters] PartnersServices services, CancellationToken cancellationToken)
    {
        if (await PartnersApi.FindVisibleAsync(partnerId, services, cancellationToken) is null)
        {
            return ApiProblems.NotFound(PartnersApi.PartnerText, partnerId);
        }
        var counts = await services.Db.Deliveries.Where(d => d.PartnerId == partnerId)
            .GroupBy(d => d.Status).Select(g => new { Status = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Status, g => g.Count, cancellationToken);
        return TypedResults.Ok(new DeliveryDashboard(
            counts.GetValueOrDefault(DeliveryStatus.Pending), counts.GetValueOrDefault(DeliveryStatus.Delivered),
            counts.GetValueOrDefault(DeliveryStatus.Retrying), counts.GetValueOrDefault(DeliveryStatus.Parked),
            counts.GetValueOrDefault(DeliveryStatus.Withdrawn)));
    }

    /// <summary>Sends again every delivery of the partner whose event happened at or after the given point.</summary>
    public static async Task<Results<Ok<ReplayResponse>, ProblemHttpResult>> Replay(
        Guid partnerId, ReplayRequest request, [AsParameters] PartnersServices services, CancellationToken cancellationToken)
    {
        if (await PartnersApi.FindVisibleAsync(partnerId, services, cancellationToken) is null)
        {
            return ApiProblems.NotFound(PartnersApi.PartnerText, partnerId);
        }
        var from = request.From;
        if (request.FromEventId is { } eventId)
        {
            from = await services.Db.PublicEvents.Where(e => e.EventId == eventId).Select(e => (DateTimeOffset?)e.OccurredAt)
                .FirstOrDefaultAsync(cancellationToken);
            if (from is null)
            {
                return ApiProblems.NotFound(EventText, eventId);
            }
        }
        var now = services.Clock.GetUtcNow();
        // Set-based like Delivery.Replay: thirty days of a busy partner's deliveries are too many to load one by one.
        var requeued = await services.Db.Deliveries
            .Where(d => d.PartnerId == partnerId && d.OccurredAt >= from && d.Status != DeliveryStatus.Pending)
            .ExecuteUpdateAsync(set => set
                .SetProperty(d => d.Status, DeliveryStatus.Pending)
                .SetProperty(d => d.NextAttemptAt, now)
                .SetProperty(d => d.FirstFailedAt, (DateTimeOffset?)null)
                .SetProperty(d => d.ParkedAt, (DateTimeOffset?)null), cancellationToken);
        return TypedResults.Ok(new ReplayResponse(requeued));
    }

    /// <summary>Sends one delivery again, typically a parked one.</summary>
    public static async Task<Results<Ok<DeliveryResponse>, ProblemHttpResult>> ReplayDelivery(
        Guid partnerId, Guid deliveryId, [AsParameters] PartnersServices services, CancellationToken cancellationToken)
    {
        if (await PartnersApi.FindVisibleAsync(partnerId, services, cancellationToken) is null)
        {
            return ApiProblems.NotFound(PartnersApi.PartnerText, partnerId);
        }
        var delivery = await services.Db.Deliveries.FirstOrDefaultAsync(d => d.Id == deliveryId && d.PartnerId == partnerId, cancellationToken);
        if (delivery is null)
        {
            return ApiProblems.NotFound(DeliveryText, deliveryId);
        }
        delivery.Replay(services.Clock.GetUtcNow());
        await services.Db.SaveChangesAsync(cancellationToken);
        var type = await services.Db.PublicEvents.Where(e => e.EventId == delivery.EventId).Select(e => new { e.Type, e.EstateId }).FirstAsync(cancellationToken);
        return TypedResults.Ok(new DeliveryResponse(delivery.Id, delivery.EventId, type.Type, type.EstateId, delivery.Channel, delivery.Status,
            delivery.OccurredAt, delivery.Attempts, delivery.NextAttemptAt, delivery.DeliveredAt, delivery.ParkedAt, delivery.LastError));
    }
}
