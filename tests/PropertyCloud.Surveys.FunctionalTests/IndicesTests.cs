using System.Net;
using System.Text;
using System.Net.Http.Json;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Surveys.Api.Apis;
using PropertyCloud.Surveys.Api.Domain.Responses;
using PropertyCloud.Surveys.Api.Domain.Templates;
using PropertyCloud.Surveys.Contracts;
using PropertyCloud.Testing;
using UglyToad.PdfPig;

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
        Assert.Contains("<h2>四、业主提出的问题</h2><h3>一公司</h3><ol><li>日常管理工作（8户）：保洁及时</li></ol>"
            + "<h3>二公司</h3><ol><li>日常管理工作（8户）：楼道清洁不及时&lt;script&gt;</li></ol>", report);
        Assert.Equal([("一公司", 8), ("二公司", 8)], indices.CompanyRemarks.Select(c => (c.Company, Assert.Single(c.Remarks).Count)));
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
    public async Task CampaignReport_AsPdf_CarriesTheChineseHeadingsAndFigures()
    {
        var estateId = await service.RegisterEstateAsync("三公司");
        var planned = await _quality.PostAsJsonAsync("/api/surveys/campaigns", SurveysService.NewCampaign([estateId]));
        var campaign = (await planned.Content.ReadFromJsonAsync<CampaignResponse>(TestJson.Options))!;
        await _quality.PostAsync($"/api/surveys/campaigns/{campaign.Id}/start", null);
        var items = StandardTemplate.Create(DateTimeOffset.UnixEpoch).Categories.SelectMany(c => c.Items).Select(i => i.Code).ToList();
        await AnswerAllAsync(campaign.Id, estateId, items, value: 4, overall: 4, remark: "电梯维修不及时");
        await _quality.PostAsync($"/api/surveys/campaigns/{campaign.Id}/close", null);

        var response = await _quality.GetAsync($"/api/surveys/campaigns/{campaign.Id}/report?format=pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        // The CJK font maps some glyphs back to Kangxi radicals (⼆ for 二); NFKC folds them into the ideographs (and
        // full-width punctuation into ASCII, so the expected texts are folded too). It also maps 户 to its variant 戶,
        // which NFKC keeps: the expected texts avoid it.
        var text = string.Concat(pdf.GetPages().Select(p => p.Text)).Replace(" ", "", StringComparison.Ordinal).Normalize(NormalizationForm.FormKC);
        Assert.Contains(Fold("二、调查结果"), text);
        // Every answer 4 of 5 maps to 75 on the 0–100 scale.
        Assert.Contains(Fold("三公司提供服务的1个小区，"), text);
        Assert.Contains(Fold("满意度总体为75.0。"), text);
        Assert.Contains(Fold("电梯维修不及时"), text);
    }

    [Fact]
    public async Task CampaignReport_InAnUnknownFormat_IsRefusedNamingFormat()
    {
        var response = await _quality.GetAsync($"/api/surveys/campaigns/{Guid.NewGuid()}/report?format=xls");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("\"format\"", await response.Content.ReadAsStringAsync());
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

    private static string Fold(string text) => text.Normalize(NormalizationForm.FormKC);

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
