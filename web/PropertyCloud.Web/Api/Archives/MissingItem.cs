namespace PropertyCloud.Web.Api.Archives;

/// <summary>A document a reconciliation did not find, open until the estate manager records it found or lost.</summary>
public sealed record MissingItem(Guid Id, Guid FileId, Guid DocumentId, string Month, string Title, string? IndexNumber, string Note,
    DateTimeOffset RecordedAt, string? Outcome, DateTimeOffset? ResolvedAt);
