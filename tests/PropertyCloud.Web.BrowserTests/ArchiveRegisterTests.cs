using System.Text;
using PropertyCloud.BuildingBlocks.Security;

namespace PropertyCloud.Web.BrowserTests;

/// <summary>The clerk's lists: files found by number, the reconciliations still pending, the destruction register with names.</summary>
[Collection(WebPlatformCollection.Name)]
public sealed class ArchiveRegisterTests(WebPlatform platform)
{
    private static readonly byte[] Scan = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    [Fact]
    public Task CustomerFiles_WhenSearchedByFileNumber_ListOnlyFilesStartingWithIt() =>
        platform.AsAsync(Roles.Archivist, nameof(CustomerFiles_WhenSearchedByFileNumber_ListOnlyFilesStartingWithIt), async page =>
        {
            await page.Locator("[data-nav='archives/files']").ClickAsync();
            var numbers = page.Locator("[data-test=files] [data-test=file]");
            await Assertions.Expect(numbers.Nth(1)).ToBeVisibleAsync();
            var first = (await numbers.First.InnerTextAsync()).Trim();
            var wanted = (await numbers.Nth(1).InnerTextAsync()).Trim();

            await WebPlatform.Field(page, "file-number").FillAsync(wanted);

            await Assertions.Expect(numbers.First).ToHaveTextAsync(wanted);
            Assert.All(await numbers.AllInnerTextsAsync(), n => Assert.StartsWith(wanted, n.Trim(), StringComparison.Ordinal));
            Assert.DoesNotContain(first, await numbers.AllInnerTextsAsync());
        });

    [Fact]
    public Task Reconciliations_WhenOnlyPendingAreShown_ListTheOneJustStartedWithItsFileNumber() =>
        platform.AsAsync(Roles.Archivist, nameof(Reconciliations_WhenOnlyPendingAreShown_ListTheOneJustStartedWithItsFileNumber), async page =>
        {
            var number = await OpenFileAsync(page, 4);
            await FileOldScanAsync(page, $"1999年入伙资料-{Guid.NewGuid().ToString("N")[..6]}");
            await page.Locator("[data-test=start-reconciliation]").ClickAsync();
            await Assertions.Expect(page.Locator("[data-test=checklist]")).ToBeVisibleAsync();

            await page.Locator("[data-nav='archives/reconciliations']").ClickAsync();
            await WebPlatform.Field(page, "pending-only").CheckAsync();

            var rows = page.Locator("[data-test=reconciliations] tbody tr");
            await Assertions.Expect(rows.Filter(new() { Has = page.Locator("[data-test=reconciliation-file]", new() { HasText = number }) }))
                .Not.ToHaveCountAsync(0);
            await Assertions.Expect(WebPlatform.Field(page, "month")).ToBeDisabledAsync();
        });

    [Fact]
    public Task DestructionRegister_WhenABatchIsProposed_ShowsItWithTheProposersNameUnderItsStatusOnly() =>
        platform.AsAsync(Roles.Archivist, nameof(DestructionRegister_WhenABatchIsProposed_ShowsItWithTheProposersNameUnderItsStatusOnly), async page =>
        {
            var title = $"2001年装修押金单据-{Guid.NewGuid().ToString("N")[..6]}";
            await OpenFileAsync(page, 3);
            await FileOldScanAsync(page, title);
            await page.Locator("[data-nav='archives/destruction']").ClickAsync();
            await page.Locator("[data-test=due] tbody tr", new() { HasText = title }).Locator("input[type=checkbox]").CheckAsync();
            await page.Locator("[data-test=propose]").ClickAsync();
            await Assertions.Expect(page.Locator("[data-test=batch-status]")).ToHaveTextAsync("待审批");
            var batchId = new Uri(page.Url).Segments[^1];

            await page.Locator("[data-nav='archives/destruction']").ClickAsync();
            await page.Locator("[data-test=register]").ClickAsync();

            var row = page.Locator("[data-test=batches] tbody tr").Filter(new() { Has = page.Locator($"a[href*='{batchId}']") });
            await Assertions.Expect(row.Locator("[data-test=proposed-by]")).ToHaveTextAsync("档案管理员");
            await Assertions.Expect(row.Locator("[data-test=status]")).ToHaveTextAsync("待审批");
            await Assertions.Expect(row.Locator("[data-test=document-count]")).ToHaveTextAsync("1");
            await page.Locator("[data-test=status-Destroyed]").ClickAsync();
            await Assertions.Expect(row).ToHaveCountAsync(0);
            await page.Locator("[data-test=status-Proposed]").ClickAsync();
            await Assertions.Expect(row).ToHaveCountAsync(1);
        });

    /// <summary>Opens the <paramref name="index"/>th customer file of the clerk's estate and returns its number.</summary>
    private static async Task<string> OpenFileAsync(IPage page, int index)
    {
        await page.Locator("[data-nav='archives/files']").ClickAsync();
        var link = page.Locator("[data-test=files] [data-test=file]").Nth(index);
        var number = (await link.InnerTextAsync()).Trim();
        await link.ClickAsync();
        await Assertions.Expect(page.Locator("[data-test=file-unit]")).ToBeVisibleAsync();
        return number;
    }

    /// <summary>A digitised paper original filed in 2000 and kept one year: long due for destruction.</summary>
    private static async Task FileOldScanAsync(IPage page, string title)
    {
        await WebPlatform.Field(page, "doc-title").FillAsync(title);
        await WebPlatform.Field(page, "doc-original").FillAsync("2000/1/1");
        await WebPlatform.Field(page, "doc-original").PressAsync("Tab");
        await WebPlatform.Field(page, "doc-retention").FillAsync("1");
        // Leave the field first: its change re-renders the form, which could drop a file chosen while it had focus.
        await WebPlatform.Field(page, "doc-retention").PressAsync("Tab");
        await page.Locator("input[type=file]").SetInputFilesAsync(new FilePayload { Name = "scan.pdf", MimeType = "application/pdf", Buffer = Scan });
        await page.Locator("[data-test=doc-save]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-test=documents] [data-test=title]", new() { HasText = title })).ToBeVisibleAsync();
    }
}
