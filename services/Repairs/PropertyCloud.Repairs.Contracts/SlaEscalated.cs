using PropertyCloud.BuildingBlocks.Contracts;

namespace PropertyCloud.Repairs.Contracts;

/// <summary>
/// A breached SLA target is still unmet and climbs one rung of the estate's escalation ladder; raised once per
/// order, target and rung.
/// </summary>
public sealed record SlaEscalated : IIntegrationEvent
{
    public required Guid EventId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required Guid EstateId { get; init; }
    public required Guid RepairOrderId { get; init; }

    /// <summary>response, on_site or resolution.</summary>
    public required string Target { get; init; }

    /// <summary>1 for the first rung.</summary>
    public required int Level { get; init; }

    /// <summary>team_leader, estate_manager or quality_department.</summary>
    public required string Notify { get; init; }

    public required string Category { get; init; }
    public required string Urgency { get; init; }
}
