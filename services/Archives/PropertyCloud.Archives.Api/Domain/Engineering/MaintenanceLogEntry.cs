namespace PropertyCloud.Archives.Api.Domain.Engineering;

/// <summary>One line of an equipment's maintenance log (维修保养记录): what was done, on which day, by whom.</summary>
public sealed record MaintenanceLogEntry(DateOnly PerformedOn, string Work, string PerformedBy, string RecordedBy, DateTimeOffset RecordedAt);
