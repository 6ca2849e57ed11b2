using System.Text;
using PropertyCloud.BuildingBlocks.Security;

namespace PropertyCloud.Web.BrowserTests;

/// <summary>The archive clerk's day: customer files, the monthly reconciliation and a destruction that takes two people.</summary>
[Collection(WebPlatformCollection.Name)]
public sealed class ArchiveTests(WebPlatform platform)
{
    private static readonly byte[] Scan = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    [Fact]
    public Task CustomerFile_WhenClerkFilesAScan_ListsItAndDownloadsTheSameBytes() =>
        platform.AsAsync(Roles.Archivist, nameof(CustomerFile_WhenClerkFilesAScan_ListsItAndDownloadsTheSameBytes), async page =>
        {
            var title = Unique("入伙登记表");
            await OpenFileAsync(page, 0);

            await FileScanAsync(page, title);

            var row = page.Locator("[data-test=documents] tbody tr", new() { HasText = title });
            var download = await page.RunAndWaitForDownloadAsync(() => row.Locator("[data-test=download]").ClickAsync());
            Assert.EndsWith(".pdf", download.SuggestedFilename, StringComparison.OrdinalIgnoreCase);
            await using var content = await download.CreateReadStreamAsync();
            using var bytes = new MemoryStream();
            await content.CopyToAsync(bytes);
            Assert.Equal(Scan, bytes.ToArray());
        });

    [Fact]
    public Task CustomerFiles_WhenSearchedByUnit_ListOnlyThatUnitsFile() =>
        platform.AsAsync(Roles.Archivist, nameof(CustomerFiles_WhenSearchedByUnit_ListOnlyThatUnitsFile), async page =>
        {
            await page.Locator("[data-nav='archives/files']").ClickAsync();
            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("客户档案");
            var rows = page.Locator("[data-test=files] tbody tr");
            await Assertions.Expect(rows.First.Locator("[data-test=unit]")).ToBeVisibleAsync();
            var number = (await rows.Nth(1).Locator("[data-test=unit]").InnerTextAsync()).Trim().Split('-')[^1];
            await Assertions.Expect(page.Locator(".mud-table-pagination-caption", new() { HasText = "共" }).First).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByText("每页行数：")).ToBeVisibleAsync();

            await WebPlatform.Field(page, "unit-filter").FillAsync(number);
            var option = page.Locator(".mud-popover-open .mud-list-item").First;
            var unit = (await option.InnerTextAsync()).Trim();
            await option.ClickAsync();

            Assert.EndsWith("-" + number, unit, StringComparison.Ordinal);
            await Assertions.Expect(rows).ToHaveCountAsync(1);
            await Assertions.Expect(rows.First.Locator("[data-test=unit]")).ToHaveTextAsync(unit);
        });

    [Fact]
    public Task Reconciliation_WhenClerkUnticksADocument_ItBecomesAnOpenMissingItem() =>
        platform.AsAsync(Roles.Archivist, nameof(Reconciliation_WhenClerkUnticksADocument_ItBecomesAnOpenMissingItem), async page =>
        {
            var title = Unique("装修申请表");
            await OpenFileAsync(page, 1);
            await FileScanAsync(page, title);

            await page.Locator("[data-test=start-reconciliation]").ClickAsync();
            var line = page.Locator("[data-test=checklist] tbody tr", new() { HasText = title });
            await WebPlatform.Field(line, "present").UncheckAsync();
            await WebPlatform.Field(line, "note").FillAsync("柜内未找到原件");
            await page.Locator("[data-test=complete]").ClickAsync();

            await Assertions.Expect(page.Locator("[data-test=outcome]")).ToContainTextAsync("缺失 1 份");
            await page.Locator("[data-nav='archives/reconciliations']").ClickAsync();
            await Assertions.Expect(page.Locator("[data-test=missing-items] [data-test=missing-title]", new() { HasText = title })).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("[data-test=reconciliations] tbody tr").First).ToBeVisibleAsync();
        });

    [Fact]
    public async Task Destruction_WhenProposedApprovedAndDestroyed_TakesTwoPeopleAndSaysWhyWhenRefused()
    {
        var title = Unique("1999年收费单据");
        string batchPage = "";
        await platform.AsAsync(Roles.Archivist, nameof(Destruction_WhenProposedApprovedAndDestroyed_TakesTwoPeopleAndSaysWhyWhenRefused), async page =>
        {
            // A digitised paper original filed in 2000 and kept one year is long due.
            await OpenFileAsync(page, 2);
            await FileScanAsync(page, title, originalFiledOn: "2000/1/1", retentionYears: 1);

            await page.Locator("[data-nav='archives/destruction']").ClickAsync();
            await page.Locator("[data-test=due] tbody tr", new() { HasText = title }).Locator("input[type=checkbox]").CheckAsync();
            await page.Locator("[data-test=propose]").ClickAsync();

            await Assertions.Expect(page.Locator("[data-test=batch-status]")).ToHaveTextAsync("待审批");
            batchPage = new Uri(page.Url).PathAndQuery;
            await page.Locator("[data-test=approve]").ClickAsync();
            await Assertions.Expect(page.Locator("[data-test=refusal]")).ToHaveTextAsync("只有项目经理或集团管理员可以审批销毁清册");
        });

        await platform.AsAsync(Roles.EstateManager, nameof(Destruction_WhenProposedApprovedAndDestroyed_TakesTwoPeopleAndSaysWhyWhenRefused), async page =>
        {
            await page.GotoAsync(batchPage);
            await WebPlatform.WaitUntilInteractiveAsync(page);
            await page.Locator("[data-test=approve]").ClickAsync();
            await Assertions.Expect(page.Locator("[data-test=batch-status]")).ToHaveTextAsync("已批准，待销毁");
            await page.Locator("[data-test=act]").ClickAsync();
            await Assertions.Expect(page.Locator("[data-test=batch-status]")).ToHaveTextAsync("已销毁，待监销确认");

            await page.Locator("[data-test=witness]").ClickAsync();

            await Assertions.Expect(page.Locator("[data-test=refusal]")).ToContainTextAsync("监销人不能是执行人");
            await Assertions.Expect(page.Locator("[data-test=batch-status]")).ToHaveTextAsync("已销毁，待监销确认");
        });

        await platform.AsAsync(Roles.Archivist, nameof(Destruction_WhenProposedApprovedAndDestroyed_TakesTwoPeopleAndSaysWhyWhenRefused), async page =>
        {
            await page.GotoAsync(batchPage);
            await WebPlatform.WaitUntilInteractiveAsync(page);
            await page.Locator("[data-test=witness]").ClickAsync();
            await Assertions.Expect(page.Locator("[data-test=batch-status]")).ToHaveTextAsync("已销毁并登记");

            await page.Locator("[data-nav='archives/destruction']").ClickAsync();
            await Assertions.Expect(page.Locator("[data-test=due]")).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("[data-test=due-title]", new() { HasText = title })).ToHaveCountAsync(0);
        });
    }

    private static string Unique(string title) => $"{title}-{Guid.NewGuid().ToString("N")[..6]}";

    /// <summary>Opens the <paramref name="index"/>th customer file of the clerk's estate; each test works in its own file.</summary>
    private static async Task OpenFileAsync(IPage page, int index)
    {
        await page.Locator("[data-nav='archives/files']").ClickAsync();
        await page.Locator("[data-test=files] [data-test=file]").Nth(index).ClickAsync();
        await Assertions.Expect(page.Locator("[data-test=file-unit]")).ToBeVisibleAsync();
    }

    private static async Task FileScanAsync(IPage page, string title, string? originalFiledOn = null, int? retentionYears = null)
    {
        await WebPlatform.Field(page, "doc-title").FillAsync(title);
        if (originalFiledOn is not null)
        {
            await WebPlatform.Field(page, "doc-original").FillAsync(originalFiledOn);
            await WebPlatform.Field(page, "doc-original").PressAsync("Tab");
        }
        if (retentionYears is not null)
        {
            await WebPlatform.Field(page, "doc-retention").FillAsync(retentionYears.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
            // Leave the field first: its change re-renders the form, which could drop a file chosen while it had focus.
            await WebPlatform.Field(page, "doc-retention").PressAsync("Tab");
        }
        await page.Locator("input[type=file]").SetInputFilesAsync(new FilePayload { Name = "scan.pdf", MimeType = "application/pdf", Buffer = Scan });
        await page.Locator("[data-test=doc-save]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-test=documents] [data-test=title]", new() { HasText = title })).ToBeVisibleAsync();
    }
}
