namespace PropertyCloud.Repairs.Api.Domain;

/// <summary>A change of an order's category or urgency (and so of its SLA), kept on the order's timeline.</summary>
public sealed record Reclassification(
    RepairCategory FromCategory, RepairUrgency FromUrgency, RepairCategory ToCategory, RepairUrgency ToUrgency,
    string ChangedBy, DateTimeOffset ChangedAt);
