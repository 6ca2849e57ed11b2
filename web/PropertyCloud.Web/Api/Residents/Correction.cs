namespace PropertyCloud.Web.Api.Residents;

/// <summary>An owner's request to correct their registered data (修改权), and what the estate decided.</summary>
public sealed record Correction(Guid Id, Guid OwnerId, string Field, string RequestedValue, string Reason, DateTimeOffset RequestedAt,
    string Status, DateTimeOffset? DecidedAt, string? DecisionNote);

/// <summary>The field to correct, the value it should read and why.</summary>
public sealed record CorrectionRequest(string Field, string Value, string Reason);

/// <summary>The owner's new phone number, changed at once (their own contact data).</summary>
public sealed record PhoneChange(string Phone);
