using PropertyCloud.BuildingBlocks.Contracts;

namespace PropertyCloud.Residents.Contracts;

/// <summary>A unit's usage changed (Residence, RentedOut, Storage, Commercial, Vacant).</summary>
public sealed record UnitUsageChanged : IIntegrationEvent
{
    public required Guid EventId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required Guid EstateId { get; init; }
    public required Guid UnitId { get; init; }
    public required string PreviousUsage { get; init; }
    public required string Usage { get; init; }

    /// <summary>"owner" when the owner declared it (only they may declare RentedOut), "staff" otherwise.</summary>
    public required string ChangedBy { get; init; }
}
