using System.Net;
using System.Net.Http.Json;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Residents.Contracts;
using PropertyCloud.Surveys.Api.Apis;
using PropertyCloud.Surveys.Api.Domain.Campaigns;
using PropertyCloud.Surveys.Api.Domain.Sampling;
using PropertyCloud.Surveys.Contracts;
using PropertyCloud.Testing;

namespace PropertyCloud.Surveys.FunctionalTests;

[Collection(SurveysCollection.Name)]
public class CampaignTests(SurveysService service)
{
    private readonly HttpClient _quality = service.ClientFor(Roles.Quality);

    private Task<CampaignResponse> StartAsync(IReadOnlyList<Guid> estates, IReadOnlyList<string>? surveyors = null, int seed = 42) =>
        service.StartCampaignAsync(estates, surveyors, seed);

    private async Task<List<SampledHouseholdResponse>> SampleAsync(HttpClient client, Guid estateId, Guid campaignId) =>
        (await client.GetFromJsonAsync<List<SampledHouseholdResponse>>(
            $"/api/surveys/estates/{estateId}/campaigns/{campaignId}/sample", TestJson.Options))!;

    [Fact]
    public async Task StartCampaign_ForAnEstateOfEightyHouseholds_DrawsTenPercentOverEveryEntranceAndPublishesTheStart()
    {
        var estateId = await service.SharedEstateAsync();

        var campaign = await StartAsync([estateId]);

        var coverage = Assert.Single(campaign.Estates);
        Assert.Equal(80, coverage.Households);
        Assert.Equal(4, coverage.Entrances);
        Assert.Equal(4, coverage.EntrancesCovered);
        Assert.Equal(8, coverage.Sampled);
        Assert.Equal(0.1m, coverage.Coverage);
        var sample = await SampleAsync(_quality, estateId, campaign.Id);
        Assert.Equal(8, sample.Select(s => s.UnitId).Distinct().Count());
        Assert.All(Enum.GetValues<FloorBand>(), band => Assert.Contains(sample, s => s.Band == band));
        await Eventually.TrueAsync(() => Task.FromResult(
            service.PublishedOf<SurveyCampaignStarted>().Any(e => e.CampaignId == campaign.Id && e.EstateId == estateId && e.SampledHouseholds == 8)));
    }

    [Fact]
    public async Task StartCampaign_AfterUnitsWereLeftVacant_SamplesOnlyLivedInHouseholds()
    {
        var estateId = await service.RegisterEstateAsync("一公司", buildings: 1);
        var vacant = service.Units[estateId].Take(10).ToList();
        await Task.WhenAll(vacant.Select(u => service.PublishAsync(new UnitUsageChanged
        {
            EventId = Guid.NewGuid(), OccurredAt = DateTimeOffset.UtcNow, EstateId = estateId, UnitId = u.UnitId,
            PreviousUsage = "Residence", Usage = "Vacant", ChangedBy = "staff",
        })));
        await Eventually.TrueAsync(async () => await service.OccupiedHouseholdsAsync(estateId) == 30);

        var campaign = await StartAsync([estateId]);

        Assert.Equal(30, campaign.Estates[0].Households);
        var sample = await SampleAsync(_quality, estateId, campaign.Id);
        Assert.DoesNotContain(sample, s => vacant.Any(v => v.UnitId == s.UnitId));
    }

    [Fact]
    public async Task StartCampaign_WithTheSameSeedTwice_DrawsTheSameHouseholds()
    {
        var estateId = await service.SharedEstateAsync();

        var first = await StartAsync([estateId], seed: 2005);
        var second = await StartAsync([estateId], seed: 2005);

        Assert.Equal((await SampleAsync(_quality, estateId, first.Id)).Select(s => s.UnitId),
            (await SampleAsync(_quality, estateId, second.Id)).Select(s => s.UnitId));
    }

    [Fact]
    public async Task RecordVisit_TwiceForTheSameHouseholdThroughAnotherChannel_IsAConflict()
    {
        var estateId = await service.SharedEstateAsync();
        var campaign = await StartAsync([estateId]);
        var household = (await SampleAsync(_quality, estateId, campaign.Id))[0];
        var path = $"/api/surveys/estates/{estateId}/campaigns/{campaign.Id}/sample/{household.Id}";
        var link = (await (await _quality.PostAsync($"{path}/link", null)).Content.ReadFromJsonAsync<LinkIssued>())!;

        var partial = await _quality.PostAsJsonAsync($"{path}/response", new ResponseRequest([new("daily-management-1", 5)], null, null));
        var result = (await partial.Content.ReadFromJsonAsync<ResponseResult>())!;
        var viaLink = await service.Factory.CreateClient().PostAsJsonAsync(link.Path, new ResponseRequest([new("daily-management-2", 4)], null, null));

        Assert.Equal(HttpStatusCode.OK, partial.StatusCode);
        Assert.False(result.Complete);
        Assert.Equal(1, result.AnsweredItems);
        Assert.Equal(HttpStatusCode.Conflict, viaLink.StatusCode);
    }

    [Fact]
    public async Task AnswerThroughLink_UntilComplete_SavesPartsThenRefusesTheUsedLink()
    {
        var estateId = await service.SharedEstateAsync();
        var campaign = await StartAsync([estateId]);
        var household = (await SampleAsync(_quality, estateId, campaign.Id))[1];
        var issued = await _quality.PostAsync($"/api/surveys/estates/{estateId}/campaigns/{campaign.Id}/sample/{household.Id}/link", null);
        var link = (await issued.Content.ReadFromJsonAsync<LinkIssued>())!;
        var resident = service.Factory.CreateClient();
        var questionnaire = (await resident.GetFromJsonAsync<TemplateResponse>(link.Path, TestJson.Options))!;
        var items = questionnaire.Categories.SelectMany(c => c.Items).Select(i => i.Code).ToList();

        var first = await resident.PostAsJsonAsync(link.Path, new ResponseRequest([.. items.Take(10).Select(i => new Api.Domain.Responses.Answer(i, 4))], null, null));
        var rest = await resident.PostAsJsonAsync(link.Path, new ResponseRequest([.. items.Skip(10).Select(i => new Api.Domain.Responses.Answer(i, 5))], 5, null));
        var again = await resident.GetAsync(link.Path);

        Assert.False((await first.Content.ReadFromJsonAsync<ResponseResult>())!.Complete);
        var done = (await rest.Content.ReadFromJsonAsync<ResponseResult>())!;
        Assert.True(done.Complete, await rest.Content.ReadAsStringAsync());
        Assert.Equal(25, done.AnsweredItems);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        await Eventually.TrueAsync(() => Task.FromResult(
            service.PublishedOf<SurveyResponseRecorded>().Any(e => e.ResponseId == done.Id && e.Complete && e.Channel == "link")));
    }

    [Fact]
    public async Task RecordVisit_WithAnAnswerOffTheScale_IsRefusedNamingTheField()
    {
        var estateId = await service.SharedEstateAsync();
        var campaign = await StartAsync([estateId]);
        var household = (await SampleAsync(_quality, estateId, campaign.Id))[2];

        var response = await _quality.PostAsJsonAsync($"/api/surveys/estates/{estateId}/campaigns/{campaign.Id}/sample/{household.Id}/response",
            new ResponseRequest([new("daily-management-1", 9)], null, null));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("answers[0].value", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Decline_ByAHousehold_DrawsAReplacementInTheSameBuilding()
    {
        var estateId = await service.SharedEstateAsync();
        var campaign = await StartAsync([estateId]);
        var sample = await SampleAsync(_quality, estateId, campaign.Id);

        var declined = await _quality.PostAsync($"/api/surveys/estates/{estateId}/campaigns/{campaign.Id}/sample/{sample[0].Id}/decline", null);

        var replacement = (await declined.Content.ReadFromJsonAsync<SampledHouseholdResponse>(TestJson.Options))!;
        Assert.Equal(sample[0].Id, replacement.ReplacesId);
        Assert.DoesNotContain(sample, s => s.UnitId == replacement.UnitId);
        Assert.Equal(sample[0].Address.Split('-')[0], replacement.Address.Split('-')[0]);
        var after = await SampleAsync(_quality, estateId, campaign.Id);
        Assert.Equal(SampleStatus.Declined, after.Single(s => s.Id == sample[0].Id).Status);
    }

    [Fact]
    public async Task SurveyorNotAssigned_ReadingTheSample_IsForbiddenWhileTheAssignedOneSeesAddressesOnly()
    {
        var estateId = await service.SharedEstateAsync();
        var (assigned, assignedId) = service.UserFor(Roles.Surveyor, estateId);
        var (other, _) = service.UserFor(Roles.Surveyor, estateId);
        var campaign = await StartAsync([estateId], [assignedId]);
        var path = $"/api/surveys/estates/{estateId}/campaigns/{campaign.Id}/sample";

        var seen = await assigned.GetAsync(path);
        var refused = await other.GetAsync(path);
        var frontDesk = await service.ClientFor(Roles.FrontDesk, estateId).GetAsync(path);
        var otherEstate = await service.UserFor(Roles.Surveyor, Guid.NewGuid()).Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, seen.StatusCode);
        var body = await seen.Content.ReadAsStringAsync();
        Assert.DoesNotContain("phone", body, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("栋-", body);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, frontDesk.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherEstate.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await assigned.PostAsync($"/api/surveys/campaigns/{campaign.Id}/close", null)).StatusCode);
        var assignedList = await assigned.GetFromJsonAsync<List<CampaignSummary>>($"/api/surveys/estates/{estateId}/campaigns", TestJson.Options);
        var otherList = await other.GetFromJsonAsync<List<CampaignSummary>>($"/api/surveys/estates/{estateId}/campaigns", TestJson.Options);
        Assert.Contains(assignedList!, c => c.Id == campaign.Id);
        Assert.DoesNotContain(otherList!, c => c.Id == campaign.Id);
    }
}
