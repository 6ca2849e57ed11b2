using System.Net;
using System.Net.Http.Json;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Quality.Api.Apis;
using PropertyCloud.Testing;

namespace PropertyCloud.Quality.FunctionalTests;

[Collection(OctoberCollection.Name)]
public sealed class LeagueTests(OctoberService service)
{
    private const string October = "from=2026-10-01&to=2026-10-31";

    [Fact]
    public async Task League_ForOctober_RanksEstatesByHandComputedScore()
    {
        var league = (await service.ClientFor(Roles.Quality)
            .GetFromJsonAsync<List<LeagueEntryResponse>>($"/api/quality/league?{October}", TestJson.Options))!;

        Assert.Equal([service.E2, service.E1, service.E3], league.Select(e => e.Estate.EstateId));
        // E2: SLA 100 and survey 80 at weights 25 and 25.
        Assert.Equal(90.00m, league[0].Score);
        // E1: (SLA 50·25 + complaints 50·20 + collection 53.33·10 + survey 85.5·25 + open items 50·5) / 85.
        Assert.Equal(60.83m, league[1].Score);
        Assert.Null(league[2].Score);
        Assert.Equal($"/api/quality/estates/{service.E1}/orders?sla=breached&{October}", league[1].Links["breachedOrders"]);
        Assert.Equal($"/api/repairs/estates/{service.E1}/orders", league[1].Links["repairOrders"]);
    }

    [Fact]
    public async Task BreachedOrders_OfAnEstate_LinkToTheOrdersInRepairs()
    {
        var orders = await service.ClientFor(Roles.Quality).GetFromJsonAsync<BuildingBlocks.Api.PagedResult<OrderBehindFigure>>(
            $"/api/quality/estates/{service.E1}/orders?sla=breached&{October}", TestJson.Options);

        Assert.Equal(2, orders!.Total);
        Assert.All(orders.Items, o => Assert.Equal($"/api/repairs/estates/{service.E1}/orders/{o.OrderId}", o.Link));
    }

    [Fact]
    public async Task League_ForAnEstateManager_ShowsOnlyTheirEstates()
    {
        var league = await service.ClientFor(Roles.EstateManager, service.E1)
            .GetFromJsonAsync<List<LeagueEntryResponse>>($"/api/quality/league?{October}", TestJson.Options);

        Assert.Equal([service.E1], league!.Select(e => e.Estate.EstateId));
    }

    [Theory]
    [InlineData("/api/quality/group/figures")]
    [InlineData("/api/quality/companies/%E4%B8%87%E7%A7%91%E7%89%A9%E4%B8%9A/figures")]
    public async Task GroupWideFigures_ForAnEstateManager_AreForbidden(string url)
    {
        var response = await service.ClientFor(Roles.EstateManager, service.E1).GetAsync(url);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task EstateFigures_OfAnotherEstate_AreForbiddenToAnEstateManager()
    {
        var response = await service.ClientFor(Roles.EstateManager, service.E1).GetAsync($"/api/quality/estates/{service.E2}/figures");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Figures_ForFrontDesk_AreForbidden()
    {
        var response = await service.ClientFor(Roles.FrontDesk, service.E1).GetAsync($"/api/quality/estates/{service.E1}/figures");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
