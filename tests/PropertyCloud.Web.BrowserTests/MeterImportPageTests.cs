using System.Text;
using PropertyCloud.BuildingBlocks.Security;

namespace PropertyCloud.Web.BrowserTests;

/// <summary>Importing a period's meter sheet: a job on the Billing service that the page can be left and returned to.</summary>
[Collection(WebPlatformCollection.Name)]
public sealed class MeterImportPageTests(WebPlatform platform)
{
    [Fact]
    public Task ImportSheet_WhenLeftWhileRunning_ShowsTheJobCompletedWithItsCountsOnReturn() =>
        platform.AsAsync(Roles.Finance, nameof(ImportSheet_WhenLeftWhileRunning_ShowsTheJobCompletedWithItsCountsOnReturn), async page =>
        {
            // A period far ahead, so that no demo reading of a later month is involved and each run has its own.
            var period = $"20{Random.Shared.Next(40, 99)}-{Random.Shared.Next(1, 13):00}";
            var file = $"meters-{Guid.NewGuid().ToString("N")[..6]}.csv";
            await page.Locator("[data-nav='billing/meter-readings']").ClickAsync();
            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("抄表");

            var periodField = WebPlatform.Field(page, "import-period");
            await periodField.FillAsync(period);
            // Leave the period field before choosing the file, as a user's click on the button would.
            await periodField.PressAsync("Tab");
            await Assertions.Expect(page.Locator("[data-test=import-choose]")).ToBeEnabledAsync();
            await page.Locator("[data-test=import-jobs][data-loaded=true]").WaitForAsync();
            await page.Locator("[data-test=import] input[type=file]").SetInputFilesAsync(new FilePayload
            {
                Name = file,
                MimeType = "text/csv",
                Buffer = Encoding.UTF8.GetBytes("房屋,表计,读数\r\n5栋-1-501,水,999999\r\n99栋-9-999,水,1\r\n"),
            });
            await Assertions.Expect(page.Locator("[data-test=import-jobs] tbody tr", new() { HasText = file })).ToBeVisibleAsync();

            await page.Locator("[data-nav='billing/payments']").ClickAsync();
            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("收款退款");
            await page.Locator("[data-nav='billing/meter-readings']").ClickAsync();

            var row = page.Locator("[data-test=import-jobs] tbody tr", new() { HasText = file });
            await Assertions.Expect(row.Locator("[data-test=import-job-status]")).ToHaveTextAsync("已完成", new() { Timeout = 60_000 });
            await Assertions.Expect(row.Locator("[data-test=import-job-counts]")).ToHaveTextAsync("成功 1 条，已存在 0 条，未导入 1 条");
            await row.ClickAsync();
            await Assertions.Expect(page.Locator("[data-test=import-detail] [data-test=refusal-reason]")).ToHaveTextAsync("本小区没有房屋 99栋-9-999");

            var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("[data-test=import-refused-download]").ClickAsync());
            var workbook = await DownloadedWorkbook.ReadAsync(download);
            Assert.EndsWith(".xlsx", workbook.FileName, StringComparison.Ordinal);
            Assert.Equal(["行号", "列", "原因"], workbook.Headings);
            Assert.Equal(["3", "房屋", "本小区没有房屋 99栋-9-999"], Assert.Single(workbook.Rows));
        });
}
