using PropertyCloud.BuildingBlocks.Contracts;

namespace PropertyCloud.Repairs.Contracts;

/// <summary>A maintenance worker finished a repair; the follow-up visit (回访) is still to come.</summary>
public sealed record RepairOrderCompleted : IIntegrationEvent
{
    public required Guid EventId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required Guid EstateId { get; init; }
    public required Guid RepairOrderId { get; init; }

    /// <summary>The unit the repair was in; null for a public area.</summary>
    public Guid? UnitId { get; init; }

    public required string Category { get; init; }
    public required string Urgency { get; init; }
    public required DateTimeOffset OpenedAt { get; init; }
    public required DateTimeOffset CompletedAt { get; init; }

    /// <summary>When the worker accepted the order (the SLA's response target); null when not recorded.</summary>
    public DateTimeOffset? AcceptedAt { get; init; }

    /// <summary>When the worker arrived on site; null when not recorded.</summary>
    public DateTimeOffset? OnSiteAt { get; init; }
    public required int LabourMinutes { get; init; }

    /// <summary>What the resident is to be charged in CNY; 0 when the repair is free of charge.</summary>
    public required decimal ChargeableAmount { get; init; }
}
