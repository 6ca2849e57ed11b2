namespace PropertyCloud.Archives.Api.Domain.Documents;

/// <summary>
/// What the archivist records when filing a document. <see cref="OriginalFiledAt"/> is when a back-filed paper original
/// was first filed (retention counts from it); left out, it is now. <see cref="Public"/> marks a technical drawing owners may see.
/// </summary>
public sealed record DocumentDetails(
    string Title, DocumentCategory Category, ConfidentialityLevel Level, int? RetentionYears, string? IndexNumber,
    DateTimeOffset? OriginalFiledAt = null, bool Public = false);
