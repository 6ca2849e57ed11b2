namespace PropertyCloud.Web.Api.Repairs;

/// <summary>A complaint as the front desk follows it: what it is about, whether it is major, and how far it has got.</summary>
public sealed record Complaint(Guid Id, string Channel, string Category, string Description, bool IsMajor, string Status,
    DateTimeOffset ReceivedAt, string? AssigneeName, DateTimeOffset? ClosedAt);

/// <summary>A complaint taken at the desk or on the phone; a major one is escalated at once.</summary>
public sealed record RecordComplaintRequest(string Channel, string Category, string Description, Guid? ComplainantUnitId, bool IsMajor);
