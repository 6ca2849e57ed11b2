using PropertyCloud.BuildingBlocks.Contracts;

namespace PropertyCloud.Residents.Contracts;

/// <summary>An owner (业主) was registered in an estate, holding the listed units from the given date; no personal data.</summary>
public sealed record OwnerRegistered : IIntegrationEvent
{
    public required Guid EventId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required Guid EstateId { get; init; }
    public required Guid OwnerId { get; init; }

    /// <summary>Units the owner holds from <see cref="OwnedSince"/>; may be empty.</summary>
    public required IReadOnlyList<Guid> UnitIds { get; init; }

    public required DateOnly? OwnedSince { get; init; }
}
