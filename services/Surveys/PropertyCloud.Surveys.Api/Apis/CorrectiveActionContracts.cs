using FluentValidation;
using PropertyCloud.Surveys.Api.Domain.Actions;

namespace PropertyCloud.Surveys.Api.Apis;

/// <summary>An action from a finding of <see cref="CampaignId"/>: about an item, a category, or (neither given) the estate.</summary>
public sealed record CorrectiveActionRequest(
    Guid CampaignId, string? CategoryCode, string? ItemCode, string Finding, string Title, Guid OwnerId, DateOnly Deadline);

/// <summary>A verification visit; a new deadline is required when the action was not effective.</summary>
public sealed record VerificationRequest(DateOnly VisitedOn, bool Effective, string Note, DateOnly? NewDeadline);

public sealed record CorrectiveActionResponse(
    Guid Id, Guid EstateId, Guid CampaignId, string? CategoryCode, string? ItemCode, string Finding, string Title, Guid OwnerId,
    DateOnly Deadline, CorrectiveActionStatus Status, bool Overdue, DateTimeOffset OpenedAt, DateTimeOffset? ClosedAt,
    IReadOnlyList<VerificationVisit> Verifications)
{
    public static CorrectiveActionResponse From(CorrectiveAction a) => new(a.Id, a.EstateId, a.CampaignId, a.CategoryCode, a.ItemCode,
        a.Finding, a.Title, a.OwnerId, a.Deadline, a.Status, a.OverdueAt is not null, a.OpenedAt, a.ClosedAt, a.Verifications);
}

internal sealed class CorrectiveActionRequestValidator : AbstractValidator<CorrectiveActionRequest>
{
    public CorrectiveActionRequestValidator()
    {
        RuleFor(r => r.CampaignId).NotEmpty();
        RuleFor(r => r.OwnerId).NotEmpty();
        RuleFor(r => r.Finding).NotEmpty().MaximumLength(1000);
        RuleFor(r => r.Title).NotEmpty().MaximumLength(200);
        RuleFor(r => r.CategoryCode).MaximumLength(64);
        RuleFor(r => r.ItemCode).MaximumLength(64);
    }
}

internal sealed class VerificationRequestValidator : AbstractValidator<VerificationRequest>
{
    public VerificationRequestValidator()
    {
        RuleFor(r => r.Note).NotEmpty().MaximumLength(1000);
    }
}
