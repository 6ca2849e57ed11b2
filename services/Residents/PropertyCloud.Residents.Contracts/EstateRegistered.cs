using PropertyCloud.BuildingBlocks.Contracts;

namespace PropertyCloud.Residents.Contracts;

/// <summary>An estate (小区) joined the platform, or its name or company changed (same event, latest wins).</summary>
public sealed record EstateRegistered : IIntegrationEvent
{
    public required Guid EventId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required Guid EstateId { get; init; }

    /// <summary>Short code, e.g. "HYY".</summary>
    public required string Code { get; init; }

    public required string Name { get; init; }

    /// <summary>The group company that manages the estate; quality figures roll up estate → company → group.</summary>
    public required string Company { get; init; }
}
