using PropertyCloud.BuildingBlocks.Security;

namespace PropertyCloud.Web.BrowserTests;

[Collection(WebPlatformCollection.Name)]
public sealed class StockTests(WebPlatform platform)
{
    [Fact]
    public Task Stock_WhenMaintenanceOpensItOnTheirPhone_ChartsTheYearsValueAndFitsTheScreen() =>
        platform.AsAsync(Roles.Maintenance, nameof(Stock_WhenMaintenanceOpensItOnTheirPhone_ChartsTheYearsValueAndFitsTheScreen), async page =>
        {
            await page.GotoAsync("/repairs/stock");
            await WebPlatform.WaitUntilInteractiveAsync(page);

            await Assertions.Expect(page.Locator("[data-test=stock-chart] svg").First).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("[data-test=closing-value]")).ToContainTextAsync("¥");
            await Assertions.Expect(page.Locator("[data-test=materials]")).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator(".mud-snackbar.mud-alert-filled-error")).ToHaveCountAsync(0);
            await WebPlatform.AssertFitsWidthAsync(page, "Stock");
        }, WebPlatform.Phone);
}
