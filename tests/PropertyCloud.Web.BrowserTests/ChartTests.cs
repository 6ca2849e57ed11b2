using PropertyCloud.BuildingBlocks.Security;

namespace PropertyCloud.Web.BrowserTests;

[Collection(WebPlatformCollection.Name)]
public sealed class ChartTests(WebPlatform platform)
{
    [Fact]
    public Task Collections_WhenFinanceOpensThem_ChartsTheYearsChargesAgainstCollectionsByMonth() =>
        platform.AsAsync(Roles.Finance, nameof(Collections_WhenFinanceOpensThem_ChartsTheYearsChargesAgainstCollectionsByMonth), async page =>
        {
            await page.Locator("[data-nav='billing/collections']").ClickAsync();

            await Assertions.Expect(page.Locator("[data-test=collections-chart] svg")).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("[data-test=year-total]")).ToContainTextAsync("收缴率");
            await Assertions.Expect(page.Locator("[data-test=collections] tbody tr")).ToHaveCountAsync(12);
            await Assertions.Expect(page.Locator("[data-test=collections-chart]")).ToContainTextAsync("实收");
        });
}
