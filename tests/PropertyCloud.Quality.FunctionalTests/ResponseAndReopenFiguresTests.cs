using System.Net.Http.Json;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Quality.Api.Figures;
using PropertyCloud.Testing;

namespace PropertyCloud.Quality.FunctionalTests;

/// <summary>
/// True response times, reopenings and survey categories from the scripted October (<see cref="OctoberService"/>),
/// worked out by hand. Percentiles are percentile_cont: p at position p·(n−1) of the sorted values, interpolated.
/// </summary>
[Collection(OctoberCollection.Name)]
public sealed class ResponseAndReopenFiguresTests(OctoberService service)
{
    private const string October = "from=2026-10-01&to=2026-10-31";

    private Task<QualityFigures?> FiguresAsync(string url) =>
        service.ClientFor(Roles.Quality).GetFromJsonAsync<QualityFigures>(url, TestJson.Options);

    [Fact]
    public async Task EstateFigures_ForOctober_GiveAcceptOnSiteAndFirstResponseTimes()
    {
        var figures = await FiguresAsync($"/api/quality/estates/{service.E1}/figures?{October}&granularity=month");

        // Accepted after 15, 30, 40: median 30, p90 30 + 0.8·10 = 38. On site after 40, 60, 80: median 60, p90 60 + 0.8·20 = 76.
        // Complaints first answered after 30, 45, 120: median 45, p90 45 + 0.8·75 = 105.
        Assert.Equal(new ResponseFigures(30m, 38m, 60m, 76m, 45m, 105m), figures!.Total.Responses);
    }

    [Fact]
    public async Task EstateFigures_ByDay_CountResponseTimesOnTheDayOfAcceptance()
    {
        var figures = await FiguresAsync($"/api/quality/estates/{service.E1}/figures?from=2026-10-05&to=2026-10-06&granularity=day");

        // 10-05: O1 and O2 accepted after 15 and 40 (median 27.5, p90 15 + 0.9·25 = 37.5), on site after 40 and 80 (60, 76).
        Assert.Equal(new ResponseFigures(27.5m, 37.5m, 60m, 76m, null, null), figures!.Series[0].Responses);
        // 10-06: O3 accepted after 30 and on site after 60.
        Assert.Equal(new ResponseFigures(30m, 30m, 60m, 60m, null, null), figures.Series[1].Responses);
    }

    [Fact]
    public async Task CompanyFigures_PoolTheResponseTimesOfItsEstates()
    {
        var figures = await FiguresAsync($"/api/quality/companies/{Uri.EscapeDataString(OctoberService.CompanyA)}/figures?{October}&granularity=month");

        // E1 and E2 accepted after 15, 30, 40, 55: median 35, p90 40 + 0.7·15 = 50.5; E2 recorded no arrival.
        Assert.Equal(new ResponseFigures(35m, 50.5m, 60m, 76m, 45m, 105m), figures!.Total.Responses);
    }

    [Fact]
    public async Task EstateFigures_CountEachReopeningOnce_EvenWhenPublishedTwice()
    {
        var figures = await FiguresAsync($"/api/quality/estates/{service.E1}/figures?{October}&granularity=month");
        var days = await FiguresAsync($"/api/quality/estates/{service.E1}/figures?from=2026-10-07&to=2026-10-08&granularity=day");

        // O1 reopened once (10-07); C1 reopened on 10-08 and 10-15, the second one delivered twice under different event ids.
        Assert.Equal(new ReopenFigures(1, 2), figures!.Total.Reopened);
        Assert.Equal([new ReopenFigures(1, 0), new ReopenFigures(0, 1)], days!.Series.Select(d => d.Reopened));
    }

    [Fact]
    public async Task CompanyFigures_WeightSurveyCategoriesByHouseholds()
    {
        var figures = await FiguresAsync($"/api/quality/companies/{Uri.EscapeDataString(OctoberService.CompanyA)}/figures?{October}&granularity=month");

        // 日常管理 (82·400 + 72·100) / 500 = 80.00; 安全管理 only E1 answered: 90.00.
        Assert.Equal([new SurveyCategoryFigure("daily-management", "日常管理", 80.00m), new SurveyCategoryFigure("security", "安全管理", 90.00m)],
            figures!.Total.SurveyCategories);
    }

    [Fact]
    public async Task EstateFigures_ByMonth_ShowTheTrendOfEachSurveyCategory()
    {
        var figures = await FiguresAsync($"/api/quality/estates/{service.E1}/figures?from=2026-10-01&to=2026-11-30&granularity=month");

        var trend = figures!.Series.Select(m => (m.Start, m.Surveys.Index, m.SurveyCategories.Single(c => c.Code == "daily-management").Index)).ToList();
        Assert.Equal([(new DateOnly(2026, 10, 1), (decimal?)85.50m, (decimal?)82.00m), (new DateOnly(2026, 11, 1), 87.00m, 85.00m)], trend);
    }
}
