using MiniExcelLibs;
using PropertyCloud.BuildingBlocks.Security;

namespace PropertyCloud.Web.BrowserTests;

[Collection(WebPlatformCollection.Name)]
public sealed class ExportTests(WebPlatform platform)
{
    [Theory]
    [InlineData(Roles.FrontDesk, "repairs/queue", "报修人")]
    [InlineData(Roles.Finance, "billing/bills", "欠缴")]
    [InlineData(Roles.FrontDesk, "residents", null)]
    public Task List_WhenExported_DownloadsAWorkbookExcelCanOpen(string role, string list, string? header) =>
        platform.AsAsync(role, nameof(List_WhenExported_DownloadsAWorkbookExcelCanOpen), async page =>
        {
            await page.Locator($"[data-nav='{list}']").ClickAsync();
            await WebPlatform.WaitUntilInteractiveAsync(page);

            var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("[data-test=export]").ClickAsync());

            Assert.EndsWith(".xlsx", download.SuggestedFilename, StringComparison.Ordinal);
            using var workbook = new MemoryStream();
            await using (var file = await download.CreateReadStreamAsync())
            {
                await file.CopyToAsync(workbook);
            }
            workbook.Position = 0;
            var columns = MiniExcel.GetColumns(workbook, useHeaderRow: true).ToList();
            Assert.NotEmpty(columns);
            if (header is not null)
            {
                Assert.Contains(header, columns);
            }
        });

    [Fact]
    public Task Download_TheApiRefuses_ShowsItsMessageInsteadOfAFile() =>
        platform.AsAsync(Roles.Owner, nameof(Download_TheApiRefuses_ShowsItsMessageInsteadOfAFile), async page =>
        {
            var response = await page.GotoAsync(
                $"/files/api/billing/me/estates/{Guid.NewGuid()}/payments/{Guid.NewGuid()}/receipt?format=pdf");

            Assert.InRange(response!.Status, 400, 499);
            Assert.StartsWith("text/html", response.Headers["content-type"], StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(await page.Locator("[data-test=download-problem]").InnerTextAsync()));
            Assert.DoesNotContain("\"status\"", await page.ContentAsync(), StringComparison.Ordinal);
        });
}
