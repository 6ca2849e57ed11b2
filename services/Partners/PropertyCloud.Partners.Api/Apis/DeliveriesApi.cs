using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.BuildingBlocks.Spreadsheets;
using PropertyCloud.Partners.Api.Domain;
using PropertyCloud.Partners.Api.Exports;
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
        api.MapGet("/deliveries/export", ExportDeliveries);
        api.MapGet("/dashboard", GetDashboard);
        api.MapPost("/replay", Replay).Validate<ReplayRequest>();
        api.MapPost("/deliveries/{deliveryId:guid}/replay", ReplayDelivery);
        return api;
    }

    public static async Task<Results<Ok<PagedResult<DeliveryResponse>>, ProblemHttpResult>> ListDeliveries(
        Guid partnerId, [AsParameters] DeliveryFilter filter, [AsParameters] PartnersServices services, [AsParameters] PageRequest page,
        CancellationToken cancellationToken)
    {
        if (await PartnersApi.FindVisibleAsync(partnerId, services, cancellationToken) is null)
        {
            return ApiProblems.NotFound(PartnersApi.PartnerText, partnerId);
        }
        var query = filter.Apply(services.Db, partnerId).AsNoTracking();
        var total = await query.LongCountAsync(cancellationToken);
        var items = await Described(Newest(query).Skip(page.Skip).Take(page.Size), services).ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedResult<DeliveryResponse>(items, page.Number, page.Size, total));
    }

    /// <summary>
    /// The log as XLSX, with the list's filters and order: every matching delivery, or 422 naming the start date when more than
    /// <see cref="DeliveryExportOptions.MaxRows"/> match (never silently cut).
    /// </summary>
    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ExportDeliveries(
        Guid partnerId, [AsParameters] DeliveryFilter filter, IOptions<DeliveryExportOptions> options, [AsParameters] PartnersServices services,
        CancellationToken cancellationToken)
    {
        var partner = await PartnersApi.FindVisibleAsync(partnerId, services, cancellationToken);
        if (partner is null)
        {
            return ApiProblems.NotFound(PartnersApi.PartnerText, partnerId);
        }
        var query = filter.Apply(services.Db, partnerId).AsNoTracking();
        var count = await query.CountAsync(cancellationToken);
        var max = options.Value.MaxRows;
        if (count > max)
        {
            throw new DomainException("delivery_export.too_many_rows",
                new($"符合条件的投递记录有 {count} 条，超过导出上限 {max} 条，请按日期或状态缩小范围",
                    $"{count} deliveries match, more than the {max} an export holds; narrow the list by dates or status"), "from");
        }
        var rows = await Described(Newest(query), services).ToListAsync(cancellationToken);
        var bytes = await DeliveriesWorkbook.WriteAsync(rows, cancellationToken);
        var day = EstateCalendar.Day(services.Clock.GetUtcNow());
        return TypedResults.File(bytes, LocalizedSheet.ContentType, $"deliveries-{partner.Code}-{day:yyyyMMdd}.xlsx");
    }

    private static IQueryable<Delivery> Newest(IQueryable<Delivery> deliveries) => deliveries.OrderByDescending(d => d.OccurredAt).ThenBy(d => d.Id);

    private static IQueryable<DeliveryResponse> Described(IQueryable<Delivery> deliveries, PartnersServices services) =>
        deliveries.Join(services.Db.PublicEvents, d => d.EventId, e => e.EventId, (d, e) => new DeliveryResponse(d.Id, d.EventId, e.Type, e.EstateId,
            d.Channel, d.Status, d.OccurredAt, d.Attempts, d.NextAttemptAt, d.DeliveredAt, d.ParkedAt, d.LastError));

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
