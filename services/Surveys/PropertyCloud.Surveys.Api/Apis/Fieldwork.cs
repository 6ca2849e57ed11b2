using Microsoft.EntityFrameworkCore;
using PropertyCloud.BuildingBlocks.EventBus;
using PropertyCloud.Surveys.Api.Domain.Campaigns;
using PropertyCloud.Surveys.Api.Domain.Responses;
using PropertyCloud.Surveys.Api.Domain.Rules;
using PropertyCloud.Surveys.Api.Infrastructure;
using PropertyCloud.Surveys.Contracts;

namespace PropertyCloud.Surveys.Api.Apis;

/// <summary>Saving a household's response, the same way for a surveyor's visit and a resident's link.</summary>
internal static class Fieldwork
{
    public static async Task<ResponseResult> SaveResponseAsync(
        SurveysDb db, Campaign campaign, SampledHousehold household, ResponseChannel channel, string? recordedBy,
        ResponseRequest request, DateTimeOffset now, CancellationToken cancellationToken)
    {
        CampaignMustBeOpen.Check(campaign);
        var template = await db.Templates.AsNoTracking().FirstAsync(t => t.Id == campaign.TemplateId, cancellationToken);
        var response = await db.Responses.FirstOrDefaultAsync(r => r.SampledHouseholdId == household.Id, cancellationToken);
        if (response is null)
        {
            response = SurveyResponse.Begin(household, channel, recordedBy, now);
            db.Responses.Add(response);
        }
        response.Save(template, channel, request.Answers, request.Overall, request.Remarks ?? [], now);
        db.AddIntegrationEvent(new SurveyResponseRecorded
        {
            EventId = Guid.CreateVersion7(),
            OccurredAt = now,
            EstateId = response.EstateId,
            CampaignId = response.CampaignId,
            ResponseId = response.Id,
            UnitId = response.UnitId,
            Complete = response.Complete,
            Channel = channel == ResponseChannel.Visit ? "visit" : "link",
            AnsweredItems = response.Answers.Count,
            TotalItems = template.ItemCount,
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two first saves of the same household raced; the unique index kept one.
            throw OneResponsePerHousehold.Broken();
        }
        return new ResponseResult(response.Id, household.Id, response.Complete, response.Answers.Count, template.ItemCount);
    }
}
