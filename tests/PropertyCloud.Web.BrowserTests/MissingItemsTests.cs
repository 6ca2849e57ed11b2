using System.Text.Json;
using PropertyCloud.BuildingBlocks.Security;

namespace PropertyCloud.Web.BrowserTests;

/// <summary>
/// The estate manager's open missing archive items (manager/approvals): each test reconciles a file of its own with its one
/// document missing, then closes that item in the browser.
/// </summary>
[Collection(WebPlatformCollection.Name)]
public sealed class MissingItemsTests(WebPlatform platform)
{
    [Theory]
    [InlineData("Found", "found", "误放入 GC-01-1-03 盒，已归位")]
    [InlineData("Lost", "lost", "全库查找未果，已报集团备案")]
    public async Task MissingItem_WhenTheEstateManagerResolvesItWithANote_LeavesTheOpenListWithThatOutcome(string outcome, string button, string note)
    {
        var title = $"接管验收记录-{Guid.NewGuid().ToString("N")[..8]}";
        using var clerk = await ArchiveClerk.SignInAsync(platform);
        var (fileId, _) = await clerk.OpenFileWithDocumentAsync(title);
        var (reconciliationId, documents) = await clerk.StartReconciliationAsync(fileId);
        await clerk.CompleteAllMissingAsync(reconciliationId, documents, "GC-01-1-02 盒内未找到");

        await platform.AsAsync(Roles.EstateManager, $"{nameof(MissingItem_WhenTheEstateManagerResolvesItWithANote_LeavesTheOpenListWithThatOutcome)}-{outcome}", async page =>
        {
            await WebPlatform.ChooseEstateAsync(page, ArchiveClerk.Estate);
            await page.Locator("[data-nav='manager/approvals']").ClickAsync();
            await page.Locator(".mud-tab", new() { HasText = "档案缺失项" }).ClickAsync();
            var row = page.Locator("[data-test=approval-missing-items] tbody tr", new() { HasText = title });
            await Assertions.Expect(row).ToContainTextAsync("GC-01-1-02 盒内未找到");
            await WebPlatform.Field(row, "resolution-note").FillAsync(note);

            await row.Locator($"[data-test={button}]").ClickAsync();

            await Assertions.Expect(page.GetByText("缺失项已处理")).ToBeVisibleAsync();
            await Assertions.Expect(row).ToHaveCountAsync(0);
        });

        var item = (await clerk.MissingItemsAsync()).EnumerateArray().Single(i => i.GetProperty("title").GetString() == title);
        Assert.Equal((outcome, note), (item.GetProperty("outcome").GetString(), item.GetProperty("resolutionNote").GetString()));
        Assert.NotEqual(JsonValueKind.Null, item.GetProperty("resolvedAt").ValueKind);
    }
}
