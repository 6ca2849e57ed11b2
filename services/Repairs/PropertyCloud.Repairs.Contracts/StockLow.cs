using PropertyCloud.BuildingBlocks.Contracts;

namespace PropertyCloud.Repairs.Contracts;

/// <summary>A material in an estate's warehouse fell to or below its low-stock threshold: time to reorder.</summary>
public sealed record StockLow : IIntegrationEvent
{
    public required Guid EventId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required Guid EstateId { get; init; }
    public required Guid MaterialId { get; init; }
    public required string MaterialCode { get; init; }
    public required string MaterialName { get; init; }
    public required decimal Quantity { get; init; }
    public required decimal LowStockThreshold { get; init; }
}
