using FluentValidation;

namespace PropertyCloud.Repairs.Api.Apis;

internal sealed class OpenRepairOrderRequestValidator : AbstractValidator<OpenRepairOrderRequest>
{
    public OpenRepairOrderRequestValidator()
    {
        RuleFor(r => r.Channel).IsInEnum();
        RuleFor(r => r.Category).NotNull().IsInEnum();
        RuleFor(r => r.Urgency).NotNull().IsInEnum();
        RuleFor(r => r.PublicArea).MaximumLength(100);
        RuleFor(r => r.Description).NotEmpty().MaximumLength(2000);
    }
}

internal sealed class DispatchRepairOrderRequestValidator : AbstractValidator<DispatchRepairOrderRequest>
{
    public DispatchRepairOrderRequestValidator()
    {
        When(r => r.TeamId is null, () =>
        {
            RuleFor(r => r.AssigneeId).NotEmpty().MaximumLength(100);
            RuleFor(r => r.AssigneeName).NotEmpty().MaximumLength(100);
        }).Otherwise(() => RuleFor(r => r.AssigneeId).Empty());
    }
}

internal sealed class CompleteRepairOrderRequestValidator : AbstractValidator<CompleteRepairOrderRequest>
{
    public CompleteRepairOrderRequestValidator()
    {
        RuleFor(r => r.WorkNotes).NotEmpty().MaximumLength(2000);
        RuleFor(r => r.LabourMinutes).InclusiveBetween(0, 7 * 24 * 60);
        RuleFor(r => r.ChargeableAmount).GreaterThanOrEqualTo(0).LessThan(1_000_000);
        RuleForEach(r => r.Materials).NotNull().ChildRules(material =>
        {
            material.RuleFor(m => m.Quantity).GreaterThan(0);
            material.When(m => m.MaterialId is null, () =>
            {
                material.RuleFor(m => m.Name).NotEmpty().MaximumLength(100);
                material.RuleFor(m => m.UnitOfMeasure).NotEmpty().MaximumLength(20);
                material.RuleFor(m => m.UnitPrice).NotNull().GreaterThanOrEqualTo(0);
            });
        });
    }
}

internal sealed class FollowUpRequestValidator : AbstractValidator<FollowUpRequest>
{
    public FollowUpRequestValidator()
    {
        RuleFor(r => r.SatisfactionScore).InclusiveBetween(1, 5);
        RuleFor(r => r.Comment).MaximumLength(1000);
    }
}

internal sealed class CloseRepairOrderRequestValidator : AbstractValidator<CloseRepairOrderRequest>
{
    public CloseRepairOrderRequestValidator() => RuleFor(r => r.NoFollowUpReason).MaximumLength(500);
}

internal sealed class ReopenRepairOrderRequestValidator : AbstractValidator<ReopenRepairOrderRequest>
{
    public ReopenRepairOrderRequestValidator()
    {
        RuleFor(r => r.Reason).NotEmpty().MaximumLength(500);
    }
}
