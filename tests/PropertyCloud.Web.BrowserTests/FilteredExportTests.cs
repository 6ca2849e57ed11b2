using MiniExcelLibs;
using PropertyCloud.BuildingBlocks.Security;

namespace PropertyCloud.Web.BrowserTests;

/// <summary>The desk's complaints and the clerk's reconciliations exported with the list's current filter, over rows each test makes.</summary>
[Collection(WebPlatformCollection.Name)]
public sealed class FilteredExportTests(WebPlatform platform)
{
    private static async Task<List<IDictionary<string, object>>> ExportAsync(IPage page)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("[data-test=export]").ClickAsync());
        Assert.EndsWith(".xlsx", download.SuggestedFilename, StringComparison.Ordinal);
        using var workbook = new MemoryStream();
        await using (var file = await download.CreateReadStreamAsync())
        {
            await file.CopyToAsync(workbook);
        }
        workbook.Position = 0;
        return [.. workbook.Query(useHeaderRow: true).Cast<IDictionary<string, object>>()];
    }

    [Fact]
    public Task Complaints_WhenExportedFilteredByStatus_HoldOnlyComplaintsOfThatStatus() =>
        platform.AsAsync(Roles.FrontDesk, nameof(Complaints_WhenExportedFilteredByStatus_HoldOnlyComplaintsOfThatStatus), async page =>
        {
            var text = $"电梯厅照明不足 {Guid.NewGuid().ToString("N")[..6]}";
            await page.Locator("[data-nav='repairs/complaints']").ClickAsync();
            await WebPlatform.Field(page, "complaint-description", "textarea").FillAsync(text);
            await page.Locator("[data-test=complaint-save]").ClickAsync();
            await Assertions.Expect(page.Locator("[data-test=complaints] tbody tr", new() { HasText = text })).ToHaveCountAsync(1);
            await page.Locator("[data-test=complaint-status-filter]").ClickAsync();
            await page.Locator(".mud-popover-open .mud-list-item", new() { HasText = "已受理" }).ClickAsync();
            await Assertions.Expect(page.Locator("[data-test=export]")).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("status=Received$"));

            var rows = await ExportAsync(page);

            Assert.Contains(rows, row => (string)row["投诉内容"] == text);
            Assert.All(rows, row => Assert.Equal("已受理", row["状态"]));
        });

    [Fact]
    public async Task Reconciliations_WhenExportedPendingOnly_HoldTheOneJustStartedAndNoCompletedOnes()
    {
        using var clerk = await ArchiveClerk.SignInAsync(platform);
        var (fileId, number) = await clerk.OpenFileWithDocumentAsync($"竣工验收报告-{Guid.NewGuid().ToString("N")[..6]}");
        await clerk.StartReconciliationAsync(fileId);

        await platform.AsAsync(Roles.Archivist, nameof(Reconciliations_WhenExportedPendingOnly_HoldTheOneJustStartedAndNoCompletedOnes), async page =>
        {
            await page.Locator("[data-nav='archives/reconciliations']").ClickAsync();
            await WebPlatform.WaitUntilInteractiveAsync(page);
            await WebPlatform.Field(page, "pending-only").CheckAsync();
            await Assertions.Expect(page.Locator("[data-test=export]")).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("status=Pending$"));

            var rows = await ExportAsync(page);

            Assert.Contains(rows, row => (string)row["档案编号"] == number);
            Assert.All(rows, row => Assert.Equal("进行中", row["状态"]));
        });
    }
}
