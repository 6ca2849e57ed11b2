using FluentValidation;
using PropertyCloud.Surveys.Api.Domain.Campaigns;
using PropertyCloud.Surveys.Api.Domain.Responses;
using PropertyCloud.Surveys.Api.Domain.Sampling;

namespace PropertyCloud.Surveys.Api.Apis;

/// <summary>A sampled household as a surveyor sees it: the door to knock on, no name, no phone.</summary>
public sealed record SampledHouseholdResponse(
    Guid Id, Guid UnitId, string Address, int Floor, FloorBand Band, int DrawOrder, SampleStatus Status, Guid? ReplacesId,
    bool Responded, bool Complete)
{
    public static SampledHouseholdResponse From(SampledHousehold s, SurveyResponse? response) =>
        new(s.Id, s.UnitId, s.Address, s.Floor, s.Band, s.DrawOrder, s.Status, s.ReplacesId, response is not null, response?.Complete ?? false);
}

/// <summary>Answers to save; a partial save is kept and can be continued.</summary>
public sealed record ResponseRequest(IReadOnlyList<Answer> Answers, int? Overall, IReadOnlyList<Remark>? Remarks);

public sealed record ResponseResult(Guid Id, Guid SampledHouseholdId, bool Complete, int AnsweredItems, int TotalItems);

/// <summary>The one-time link's token, shown once; only its hash is kept.</summary>
public sealed record LinkIssued(string Token, string Path);

internal sealed class ResponseRequestValidator : AbstractValidator<ResponseRequest>
{
    public ResponseRequestValidator()
    {
        RuleFor(r => r.Answers).NotNull();
        RuleForEach(r => r.Answers).NotNull().ChildRules(answer => answer.RuleFor(a => a.ItemCode).NotEmpty().MaximumLength(64));
        RuleForEach(r => r.Remarks).NotNull().ChildRules(remark =>
        {
            remark.RuleFor(m => m.Kind).IsInEnum();
            remark.RuleFor(m => m.Text).NotEmpty().MaximumLength(1000);
        });
    }
}
