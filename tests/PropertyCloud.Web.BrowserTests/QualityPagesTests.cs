using System.Globalization;
using PropertyCloud.BuildingBlocks.Security;

namespace PropertyCloud.Web.BrowserTests;

[Collection(WebPlatformCollection.Name)]
public sealed class QualityPagesTests(WebPlatform platform)
{
    [Fact]
    public Task MonthlyReports_WhenGeneratedForLastMonth_AreListedAndDownloadAsWorkbooks() =>
        platform.AsAsync(Roles.Quality, nameof(MonthlyReports_WhenGeneratedForLastMonth_AreListedAndDownloadAsWorkbooks), async page =>
        {
            var lastMonth = DateTime.UtcNow.AddHours(8).AddMonths(-1).ToString("yyyy-MM", CultureInfo.InvariantCulture);
            await page.Locator("[data-nav='quality/reports']").ClickAsync();
            await WebPlatform.Field(page, "report-month").FillAsync(lastMonth);
            await WebPlatform.Field(page, "report-month").PressAsync("Tab");

            await page.Locator("[data-test=generate]").ClickAsync();

            var groupReport = page.Locator("[data-test=reports] tbody tr", new() { HasText = "集团" });
            await Assertions.Expect(groupReport).ToContainTextAsync(lastMonth, new() { Timeout = 60_000 });
            var download = await page.RunAndWaitForDownloadAsync(() => groupReport.Locator("[data-test=report-xlsx]").ClickAsync());
            await using var content = await download.CreateReadStreamAsync();
            var header = new byte[2];
            Assert.Equal(2, await content.ReadAtLeastAsync(header, 2));
            Assert.Equal("PK"u8.ToArray(), header);
        });

    [Fact]
    public Task Satisfaction_WhenQualityUserOpensIt_ShowsTheEstatesTrendWithoutAnError() =>
        platform.AsAsync(Roles.Quality, nameof(Satisfaction_WhenQualityUserOpensIt_ShowsTheEstatesTrendWithoutAnError), async page =>
        {
            await page.Locator("[data-nav='quality/satisfaction']").ClickAsync();

            await Assertions.Expect(page.Locator("[data-test=trend-chart]")).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("[data-test=trend-chart] svg, [data-test=no-campaigns]").First).ToBeVisibleAsync();
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            await Assertions.Expect(page.Locator(".mud-snackbar.mud-alert-filled-error")).ToHaveCountAsync(0);
        });
}
