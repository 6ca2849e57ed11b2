using PropertyCloud.BuildingBlocks.Security;

namespace PropertyCloud.Web.BrowserTests;

[Collection(WebPlatformCollection.Name)]
public sealed class MyDataTests(WebPlatform platform)
{
    [Fact]
    public Task Correction_WhenOwnerAsksForOneFromTheirPhone_IsListedAsPending() =>
        platform.AsAsync(Roles.Owner, nameof(Correction_WhenOwnerAsksForOneFromTheirPhone_IsListedAsPending), async page =>
        {
            var place = $"浙江杭州{Guid.NewGuid().ToString("N")[..4]}";
            await page.GotoAsync("/me/data");
            await WebPlatform.WaitUntilInteractiveAsync(page);
            await page.Locator("[data-test=field]").ClickAsync();
            await page.Locator(".mud-popover-open .mud-list-item", new() { HasText = "籍贯" }).ClickAsync();
            await WebPlatform.Field(page, "value").FillAsync(place);
            await WebPlatform.Field(page, "reason", "textarea").FillAsync("登记时籍贯填写有误");

            await page.Locator("[data-test=ask]").ClickAsync();

            var correction = page.Locator("[data-test=my-correction]", new() { HasText = place });
            await Assertions.Expect(correction.Locator("[data-test=correction-status]")).ToHaveTextAsync("处理中");
            await WebPlatform.AssertFitsWidthAsync(page, "My data");
        }, WebPlatform.Phone);
}
