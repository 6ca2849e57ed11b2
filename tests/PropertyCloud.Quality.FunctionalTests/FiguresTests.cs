using System.Net.Http.Json;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Quality.Api.Figures;
using PropertyCloud.Testing;

namespace PropertyCloud.Quality.FunctionalTests;

/// <summary>
/// Figures from the scripted October (<see cref="OctoberService"/>) against figures worked out by hand.
/// Percentiles are PostgreSQL's percentile_cont: p at position p·(n−1) of the sorted values, interpolated.
/// </summary>
[Collection(OctoberCollection.Name)]
public sealed class FiguresTests(OctoberService service)
{
    private const string October = "from=2026-10-01&to=2026-10-31";

    private Task<QualityFigures?> FiguresAsync(string url) =>
        service.ClientFor(Roles.Quality).GetFromJsonAsync<QualityFigures>(url, TestJson.Options);

    [Fact]
    public async Task EstateFigures_ForOctoberByMonth_EqualHandComputedOnes()
    {
        var figures = await FiguresAsync($"/api/quality/estates/{service.E1}/figures?{October}&granularity=month");

        var month = Assert.Single(figures!.Series);
        Assert.Equal(new DateOnly(2026, 10, 1), month.Start);
        // O1–O4 opened; O1, O2, O3 completed; O1 closed; O1 and O3 met, O2 and O4 breached.
        Assert.Equal(new RepairFigures(4, 3, 1, 2, 2, 0.5m, 25m, 37m, 180m, 1188m), month.Repairs);
        // Response 10, 20, 30, 40: median 25, p90 30 + 0.7·10 = 37. Resolution 120, 180, 1440: median 180, p90 180 + 0.8·1260 = 1188.
        Assert.Equal(new ComplaintFigures(3, 1, 2, 1, 900m), month.Complaints);
        // October bills 1000 + 500; collected 1000 − 300 refunded + 100 = 800; owed 300 + 400 past due.
        Assert.Equal(new BillingFigures(1500m, 800m, 0.5333m, 700m), month.Billing);
        Assert.Equal(new SurveyFigures(1, 85.50m, 88.00m), month.Surveys);
        Assert.Equal(new CorrectiveActionFigures(3, 1), month.CorrectiveActions);
        Assert.Equal(month with { Start = figures.From }, figures.Total);
        // A1 (deadline 11-10) and A3 (deadline 10-29) are open at the end of October; A3 is overdue.
        Assert.Equal(new OpenItems(2, 1, 0, 0), figures.Open);
    }

    [Fact]
    public async Task EstateFigures_ByDay_CountEachDayInShanghaiTime()
    {
        var figures = await FiguresAsync($"/api/quality/estates/{service.E1}/figures?from=2026-10-05&to=2026-10-07&granularity=day");

        Assert.Equal([new(2026, 10, 5), new(2026, 10, 6), new(2026, 10, 7)], figures!.Series.Select(b => b.Start));
        // 10-05: O1 and O2 opened, dispatched after 10 and 30 min, completed after 120 and 180 min; O1 met, O2 breached.
        Assert.Equal(new RepairFigures(2, 2, 0, 1, 1, 0.5m, 20m, 28m, 150m, 174m), figures.Series[0].Repairs);
        // 10-06: O3 and O4 opened and dispatched after 20 and 40 min; O1 closed; O4 breached at 22:00.
        Assert.Equal(new RepairFigures(2, 0, 1, 0, 1, 0m, 30m, 38m, null, null), figures.Series[1].Repairs);
        Assert.Equal(new RepairFigures(0, 1, 0, 1, 0, 1m, null, null, 1440m, 1440m), figures.Series[2].Repairs);
        Assert.Null(figures.Series[0].Billing);
    }

    [Fact]
    public async Task EstateFigures_ForAnOrderOpenedBefore8InTheMorningOfNovember1_CountItInNovember()
    {
        var november = await FiguresAsync($"/api/quality/estates/{service.E1}/figures?from=2026-11-01&to=2026-11-30&granularity=month");

        Assert.Equal(new RepairFigures(1, 1, 0, 1, 0, 1m, 15m, 15m, 120m, 120m), november!.Total.Repairs);
    }

    [Fact]
    public async Task CompanyFigures_AddUpItsEstates_AndWeightSurveysByHouseholds()
    {
        var figures = await FiguresAsync($"/api/quality/companies/{Uri.EscapeDataString(OctoberService.CompanyA)}/figures?{October}&granularity=month");

        // E1 and E2: response 10, 20, 30, 40, 50 (median 30, p90 40 + 0.6·10 = 46); resolution 60, 120, 180, 1440 (median 150, p90 180 + 0.7·1260 = 1062).
        Assert.Equal(new RepairFigures(5, 4, 1, 3, 2, 0.6m, 30m, 46m, 150m, 1062m), figures!.Total.Repairs);
        // (85.50·400 + 80.00·100) / 500 = 84.40; only E1 answered the overall question.
        Assert.Equal(new SurveyFigures(2, 84.40m, 88.00m), figures.Total.Surveys);
        Assert.Equal(3, figures.Total.Complaints.Received);
    }

    [Fact]
    public async Task GroupFigures_IncludeEveryCompany()
    {
        var figures = await FiguresAsync($"/api/quality/group/figures?{October}&granularity=month");

        Assert.Equal(4, figures!.Total.Complaints.Received);
        Assert.Equal(5, figures.Total.Repairs.Opened);
    }

    [Fact]
    public async Task EstateFigures_WithARangeEndingBeforeItStarts_AreRejectedNamingFrom()
    {
        var response = await service.ClientFor(Roles.Quality).GetAsync($"/api/quality/estates/{service.E1}/figures?from=2026-10-31&to=2026-10-01");

        Assert.Equal(System.Net.HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("from", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
