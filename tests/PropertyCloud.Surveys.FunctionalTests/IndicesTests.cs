using System.Net;
using System.Net.Http.Json;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Surveys.Api.Apis;
using PropertyCloud.Surveys.Api.Domain.Responses;
using PropertyCloud.Surveys.Api.Domain.Templates;
using PropertyCloud.Surveys.Contracts;
using PropertyCloud.Testing;

namespace PropertyCloud.Surveys.FunctionalTests;

[Collection(SurveysCollection.Name)]
public class IndicesTests(SurveysService service)
{
    private readonly HttpClient _quality = service.ClientFor(Roles.Quality);

    [Fact]
    public async Task CloseCampaign_AfterVisits_PublishesEachEstatesIndicesRanksEstatesAndReportsThemByCompany()
    {
        var good = await service.RegisterEstateAsync("一公司");
        var poor = await service.RegisterEstateAsync("二公司");
        var planned = await _quality.PostAsJsonAsync("/api/surveys/campaigns", SurveysService.NewCampaign([good, poor]));
        var campaign = (await planned.Content.ReadFromJsonAsync<CampaignResponse>(TestJson.Options))!;
        await _quality.PostAsync($"/api/surveys/campaigns/{campaign.Id}/start", null);
        var items = StandardTemplate.Create(DateTimeOffset.UnixEpoch).Categories.SelectMany(c => c.Items).Select(i => i.Code).ToList();
        await AnswerAllAsync(campaign.Id, good, items, value: 5, overall: 5, remark: "保洁及时");
        await AnswerAllAsync(campaign.Id, poor, items, value: 2, overall: 3, remark: "楼道清洁不及时<script>");

        var closed = await _quality.PostAsync($"/api/surveys/campaigns/{campaign.Id}/close", null);
        var indices = (await _quality.GetFromJsonAsync<CampaignIndicesResponse>($"/api/surveys/campaigns/{campaign.Id}/indices", TestJson.Options))!;
        var manager = await service.ClientFor(Roles.EstateManager, poor)
            .GetFromJsonAsync<IndicesResponse>($"/api/surveys/estates/{poor}/campaigns/{campaign.Id}/indices", TestJson.Options);

        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        Assert.Equal([good, poor], indices.Estates.Select(e => e.EstateId));
        Assert.Equal(100m, indices.Estates[0].Figures.Index);
        Assert.Equal(25m, manager!.Index);
        Assert.Equal(50m, manager.OverallSatisfaction);
        Assert.Equal(62.5m, indices.Group.Index);
        Assert.Equal(["一公司", "二公司"], indices.Companies.Select(c => c.Company));
        Assert.Contains(indices.Remarks, r => r.Kind == RemarkKind.Problem && r.Texts.Contains("楼道清洁不及时<script>"));
        var report = await _quality.GetStringAsync($"/api/surveys/campaigns/{campaign.Id}/report");
        Assert.Contains("二公司：1个小区总住户数80户，本次从中取样8户。", report);
        Assert.Contains("二公司提供服务的1个小区，客户满意度总体为50.0。其中各分项目客户满意度分别为：日常管理工作客户满意度为25.0", report);
        Assert.Contains("日常管理工作（16户）：保洁及时；楼道清洁不及时&lt;script&gt;", report);
        Assert.DoesNotContain("<script>", report);
        var trend = await service.ClientFor(Roles.EstateManager, poor)
            .GetFromJsonAsync<List<TrendPoint>>($"/api/surveys/estates/{poor}/trend", TestJson.Options);
        Assert.Equal([(campaign.Id, (decimal?)25m)], trend!.Select(p => (p.CampaignId, p.Index)));
        var events = await Eventually.GetAsync(() => Task.FromResult<List<SurveyCampaignClosed>?>(
            service.PublishedOf<SurveyCampaignClosed>().Where(e => e.CampaignId == campaign.Id).ToList() is { Count: 2 } found ? found : null));
        var poorEvent = events.Single(e => e.EstateId == poor);
        Assert.Equal(25m, poorEvent.Index);
        Assert.Equal(50m, poorEvent.OverallSatisfaction);
        Assert.Equal(6, poorEvent.Categories.Count);
        Assert.Equal(80, poorEvent.Households);
    }

    [Fact]
    public async Task RecordVisit_AfterTheCampaignClosed_IsRefused()
    {
        var estateId = await service.RegisterEstateAsync("一公司");
        var planned = await _quality.PostAsJsonAsync("/api/surveys/campaigns", SurveysService.NewCampaign([estateId]));
        var campaign = (await planned.Content.ReadFromJsonAsync<CampaignResponse>(TestJson.Options))!;
        await _quality.PostAsync($"/api/surveys/campaigns/{campaign.Id}/start", null);
        await _quality.PostAsync($"/api/surveys/campaigns/{campaign.Id}/close", null);
        var sample = (await _quality.GetFromJsonAsync<List<SampledHouseholdResponse>>(
            $"/api/surveys/estates/{estateId}/campaigns/{campaign.Id}/sample", TestJson.Options))!;

        var late = await _quality.PostAsJsonAsync($"/api/surveys/estates/{estateId}/campaigns/{campaign.Id}/sample/{sample[0].Id}/response",
            new ResponseRequest([new("brand-1", 5)], null, null));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, late.StatusCode);
    }

    private async Task AnswerAllAsync(Guid campaignId, Guid estateId, List<string> items, int value, int overall, string remark)
    {
        var (surveyor, _) = (service.ClientFor(Roles.EstateManager, estateId), "");
        var sample = (await surveyor.GetFromJsonAsync<List<SampledHouseholdResponse>>(
            $"/api/surveys/estates/{estateId}/campaigns/{campaignId}/sample", TestJson.Options))!;
        foreach (var household in sample)
        {
            var saved = await surveyor.PostAsJsonAsync($"/api/surveys/estates/{estateId}/campaigns/{campaignId}/sample/{household.Id}/response",
                new ResponseRequest([.. items.Select(i => new Answer(i, value))], overall, [new Remark(RemarkKind.Problem, "daily-management", remark)]));
            Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        }
    }
}
