using FluentValidation;
using PropertyCloud.Repairs.Api.Domain;

namespace PropertyCloud.Repairs.Api.Apis;

public sealed record SlaPolicyRequest(int ResponseMinutes, int OnSiteMinutes, int ResolutionMinutes)
{
    public SlaTimes ToTimes() => new(ResponseMinutes, OnSiteMinutes, ResolutionMinutes);
}

/// <summary>The SLA in force for one category and urgency; <c>IsDefault</c> when the estate has not set its own.</summary>
public sealed record SlaPolicyResponse(
    RepairCategory Category, RepairUrgency Urgency, int ResponseMinutes, int OnSiteMinutes, int ResolutionMinutes, bool IsDefault);

internal sealed class SlaPolicyRequestValidator : AbstractValidator<SlaPolicyRequest>
{
    private const int AMonth = 31 * 24 * 60;

    public SlaPolicyRequestValidator()
    {
        RuleFor(r => r.ResponseMinutes).InclusiveBetween(1, AMonth);
        RuleFor(r => r.OnSiteMinutes).InclusiveBetween(1, AMonth);
        RuleFor(r => r.ResolutionMinutes).InclusiveBetween(1, AMonth);
    }
}
