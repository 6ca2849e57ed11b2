using PropertyCloud.BuildingBlocks.Security;

namespace PropertyCloud.Web.BrowserTests;

/// <summary>Owners, tenants and maintenance workers use the console on a 390×844 phone screen.</summary>
[Collection(WebPlatformCollection.Name)]
public sealed class PhoneTests(WebPlatform platform)
{
    [Theory]
    [InlineData(Roles.Owner, "/me")]
    [InlineData(Roles.Owner, "/me/bills")]
    [InlineData(Roles.Owner, "/me/repairs")]
    [InlineData(Roles.Maintenance, "/repairs/mine")]
    public Task Page_OnAPhone_FitsTheScreenWithoutScrollingSideways(string role, string path) =>
        platform.AsAsync(role, nameof(Page_OnAPhone_FitsTheScreenWithoutScrollingSideways), async page =>
        {
            await page.GotoAsync(path);
            await WebPlatform.WaitUntilInteractiveAsync(page);
            await Assertions.Expect(page.Locator("h1")).ToBeVisibleAsync();
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

            await WebPlatform.AssertFitsWidthAsync(page, path);
            Assert.False(await page.Locator("[data-nav]").First.IsVisibleAsync(), "on a phone the menu folds away");
        }, WebPlatform.Phone);
}
