using PropertyCloud.BuildingBlocks.Contracts;

namespace PropertyCloud.Residents.Contracts;

/// <summary>A unit changed hands (业主变更): the previous owners' ownership ended and the new owners' began on the same day.
/// The previous owners' record is kept (Archives keeps their file 3 years). No names or phones.</summary>
public sealed record OwnershipTransferred : IIntegrationEvent
{
    public required Guid EventId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required Guid EstateId { get; init; }
    public required Guid UnitId { get; init; }
    public required IReadOnlyList<Guid> PreviousOwnerIds { get; init; }
    public required IReadOnlyList<Guid> NewOwnerIds { get; init; }
    public required DateOnly TransferredOn { get; init; }
}
