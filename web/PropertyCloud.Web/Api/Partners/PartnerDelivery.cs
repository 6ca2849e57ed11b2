namespace PropertyCloud.Web.Api.Partners;

/// <summary>One message to a partner and how its delivery went (Status: Pending, Delivered, Retrying, Parked, Withdrawn).</summary>
public sealed record PartnerDelivery(
    Guid Id, Guid EventId, string Type, Guid EstateId, string Channel, string Status, DateTimeOffset OccurredAt, int Attempts,
    DateTimeOffset NextAttemptAt, DateTimeOffset? DeliveredAt, DateTimeOffset? ParkedAt, string? LastError);

/// <summary>A partner's deliveries by status.</summary>
public sealed record PartnerDeliveryDashboard(int Pending, int Delivered, int Retrying, int Parked, int Withdrawn);

public sealed record ReplayPartnerDeliveries(DateTimeOffset? From, Guid? FromEventId);

public sealed record ReplayedDeliveries(int Requeued);
