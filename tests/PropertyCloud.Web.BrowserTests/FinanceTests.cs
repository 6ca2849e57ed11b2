using PropertyCloud.BuildingBlocks.Security;

namespace PropertyCloud.Web.BrowserTests;

/// <summary>Finance's desk work: charge items.</summary>
[Collection(WebPlatformCollection.Name)]
public sealed class FinanceTests(WebPlatform platform)
{
    [Fact]
    public Task ChargeItem_WhenDefinedAndRetired_IsListedWithItsRateInYuanThenAsRetired() =>
        platform.AsAsync(Roles.Finance, nameof(ChargeItem_WhenDefinedAndRetired_IsListedWithItsRateInYuanThenAsRetired), async page =>
        {
            var name = $"电梯维护费-{Guid.NewGuid().ToString("N")[..6]}";
            await page.Locator("[data-nav='billing/charge-items']").ClickAsync();
            await Assertions.Expect(page.Locator("[data-test=charge-items] tbody tr").First).ToBeVisibleAsync();

            await WebPlatform.Field(page, "new-name").FillAsync(name);
            await WebPlatform.Field(page, "new-rate").FillAsync("1.25");
            await page.Locator("[data-test=new-save]").ClickAsync();

            var row = page.Locator("[data-test=charge-items] tbody tr", new() { HasText = name });
            await Assertions.Expect(row.Locator("[data-test=rate]")).ToContainTextAsync("¥1.25");
            await Assertions.Expect(row.Locator("[data-test=active]")).ToHaveTextAsync("启用");
            await row.Locator("[data-test=retire]").ClickAsync();
            await Assertions.Expect(row.Locator("[data-test=active]")).ToHaveTextAsync("已停用");
        });
}
