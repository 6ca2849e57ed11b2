using PropertyCloud.BuildingBlocks.Contracts;

namespace PropertyCloud.Repairs.Contracts;

/// <summary>
/// A completed or closed repair order was taken up again (the repair did not hold) and sent back to its worker;
/// <see cref="ReopenCount"/> counts how often this order has been reopened.
/// </summary>
public sealed record RepairOrderReopened : IIntegrationEvent
{
    public required Guid EventId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required Guid EstateId { get; init; }
    public required Guid RepairOrderId { get; init; }
    public Guid? UnitId { get; init; }
    public required string Category { get; init; }
    public required string Reason { get; init; }
    public required int ReopenCount { get; init; }

    /// <summary>The worker it goes back to (token subject).</summary>
    public string? AssigneeId { get; init; }
}
