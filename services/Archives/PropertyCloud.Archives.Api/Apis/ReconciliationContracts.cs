using FluentValidation;
using PropertyCloud.Archives.Api.Domain.Reconciliation;

namespace PropertyCloud.Archives.Api.Apis;

/// <summary>The results of a reconciliation: one per line of the checklist.</summary>
public sealed record ReconciliationCompletion(IReadOnlyList<CheckResult>? Results);

/// <summary>How the estate manager closes a missing item, and why.</summary>
public sealed record MissingItemResolution(MissingItemOutcome? Outcome, string? Note);

/// <summary>
/// A reconciliation with its checklist, the number written on its file, how many lines were found missing and how many of
/// those missing items are still open (not yet found again or written off).
/// </summary>
public sealed record ReconciliationResponse(
    Guid Id, Guid EstateId, Guid FileId, string Month, DateTimeOffset StartedAt, DateTimeOffset? CompletedAt, string? CompletedBy,
    IReadOnlyList<ChecklistItem> Items, ReconciliationStatus Status, string? FileNumber, int ItemCount, int MissingCount, int OpenMissingCount)
{
    public static ReconciliationResponse From(FileReconciliation r, string? fileNumber, int openMissingCount) =>
        new(r.Id, r.EstateId, r.FileId, r.Month, r.StartedAt, r.CompletedAt, r.CompletedBy, r.Items, r.Status, fileNumber, r.Items.Count,
            r.Items.Count(i => i.Present == false), openMissingCount);
}

public sealed record MissingItemResponse(
    Guid Id, Guid FileId, Guid DocumentId, Guid ReconciliationId, string Month, string Title, string? IndexNumber, string Note,
    DateTimeOffset RecordedAt, MissingItemOutcome? Outcome, string? ResolutionNote, string? ResolvedBy, DateTimeOffset? ResolvedAt)
{
    public static MissingItemResponse From(MissingItem i) => new(i.Id, i.FileId, i.DocumentId, i.ReconciliationId, i.Month, i.Title, i.IndexNumber,
        i.Note, i.RecordedAt, i.Outcome, i.ResolutionNote, i.ResolvedBy, i.ResolvedAt);
}

internal sealed class ReconciliationCompletionValidator : AbstractValidator<ReconciliationCompletion>
{
    public ReconciliationCompletionValidator()
    {
        RuleFor(c => c.Results).NotNull();
        RuleForEach(c => c.Results).ChildRules(result =>
        {
            result.RuleFor(r => r.DocumentId).NotEmpty();
            result.RuleFor(r => r.Note).MaximumLength(500);
        });
    }
}

internal sealed class MissingItemResolutionValidator : AbstractValidator<MissingItemResolution>
{
    public MissingItemResolutionValidator()
    {
        RuleFor(r => r.Outcome).NotNull().IsInEnum();
        RuleFor(r => r.Note).NotEmpty().MaximumLength(500);
    }
}
