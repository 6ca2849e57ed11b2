using PropertyCloud.BuildingBlocks.Contracts;

namespace PropertyCloud.Residents.Contracts;

/// <summary>A member left an owner's household and their record was deleted; no personal data.</summary>
public sealed record HouseholdMemberRemoved : IIntegrationEvent
{
    public required Guid EventId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required Guid EstateId { get; init; }
    public required Guid OwnerId { get; init; }
    public required Guid MemberId { get; init; }
}
