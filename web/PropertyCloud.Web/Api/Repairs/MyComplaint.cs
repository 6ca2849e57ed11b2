namespace PropertyCloud.Web.Api.Repairs;

/// <summary>A complaint the signed-in resident lodged, as they follow it: how far it has got and what the estate answered.</summary>
public sealed record MyComplaint(Guid Id, string Category, string Description, Guid? UnitId, string Status, DateTimeOffset ReceivedAt,
    string? Response, DateTimeOffset? RespondedAt, string? Result, DateTimeOffset? ResolvedAt, DateTimeOffset? ClosedAt);

/// <summary>A complaint a resident lodges about their unit.</summary>
public sealed record LodgeComplaintRequest(string Category, string Description, Guid? UnitId);
