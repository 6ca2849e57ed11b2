using PropertyCloud.BuildingBlocks.Contracts;

namespace PropertyCloud.Residents.Contracts;

/// <summary>A member (业主成员) joined an owner's household; no personal data.</summary>
public sealed record HouseholdMemberAdded : IIntegrationEvent
{
    public required Guid EventId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required Guid EstateId { get; init; }
    public required Guid OwnerId { get; init; }
    public required Guid MemberId { get; init; }
}
