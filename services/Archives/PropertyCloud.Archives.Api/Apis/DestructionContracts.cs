using FluentValidation;
using PropertyCloud.Archives.Api.Domain.Destruction;

namespace PropertyCloud.Archives.Api.Apis;

/// <summary>The documents proposed for destruction.</summary>
public sealed record DestructionBatchRequest(IReadOnlyList<Guid>? DocumentIds);

/// <summary>Why a document must be kept regardless of its retention (a lawsuit, an investigation).</summary>
public sealed record LegalHoldRequest(string? Reason);

/// <summary>
/// A batch with who signed each step: ids, and the names shown on the register (the id where a batch predates names).
/// </summary>
public sealed record DestructionBatchResponse(
    Guid Id, Guid EstateId, IReadOnlyList<Guid> DocumentIds, DestructionStatus Status, string ProposedBy, DateTimeOffset ProposedAt,
    string? ApprovedBy, string? ActedBy, string? WitnessedBy, DateTimeOffset? DestroyedAt, int DocumentCount,
    string ProposedByName, string? ApprovedByName, DateTimeOffset? ApprovedAt, string? ActedByName, DateTimeOffset? ActedAt,
    string? WitnessedByName)
{
    public static DestructionBatchResponse From(DestructionBatch b) =>
        new(b.Id, b.EstateId, b.DocumentIds, b.Status, b.ProposedBy, b.ProposedAt, b.ApprovedBy, b.ActedBy, b.WitnessedBy, b.DestroyedAt,
            b.DocumentIds.Count, b.ProposedByName ?? b.ProposedBy, b.ApprovedByName ?? b.ApprovedBy, b.ApprovedAt, b.ActedByName ?? b.ActedBy,
            b.ActedAt, b.WitnessedByName ?? b.WitnessedBy);
}

internal sealed class DestructionBatchRequestValidator : AbstractValidator<DestructionBatchRequest>
{
    public DestructionBatchRequestValidator() => RuleFor(r => r.DocumentIds).NotEmpty();
}

internal sealed class LegalHoldRequestValidator : AbstractValidator<LegalHoldRequest>
{
    public LegalHoldRequestValidator() => RuleFor(r => r.Reason).NotEmpty().MaximumLength(500);
}
