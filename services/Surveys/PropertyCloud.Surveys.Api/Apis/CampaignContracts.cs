using FluentValidation;
using PropertyCloud.Surveys.Api.Domain.Campaigns;

namespace PropertyCloud.Surveys.Api.Apis;

/// <summary>A campaign to plan; the seed is chosen at random when none is given, and recorded either way.</summary>
public sealed record CampaignRequest(
    string Name, Guid TemplateId, IReadOnlyList<Guid> EstateIds, DateOnly PeriodStart, DateOnly PeriodEnd,
    string SurveyorOrganisation, bool ThirdParty, decimal? SamplingRate, int? MinimumResponses, int? Seed,
    IReadOnlyList<string>? SurveyorIds);

/// <summary>An estate's sample against its households: coverage, entrances covered, responses so far.</summary>
public sealed record EstateCoverage(
    Guid EstateId, string? EstateName, int Households, int Entrances, int EntrancesCovered, int Target, int Sampled,
    int Declined, int Responses, int CompleteResponses, decimal Coverage, int Seed);

public sealed record CampaignResponse(
    Guid Id, string Name, Guid TemplateId, int TemplateVersion, DateOnly PeriodStart, DateOnly PeriodEnd,
    string SurveyorOrganisation, bool ThirdParty, decimal SamplingRate, int MinimumResponses, int Seed,
    CampaignStatus Status, IReadOnlyList<string> SurveyorIds, IReadOnlyList<EstateCoverage> Estates);

/// <summary>A campaign in a list: what it is and where it stands.</summary>
public sealed record CampaignSummary(
    Guid Id, string Name, DateOnly PeriodStart, DateOnly PeriodEnd, string SurveyorOrganisation, CampaignStatus Status, int Estates)
{
    public static CampaignSummary From(Campaign c) =>
        new(c.Id, c.Name, c.PeriodStart, c.PeriodEnd, c.SurveyorOrganisation, c.Status, c.Estates.Count);
}

internal sealed class CampaignRequestValidator : AbstractValidator<CampaignRequest>
{
    public CampaignRequestValidator()
    {
        RuleFor(r => r.Name).NotEmpty().MaximumLength(200);
        RuleFor(r => r.TemplateId).NotEmpty();
        RuleFor(r => r.EstateIds).NotEmpty();
        RuleFor(r => r.SurveyorOrganisation).NotEmpty().MaximumLength(200);
        RuleFor(r => r.SamplingRate).InclusiveBetween(0.10m, 1m);
        RuleFor(r => r.MinimumResponses).InclusiveBetween(1, 10_000);
        RuleFor(r => r.PeriodEnd).GreaterThanOrEqualTo(r => r.PeriodStart);
    }
}
