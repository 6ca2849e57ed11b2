using PropertyCloud.BuildingBlocks.Contracts;

namespace PropertyCloud.Repairs.Contracts;

/// <summary>A repair request (报修) was taken in by phone, at the desk or by the resident's self-service.</summary>
public sealed record RepairOrderOpened : IIntegrationEvent
{
    public required Guid EventId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required Guid EstateId { get; init; }
    public required Guid RepairOrderId { get; init; }

    /// <summary>The unit the repair is in; null for a public area.</summary>
    public Guid? UnitId { get; init; }

    /// <summary>phone, visit or self_service.</summary>
    public required string Channel { get; init; }

    /// <summary>e.g. plumbing, electrical, elevator.</summary>
    public required string Category { get; init; }

    /// <summary>emergency, urgent or normal.</summary>
    public required string Urgency { get; init; }

    /// <summary>When the order must be completed under its SLA.</summary>
    public required DateTimeOffset ResolutionDueAt { get; init; }
}
