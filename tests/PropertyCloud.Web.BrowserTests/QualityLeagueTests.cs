using PropertyCloud.BuildingBlocks.Security;

namespace PropertyCloud.Web.BrowserTests;

[Collection(WebPlatformCollection.Name)]
public sealed class QualityLeagueTests(WebPlatform platform)
{
    [Fact]
    public Task LeagueTable_WhenQualityUserOpensIt_RanksEveryEstateWithAChart() =>
        platform.AsAsync(Roles.Quality, nameof(LeagueTable_WhenQualityUserOpensIt_RanksEveryEstateWithAChart), async page =>
        {
            await page.Locator("[data-nav='quality/league']").ClickAsync();

            var rows = page.Locator("[data-test=league] tbody tr");
            await Assertions.Expect(rows.First).ToBeVisibleAsync();
            Assert.True(await rows.CountAsync() >= 3, "every demo estate is ranked");
            await Assertions.Expect(rows.First.Locator("td").First).ToHaveTextAsync("1");
            await Assertions.Expect(page.Locator("[data-test=league] thead")).ToContainTextAsync("满意度指数");
            await Assertions.Expect(page.Locator("[data-test=league-chart] svg")).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("[data-test=league-chart]")).ToContainTextAsync("报修时效达标率");
            Assert.True(await page.Locator("[data-test=league-chart] svg rect, [data-test=league-chart] svg path").CountAsync() >= 3);
        });
}
