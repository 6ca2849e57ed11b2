using FluentValidation;

namespace PropertyCloud.Quality.Api.Apis;

/// <summary>The score's weights; only their ratio matters.</summary>
public sealed record ScoreWeightsRequest(decimal Sla, decimal Complaints, decimal Collection, decimal Survey, decimal Inspections, decimal OpenItems);

internal sealed class ScoreWeightsRequestValidator : AbstractValidator<ScoreWeightsRequest>
{
    public ScoreWeightsRequestValidator()
    {
        RuleFor(r => r.Sla).InclusiveBetween(0, 100);
        RuleFor(r => r.Complaints).InclusiveBetween(0, 100);
        RuleFor(r => r.Collection).InclusiveBetween(0, 100);
        RuleFor(r => r.Survey).InclusiveBetween(0, 100);
        RuleFor(r => r.Inspections).InclusiveBetween(0, 100);
        RuleFor(r => r.OpenItems).InclusiveBetween(0, 100);
    }
}
