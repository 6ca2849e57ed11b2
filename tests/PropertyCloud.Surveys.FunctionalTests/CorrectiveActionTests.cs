using System.Net;
using System.Net.Http.Json;
using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Surveys.Api.Apis;
using PropertyCloud.Surveys.Api.Domain.Actions;
using PropertyCloud.Surveys.Contracts;
using PropertyCloud.Testing;

namespace PropertyCloud.Surveys.FunctionalTests;

[Collection(SurveysCollection.Name)]
public class CorrectiveActionTests(SurveysService service)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
    private readonly HttpClient _quality = service.ClientFor(Roles.Quality);

    private async Task<(Guid EstateId, CorrectiveActionResponse Action)> OpenAsync(string? itemCode = "daily-management-3")
    {
        var estateId = await service.SharedEstateAsync();
        var campaign = await service.StartCampaignAsync([estateId]);
        var opened = await service.ClientFor(Roles.EstateManager, estateId).PostAsJsonAsync($"/api/surveys/estates/{estateId}/corrective-actions",
            new CorrectiveActionRequest(campaign.Id, null, itemCode, "保洁 61.3，低于公司平均 12 分", "楼道清洁整改", Guid.NewGuid(), Today.AddDays(14)));
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        return (estateId, (await opened.Content.ReadFromJsonAsync<CorrectiveActionResponse>(TestJson.Options))!);
    }

    [Fact]
    public async Task OpenAction_FromALowItem_RecordsItsCategoryAndPublishesIt()
    {
        var (_, action) = await OpenAsync();

        Assert.Equal("daily-management", action.CategoryCode);
        Assert.Equal(CorrectiveActionStatus.Open, action.Status);
        await Eventually.TrueAsync(() => Task.FromResult(
            service.PublishedOf<CorrectiveActionOpened>().Any(e => e.ActionId == action.Id && e.ItemCode == "daily-management-3")));
    }

    [Fact]
    public async Task OpenAction_ForAnItemNotInTheTemplate_IsRefusedNamingTheField()
    {
        var estateId = await service.SharedEstateAsync();
        var campaign = await service.StartCampaignAsync([estateId]);

        var opened = await _quality.PostAsJsonAsync($"/api/surveys/estates/{estateId}/corrective-actions",
            new CorrectiveActionRequest(campaign.Id, null, "no-such-item", "x", "x", Guid.NewGuid(), Today.AddDays(3)));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, opened.StatusCode);
        Assert.Contains("itemCode", await opened.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Verify_NotEffectiveThenEffective_KeepsItOpenWithANewDeadlineThenClosesIt()
    {
        var (estateId, action) = await OpenAsync();
        var path = $"/api/surveys/estates/{estateId}/corrective-actions/{action.Id}/verifications";

        var withoutDeadline = await _quality.PostAsJsonAsync(path, new VerificationRequest(Today, false, "楼道仍有垃圾", null));
        var notYet = await _quality.PostAsJsonAsync(path, new VerificationRequest(Today, false, "楼道仍有垃圾", Today.AddDays(7)));
        var done = await _quality.PostAsJsonAsync(path, new VerificationRequest(Today, true, "回访三户均满意", null));
        var again = await _quality.PostAsJsonAsync(path, new VerificationRequest(Today, true, "再次回访", null));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, withoutDeadline.StatusCode);
        var open = (await notYet.Content.ReadFromJsonAsync<CorrectiveActionResponse>(TestJson.Options))!;
        Assert.Equal(CorrectiveActionStatus.Open, open.Status);
        Assert.Equal(Today.AddDays(7), open.Deadline);
        var closed = (await done.Content.ReadFromJsonAsync<CorrectiveActionResponse>(TestJson.Options))!;
        Assert.Equal(CorrectiveActionStatus.Closed, closed.Status);
        Assert.Equal(2, closed.Verifications.Count);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        await Eventually.TrueAsync(() => Task.FromResult(
            service.PublishedOf<CorrectiveActionVerified>().Count(e => e.ActionId == action.Id) == 2));
    }

    [Fact]
    public async Task PassedDeadline_OfAnOpenAction_EscalatesToQualityOnce()
    {
        var (estateId, action) = await OpenAsync();

        await service.MoveDeadlineBackAsync(action.Id, 15);

        await Eventually.TrueAsync(() => Task.FromResult(service.PublishedOf<CorrectiveActionOverdue>().Any(e => e.ActionId == action.Id)));
        var overdue = await _quality.GetFromJsonAsync<PagedResult<CorrectiveActionResponse>>(
            $"/api/surveys/estates/{estateId}/corrective-actions?overdue=true", TestJson.Options);
        Assert.Equal([action.Id], overdue!.Items.Select(a => a.Id));
        await Task.Delay(1000);
        Assert.Single(service.PublishedOf<CorrectiveActionOverdue>(), e => e.ActionId == action.Id);
    }

    [Fact]
    public async Task Verify_ByTheEstateManager_IsForbidden()
    {
        var (estateId, action) = await OpenAsync();

        var verified = await service.ClientFor(Roles.EstateManager, estateId).PostAsJsonAsync(
            $"/api/surveys/estates/{estateId}/corrective-actions/{action.Id}/verifications", new VerificationRequest(Today, true, "ok", null));
        var frontDesk = await service.ClientFor(Roles.FrontDesk, estateId).GetAsync($"/api/surveys/estates/{estateId}/corrective-actions");

        Assert.Equal(HttpStatusCode.Forbidden, verified.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, frontDesk.StatusCode);
    }
}
