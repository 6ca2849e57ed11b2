using PropertyCloud.Surveys.Api.Domain.Campaigns;
using PropertyCloud.Surveys.Api.Domain.Indices;
using PropertyCloud.Surveys.Api.Domain.Rules;
using PropertyCloud.Surveys.Api.Domain.Templates;

namespace PropertyCloud.Surveys.Api.Domain.Responses;

/// <summary>
/// The one response of a sampled household. It may be saved partially and continued through the same channel; it is
/// complete once every item (and the overall question, if any) is answered.
/// </summary>
public sealed class SurveyResponse
{
    private SurveyResponse()
    {
        Answers = [];
        Remarks = [];
    }

    public Guid Id { get; private set; }
    public Guid CampaignId { get; private set; }
    public Guid EstateId { get; private set; }
    public Guid SampledHouseholdId { get; private set; }
    public Guid UnitId { get; private set; }
    public ResponseChannel Channel { get; private set; }
    public List<Answer> Answers { get; private set; }
    public int? Overall { get; private set; }
    public List<Remark> Remarks { get; private set; }
    public bool Complete { get; private set; }

    /// <summary>The surveyor's user id for a visit; null for a resident's link.</summary>
    public string? RecordedBy { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }
    public DateTimeOffset SavedAt { get; private set; }

    public static SurveyResponse Begin(SampledHousehold household, ResponseChannel channel, string? recordedBy, DateTimeOffset now)
    {
        HouseholdMustTakePart.Check(household);
        return new SurveyResponse
        {
            Id = Guid.CreateVersion7(),
            CampaignId = household.CampaignId,
            EstateId = household.EstateId,
            SampledHouseholdId = household.Id,
            UnitId = household.UnitId,
            Channel = channel,
            RecordedBy = recordedBy,
            StartedAt = now,
            SavedAt = now,
        };
    }

    /// <summary>Adds or changes answers (partial saves accumulate); a completed response is final.</summary>
    public void Save(SurveyTemplate template, ResponseChannel channel, IReadOnlyList<Answer> answers, int? overall,
        IReadOnlyList<Remark> remarks, DateTimeOffset now)
    {
        if (Complete || channel != Channel)
        {
            throw OneResponsePerHousehold.Broken();
        }
        ResponseMustFitTemplate.Check(template, answers, overall, remarks);
        foreach (var answer in answers)
        {
            Answers.RemoveAll(a => a.ItemCode == answer.ItemCode);
            Answers.Add(answer);
        }
        Overall = overall ?? Overall;
        Remarks.AddRange(remarks);
        Complete = Answers.Count == template.ItemCount && (template.OverallQuestion is null || Overall is not null);
        SavedAt = now;
    }

    public ScoredResponse Scored(SurveyTemplate template, decimal weight) => new(
        weight,
        Answers.ToDictionary(a => a.ItemCode, a => template.ToIndex(a.Value, a.ItemCode)),
        Overall is { } overall ? template.ToIndex(overall, "overall") : null);
}
