using PropertyCloud.BuildingBlocks.Contracts;

namespace PropertyCloud.Residents.Contracts;

/// <summary>
/// A vehicle was registered to a unit, held by one of its owners or by its tenant. The plate number is personal
/// data and no consumer needs it, so it stays in Residents.
/// </summary>
public sealed record VehicleRegistered : IIntegrationEvent
{
    public required Guid EventId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required Guid EstateId { get; init; }
    public required Guid UnitId { get; init; }
    public required Guid VehicleId { get; init; }

    /// <summary>"Owner" or "Tenant".</summary>
    public required string HolderKind { get; init; }

    /// <summary>The owner id or the tenancy id, according to <see cref="HolderKind"/>.</summary>
    public required Guid HolderId { get; init; }
}
