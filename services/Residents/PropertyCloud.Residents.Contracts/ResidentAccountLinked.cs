using PropertyCloud.BuildingBlocks.Contracts;

namespace PropertyCloud.Residents.Contracts;

/// <summary>
/// A login (the Identity user id, the token's "sub") was linked to an owner or a tenancy, so that services keeping
/// their own view of who lives where (Billing's "my bills") know whose token is whose. Latest wins.
/// </summary>
public sealed record ResidentAccountLinked : IIntegrationEvent
{
    public required Guid EventId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required Guid EstateId { get; init; }

    /// <summary><see cref="OwnerRegistered.OwnerId"/> or <see cref="TenantLeaseStarted.TenancyId"/>.</summary>
    public required Guid PartyId { get; init; }
    public required bool IsTenancy { get; init; }
    public required string UserId { get; init; }
}
