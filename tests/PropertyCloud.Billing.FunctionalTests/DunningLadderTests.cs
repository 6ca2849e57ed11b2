using System.Net;
using System.Net.Http.Json;
using PropertyCloud.Billing.Api.Apis;
using PropertyCloud.Billing.Api.Domain;
using PropertyCloud.Billing.Api.Domain.Dunning;
using PropertyCloud.BuildingBlocks.Api;
using Microsoft.EntityFrameworkCore;
using PropertyCloud.Testing;

namespace PropertyCloud.Billing.FunctionalTests;

[Collection(MoneyCollection.Name)]
public sealed class DunningLadderTests(BillingService service)
{
    private readonly FinanceDesk _desk = new(service);

    private Task<HttpResponseMessage> ConfigureAsync(int reminder, int notice, int final, decimal? rate) =>
        _desk.Client.PutAsJsonAsync($"{_desk.Estate}/dunning/policy", new DunningPolicyRequest(reminder, notice, final, rate));

    private async Task<IReadOnlyList<DunningNoticeResponse>> SendRoundAsync() =>
        await FinanceDesk.ReadAsync<List<DunningNoticeResponse>>(await _desk.Client.PostAsync($"{_desk.Estate}/dunning/notices", null), HttpStatusCode.OK);

    private async Task<ArrearsResponse> ArrearsAsync(Guid unit) =>
        (await _desk.Client.GetFromJsonAsync<ArrearsResponse>($"{_desk.Estate}/units/{unit}/arrears", TestJson.Options))!;

    private async Task<IReadOnlyList<DunningNoticeResponse>> NoticesAsync(string query = "") =>
        (await _desk.Client.GetFromJsonAsync<PagedResult<DunningNoticeResponse>>($"{_desk.Estate}/dunning/notices?pageSize=100{query}", TestJson.Options))!.Items;

    [Fact]
    public async Task ScheduledRound_ClimbsTheConfiguredLadder_RecordingEachStepOnce()
    {
        await _desk.ChargeItemAsync("物业管理费", ChargeKind.ManagementFee, 1m);
        var unit = await _desk.UnitAsync(buildingArea: 100m);
        await _desk.RunBillsAsync("2025-01");
        await _desk.RunBillsAsync("2099-01");

        // The 2025-01 bill is hundreds of days overdue: past the notice, short of a final notice at 3 000 days.
        Assert.Equal(HttpStatusCode.OK, (await ConfigureAsync(7, 30, 3000, null)).StatusCode);
        var notice = await Eventually.GetAsync(async () => (await NoticesAsync()).SingleOrDefault(), because: "the scheduled round should send a notice");
        Assert.Equal(HttpStatusCode.OK, (await ConfigureAsync(7, 30, 60, null)).StatusCode);
        await Eventually.TrueAsync(async () => (await NoticesAsync()).Count == 2, because: "the scheduled round should climb to the final notice");
        await Task.Delay(TimeSpan.FromSeconds(1)); // two more rounds
        var manual = await SendRoundAsync();

        var notices = await NoticesAsync($"&unitId={unit}");
        Assert.Equal((unit, "2025-01", DunningStep.Notice, 100m), (notice.UnitId, notice.Period, notice.Step, notice.AmountOwed));
        Assert.Equal([DunningStep.Notice, DunningStep.FinalNotice], notices.Select(n => n.Step).Order());
        Assert.Empty(manual);
        Assert.Equal(DunningStep.FinalNotice, Assert.Single((await ArrearsAsync(unit)).Bills).LastStep);
    }

    [Fact]
    public async Task ManualRounds_RunConcurrently_SendEachBillItsStepOnce()
    {
        await _desk.ChargeItemAsync("物业管理费", ChargeKind.ManagementFee, 1m);
        for (var i = 0; i < 5; i++)
        {
            await _desk.UnitAsync(buildingArea: 100m, number: $"{1501 + i}");
        }
        await _desk.RunBillsAsync("2025-01");

        var rounds = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => SendRoundAsync()));

        Assert.Equal(5, rounds.Sum(r => r.Count));
        Assert.Equal(5, (await NoticesAsync()).Select(n => n.BillId).Distinct().Count());
    }

    [Fact]
    public async Task ManualRound_WhileAnotherJobHoldsTheBill_WaitsForItInsteadOfLeavingItOut()
    {
        await _desk.ChargeItemAsync("物业管理费", ChargeKind.ManagementFee, 1m);
        var unit = await _desk.UnitAsync(buildingArea: 100m);
        await _desk.RunBillsAsync("2025-01");

        Task<IReadOnlyList<DunningNoticeResponse>>? round = null;
        await _desk.InDbAsync(async db =>
        {
            // Another job (the overdue or late-fee scan) holding the bill for a moment.
            await using var transaction = await db.Database.BeginTransactionAsync();
            await db.Database.ExecuteSqlAsync($"SELECT 1 FROM bills WHERE unit_id = {unit} FOR UPDATE");
            round = SendRoundAsync();
            await Task.Delay(TimeSpan.FromMilliseconds(500));
            await transaction.CommitAsync();
            return 0;
        });

        Assert.Equal(unit, Assert.Single(await round!).UnitId);
    }

    [Fact]
    public async Task Notices_ListedByBuildingAndAgeOfDebt_ShowOnlyThoseAndTheirUnit()
    {
        await _desk.ChargeItemAsync("物业管理费", ChargeKind.ManagementFee, 1m);
        var unit = await _desk.UnitAsync(buildingArea: 100m, number: "0801");
        await service.PublishAsync(BillingService.NewUnit(_desk.EstateId, 100m, "0901") with { BuildingCode = "5栋" });
        await Eventually.TrueAsync(async () => (await _desk.InDbAsync(db => db.Units.CountAsync(u => u.EstateId == _desk.EstateId))) == 2);
        await _desk.RunBillsAsync("2025-01");
        await SendRoundAsync();

        var third = await NoticesAsync("&buildingCode=" + Uri.EscapeDataString("3栋") + "&minAge=Over180Days");
        var fifth = await NoticesAsync("&buildingCode=" + Uri.EscapeDataString("5栋"));

        var notice = Assert.Single(third);
        Assert.Equal((unit, "3栋", "0801", DebtAge.Over180Days), (notice.UnitId, notice.BuildingCode, notice.Number, notice.Age));
        Assert.Equal("0901", Assert.Single(fifth).Number);
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
        // The late-fee job may have charged fees meanwhile; the payment settles principal first.
        Assert.Equal(600m, partly.Outstanding - partly.Bills.Sum(b => b.LateFeeCharged));
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

    [Theory]
    [InlineData("lateFeeGraceDays", "1.5")]
    [InlineData("lateFeeCapPercent", "\"twelve\"")]
    [InlineData("lateFeeStart", "\"NoSuchStart\"")]
    public async Task ConfigurePolicy_WithAnUnreadableLateFeeSetting_Returns400NamingThatSetting(string field, string json)
    {
        var body = $$"""{"reminderAfterDays":7,"noticeAfterDays":30,"finalNoticeAfterDays":60,"lateFeeDailyRate":0.0003,"{{field}}":{{json}}}""";

        var errors = await FinanceDesk.ErrorsAsync(await _desk.Client.PutAsync($"{_desk.Estate}/dunning/policy",
            new StringContent(body, System.Text.Encoding.UTF8, "application/json")), HttpStatusCode.BadRequest);

        Assert.True(errors.TryGetProperty(field, out _), errors.ToString());
        Assert.False(errors.TryGetProperty("lateFeeDailyRate", out _), errors.ToString());
    }

    [Fact]
    public async Task DunningRound_ByQuality_Returns403() =>
        Assert.Equal(HttpStatusCode.Forbidden, (await _desk.ClientAs(PropertyCloud.BuildingBlocks.Security.Roles.Quality)
            .PostAsync($"{_desk.Estate}/dunning/notices", null)).StatusCode);
}
