using PropertyCloud.Quality.Api.ReadModels;

namespace PropertyCloud.Quality.Api.Apis;

/// <summary>A repair order as Quality knows it, with the link to the order in Repairs.</summary>
public sealed record OrderBehindFigure(
    Guid OrderId, string? Category, string? Urgency, DateTimeOffset? OpenedAt, DateTimeOffset? DispatchedAt, DateTimeOffset? CompletedAt,
    DateTimeOffset? ResolutionDueAt, DateTimeOffset? SlaBreachedAt, string Link)
{
    public static OrderBehindFigure From(RepairOrderFact o) => new(o.OrderId, o.Category, o.Urgency, o.OpenedAt, o.DispatchedAt,
        o.CompletedAt, o.ResolutionDueAt, o.SlaBreachedAt, DrillDownLinks.RepairOrder(o.EstateId, o.OrderId));
}
