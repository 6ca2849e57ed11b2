namespace PropertyCloud.Web.Api.Repairs;

/// <summary>A repair order as the Repairs API returns it (the fields the console shows).</summary>
public sealed record RepairOrder(
    Guid Id, Guid EstateId, string Channel, string Category, string Urgency, string Status, Guid? UnitId, string? PublicArea,
    string Description, string ReporterName, DateTimeOffset OpenedAt, string? AssigneeId, string? AssigneeName,
    DateTimeOffset? CompletedAt, string? WorkNotes, bool Overdue);
