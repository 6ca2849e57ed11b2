namespace PropertyCloud.Web.Api.Archives;

/// <summary>A document filed in an archive file: its category, confidentiality level and how long it must be kept.</summary>
public sealed record ArchiveDocument(Guid Id, Guid FileId, string Title, string Category, string Level, int RetentionYears,
    DateTimeOffset RetainUntil, string? IndexNumber, DateTimeOffset FiledAt, int CurrentVersion, string? LegalHoldReason);
