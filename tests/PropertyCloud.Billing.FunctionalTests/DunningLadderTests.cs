using System.Net;
using System.Net.Http.Json;
using PropertyCloud.Billing.Api.Apis;
using PropertyCloud.Billing.Api.Domain;
using PropertyCloud.Billing.Api.Domain.Dunning;
using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.Testing;

namespace PropertyCloud.Billing.FunctionalTests;

[Collection(BillingCollection.Name)]
public sealed class DunningLadderTests(BillingService service)
{
    private readonly FinanceDesk _desk = new(service);

    private Task<HttpResponseMessage> ConfigureAsync(int reminder, int notice, int final, decimal? rate) =>
        _desk.Client.PutAsJsonAsync($"{_desk.Estate}/dunning/policy", new DunningPolicyRequest(reminder, notice, final, rate));

    private async Task<IReadOnlyList<DunningNoticeResponse>> SendRoundAsync() =>
        await FinanceDesk.ReadAsync<List<DunningNoticeResponse>>(await _desk.Client.PostAsync($"{_desk.Estate}/dunning/notices", null), HttpStatusCode.OK);

    private async Task<ArrearsResponse> ArrearsAsync(Guid unit) =>
        (await _desk.Client.GetFromJsonAsync<ArrearsResponse>($"{_desk.Estate}/units/{unit}/arrears", TestJson.Options))!;

    [Fact]
    public async Task DunningRound_SendsEachOverdueBillItsStepOnce_AndRecordsIt()
    {
        await _desk.ChargeItemAsync("物业管理费", ChargeKind.ManagementFee, 1m);
        var unit = await _desk.UnitAsync(buildingArea: 100m);
        await _desk.RunBillsAsync("2025-01");
        await _desk.RunBillsAsync("2099-01");
        Assert.Equal(HttpStatusCode.OK, (await ConfigureAsync(7, 30, 60, null)).StatusCode);

        var first = await SendRoundAsync();
        var second = await SendRoundAsync();

        var notice = Assert.Single(first);
        Assert.Equal((unit, "2025-01", DunningStep.FinalNotice, 100m, 0m), (notice.UnitId, notice.Period, notice.Step, notice.AmountOwed, notice.LateFee));
        Assert.Empty(second);
        var recorded = await _desk.Client.GetFromJsonAsync<PagedResult<DunningNoticeResponse>>($"{_desk.Estate}/dunning/notices?unitId={unit}", TestJson.Options);
        Assert.Equal(notice.Id, Assert.Single(recorded!.Items).Id);
        Assert.Equal(DunningStep.FinalNotice, Assert.Single((await ArrearsAsync(unit)).Bills).LastStep);
    }

    [Fact]
    public async Task Arrears_WithoutALateFeeConfigured_ChargesNone_AndWithOneStopsAccruingOnWhatIsPaid()
    {
        await _desk.ChargeItemAsync("物业管理费", ChargeKind.ManagementFee, 10m);
        var unit = await _desk.UnitAsync(buildingArea: 100m);
        await _desk.RunBillsAsync("2025-01");
        var free = await ArrearsAsync(unit);
        await ConfigureAsync(7, 30, 60, 0.0005m);
        var whole = await ArrearsAsync(unit);
        await _desk.PayAsync(unit, 400m);

        var partly = await ArrearsAsync(unit);

        Assert.Equal((1000m, 0m), (free.Outstanding, free.LateFees));
        Assert.True(whole.LateFees > 0, whole.LateFees.ToString());
        Assert.Equal(600m, partly.Outstanding);
        // Paid today: today's accrual is on 600, not 1000 (0.0005 × 400 less).
        Assert.Equal(whole.LateFees - 0.20m, partly.LateFees);
    }

    [Fact]
    public async Task ConfigurePolicy_WithALadderThatDoesNotClimb_Returns422NamingTheRung()
    {
        var errors = await FinanceDesk.ErrorsAsync(await ConfigureAsync(30, 10, 60, null), HttpStatusCode.UnprocessableEntity);

        Assert.True(errors.TryGetProperty("noticeAfterDays", out _), errors.ToString());
    }

    [Fact]
    public async Task ConfigurePolicy_WithANegativeRate_Returns400NamingIt()
    {
        var errors = await FinanceDesk.ErrorsAsync(await ConfigureAsync(7, 30, 60, -0.1m), HttpStatusCode.BadRequest);

        Assert.True(errors.TryGetProperty("lateFeeDailyRate", out _), errors.ToString());
    }

    [Fact]
    public async Task DunningRound_ByQuality_Returns403() =>
        Assert.Equal(HttpStatusCode.Forbidden, (await _desk.ClientAs(PropertyCloud.BuildingBlocks.Security.Roles.Quality)
            .PostAsync($"{_desk.Estate}/dunning/notices", null)).StatusCode);
}
