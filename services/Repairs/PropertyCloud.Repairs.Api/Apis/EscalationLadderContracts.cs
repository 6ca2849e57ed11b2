using FluentValidation;
using PropertyCloud.Repairs.Api.Domain;

namespace PropertyCloud.Repairs.Api.Apis;

public sealed record EscalationRungRequest(int AfterMinutes, EscalationRecipient? Notify);

/// <summary>The rungs, first to last: minutes after the breach and who is told.</summary>
public sealed record EscalationLadderRequest(IReadOnlyList<EscalationRungRequest> Rungs);

public sealed record EscalationLadderResponse(Guid EstateId, IReadOnlyList<EscalationRung> Rungs);

internal sealed class EscalationLadderRequestValidator : AbstractValidator<EscalationLadderRequest>
{
    public EscalationLadderRequestValidator()
    {
        RuleFor(r => r.Rungs).NotEmpty().Must(r => r is null || r.Count <= 10);
        RuleForEach(r => r.Rungs).NotNull().ChildRules(rung =>
        {
            rung.RuleFor(x => x.AfterMinutes).InclusiveBetween(0, 7 * 24 * 60);
            rung.RuleFor(x => x.Notify).NotNull().IsInEnum();
        });
    }
}
