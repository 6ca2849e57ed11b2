namespace PropertyCloud.Repairs.Api.Domain;

/// <summary>A complaint taken up again: why, by whom, and how far it had got.</summary>
public sealed record ComplaintReopening(string Reason, string ReopenedBy, DateTimeOffset ReopenedAt, ComplaintStatus FromStatus);
