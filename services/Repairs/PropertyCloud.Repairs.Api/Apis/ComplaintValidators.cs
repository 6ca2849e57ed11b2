using FluentValidation;

namespace PropertyCloud.Repairs.Api.Apis;

internal sealed class RecordComplaintRequestValidator : AbstractValidator<RecordComplaintRequest>
{
    public RecordComplaintRequestValidator()
    {
        RuleFor(r => r.Channel).NotNull().IsInEnum();
        RuleFor(r => r.Category).NotNull().IsInEnum();
        RuleFor(r => r.Description).NotEmpty().MaximumLength(2000);
    }
}

internal sealed class AssignComplaintRequestValidator : AbstractValidator<AssignComplaintRequest>
{
    public AssignComplaintRequestValidator()
    {
        RuleFor(r => r.AssigneeId).NotEmpty().MaximumLength(100);
        RuleFor(r => r.AssigneeName).NotEmpty().MaximumLength(100);
    }
}

internal sealed class RespondToComplaintRequestValidator : AbstractValidator<RespondToComplaintRequest>
{
    public RespondToComplaintRequestValidator() => RuleFor(r => r.Response).NotEmpty().MaximumLength(2000);
}

internal sealed class ResolveComplaintRequestValidator : AbstractValidator<ResolveComplaintRequest>
{
    public ResolveComplaintRequestValidator()
    {
        RuleFor(r => r.Result).NotEmpty().MaximumLength(2000);
        RuleFor(r => r.Opinion).NotNull().IsInEnum();
    }
}

internal sealed class CallBackComplaintRequestValidator : AbstractValidator<CallBackComplaintRequest>
{
    public CallBackComplaintRequestValidator() => RuleFor(r => r.Note).NotEmpty().MaximumLength(1000);
}

internal sealed class CloseComplaintRequestValidator : AbstractValidator<CloseComplaintRequest>
{
    public CloseComplaintRequestValidator() => RuleFor(r => r.LessonsLearnt).MaximumLength(2000);
}

internal sealed class ReopenComplaintRequestValidator : AbstractValidator<ReopenComplaintRequest>
{
    public ReopenComplaintRequestValidator()
    {
        RuleFor(r => r.Reason).NotEmpty().MaximumLength(500);
    }
}
