using FluentValidation;
using PropertyCloud.Repairs.Api.Domain;

namespace PropertyCloud.Repairs.Api.Apis;

/// <summary>Stopping an order's SLA clock: one of the recorded reasons, and what exactly is awaited.</summary>
public sealed record PauseSlaRequest(SlaPauseReason? Reason, string? Note);

/// <summary>A new category and urgency for an order; its SLA follows, keeping the time already spent.</summary>
public sealed record ReclassifyRepairOrderRequest(RepairCategory? Category, RepairUrgency? Urgency);

internal sealed class PauseSlaRequestValidator : AbstractValidator<PauseSlaRequest>
{
    public PauseSlaRequestValidator()
    {
        RuleFor(r => r.Reason).NotNull().IsInEnum();
        RuleFor(r => r.Note).MaximumLength(500);
    }
}

internal sealed class ReclassifyRepairOrderRequestValidator : AbstractValidator<ReclassifyRepairOrderRequest>
{
    public ReclassifyRepairOrderRequestValidator()
    {
        RuleFor(r => r.Category).NotNull().IsInEnum();
        RuleFor(r => r.Urgency).NotNull().IsInEnum();
    }
}
