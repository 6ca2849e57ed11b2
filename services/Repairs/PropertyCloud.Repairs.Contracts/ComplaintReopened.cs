using PropertyCloud.BuildingBlocks.Contracts;

namespace PropertyCloud.Repairs.Contracts;

/// <summary>A resolved or closed complaint was taken up again; <see cref="ReopenCount"/> counts how often.</summary>
public sealed record ComplaintReopened : IIntegrationEvent
{
    public required Guid EventId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required Guid EstateId { get; init; }
    public required Guid ComplaintId { get; init; }
    public Guid? UnitId { get; init; }
    public required string Category { get; init; }
    public required bool IsMajor { get; init; }
    public required string Reason { get; init; }
    public required int ReopenCount { get; init; }
}
