namespace PropertyCloud.Archives.Api.Domain.Reconciliation;

/// <summary>
/// One line of a reconciliation checklist: a document on the file's contents list and what the check found —
/// <see cref="Present"/> null until checked; a missing item carries a note of what was looked for.
/// </summary>
public sealed record ChecklistItem(Guid DocumentId, string Title, string? IndexNumber, bool? Present = null, string? Note = null);
