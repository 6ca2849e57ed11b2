using PropertyCloud.Repairs.Api.Domain;

namespace PropertyCloud.Repairs.Api.Apis;

/// <summary>A repair request as taken in. Residents' requests are always self-service.</summary>
public sealed record OpenRepairOrderRequest(
    RepairChannel? Channel, RepairCategory? Category, RepairUrgency? Urgency, Guid? UnitId, Guid? BuildingId, string? PublicArea,
    string Description);

/// <summary>To one worker (<c>AssigneeId</c>, <c>AssigneeName</c>) or to a maintenance team (<c>TeamId</c>).</summary>
public sealed record DispatchRepairOrderRequest(string? AssigneeId, string? AssigneeName, Guid? TeamId = null);

/// <summary>A material used: from stock (<c>MaterialId</c>, priced at average cost) or bought for the job (name, unit, price).</summary>
public sealed record MaterialUsedRequest(Guid? MaterialId, string? Name, decimal Quantity, string? UnitOfMeasure, decimal? UnitPrice);

public sealed record CompleteRepairOrderRequest(
    string WorkNotes, IReadOnlyList<MaterialUsedRequest>? Materials, int LabourMinutes, decimal? ChargeableAmount);

public sealed record FollowUpRequest(int SatisfactionScore, string? Comment);

/// <summary>Closing: after the follow-up visit no body is needed; without one, say why none was possible.</summary>
public sealed record CloseRepairOrderRequest(string? NoFollowUpReason);

/// <summary>Reopening a completed or closed order: what is still wrong.</summary>
public sealed record ReopenRepairOrderRequest(string Reason);
