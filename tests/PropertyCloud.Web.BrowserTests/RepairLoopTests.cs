using PropertyCloud.BuildingBlocks.Security;

namespace PropertyCloud.Web.BrowserTests;

[Collection(WebPlatformCollection.Name)]
public sealed class RepairLoopTests(WebPlatform platform)
{
    [Fact]
    public async Task Repair_WhenFrontDeskRegistersAndDispatchesIt_MaintenanceCompletesItFromTheirPhone()
    {
        var description = $"浏览器测试：卫生间漏水 {Guid.NewGuid():N}"[..24];

        await platform.AsAsync(Roles.FrontDesk, nameof(Repair_WhenFrontDeskRegistersAndDispatchesIt_MaintenanceCompletesItFromTheirPhone), async page =>
        {
            await page.Locator("[data-nav='repairs/new']").ClickAsync();
            await page.Locator("textarea[data-test=description], [data-test=description] textarea").FillAsync(description);
            await page.Locator("input[data-test=location], [data-test=location] input").FillAsync("3幢1单元大堂");
            await page.Locator("[data-test=register]").ClickAsync();

            await page.WaitForURLAsync("**/repairs/queue");
            var row = page.Locator("[data-test=queue] tr", new PageLocatorOptions { HasText = description });
            await Assertions.Expect(row.Locator("[data-test=status]")).ToHaveTextAsync("待派工");
            await row.Locator("[data-test=dispatch]").ClickAsync();
            await Assertions.Expect(row.Locator("[data-test=status]")).ToHaveTextAsync("已派工");
        });

        await platform.AsAsync(Roles.Maintenance, nameof(Repair_WhenFrontDeskRegistersAndDispatchesIt_MaintenanceCompletesItFromTheirPhone), async page =>
        {
            // On a phone the menu is folded away; the worker opens their queue directly.
            await page.GotoAsync("/repairs/mine");
            await WebPlatform.WaitUntilInteractiveAsync(page);
            var card = page.Locator("[data-test=order]", new PageLocatorOptions { HasText = description });
            await card.Locator("[data-test=accept]").ClickAsync();
            await card.Locator("[data-test=on-site]").ClickAsync();
            await card.Locator("[data-test=complete]").ClickAsync();
            await page.Locator("textarea[data-test=work-notes], [data-test=work-notes] textarea").FillAsync("更换角阀，已试水无渗漏");
            await page.Locator("[data-test=complete-confirm]").ClickAsync();

            await Assertions.Expect(page.GetByText("工单已完工")).ToBeVisibleAsync();
            await Assertions.Expect(card).ToHaveCountAsync(0);
        }, Phone);

        await platform.AsAsync(Roles.FrontDesk, nameof(Repair_WhenFrontDeskRegistersAndDispatchesIt_MaintenanceCompletesItFromTheirPhone), async page =>
        {
            await page.Locator("[data-nav='repairs/queue']").ClickAsync();
            var row = page.Locator("[data-test=queue] tr", new PageLocatorOptions { HasText = description });
            await Assertions.Expect(row.Locator("[data-test=status]")).ToHaveTextAsync("已完工");
        });
    }

    /// <summary>A maintenance worker's phone: the menu folds away and the orders stack as cards.</summary>
    private static readonly ViewportSize Phone = WebPlatform.Phone;
}
