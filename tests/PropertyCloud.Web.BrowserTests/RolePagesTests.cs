using PropertyCloud.BuildingBlocks.Security;

namespace PropertyCloud.Web.BrowserTests;

/// <summary>Each role's own pages open from the menu and show their list, not an error.</summary>
[Collection(WebPlatformCollection.Name)]
public sealed class RolePagesTests(WebPlatform platform)
{
    [Theory]
    [InlineData(Roles.Archivist, "archives/loans", "loans", "借阅申请")]
    [InlineData(Roles.EstateManager, "repairs/at-risk", "at-risk", "超时预警")]
    [InlineData(Roles.Finance, "billing/bills", "bills", "账单查询")]
    [InlineData(Roles.Finance, "billing/dunning", "notices", "催费")]
    [InlineData(Roles.Quality, "quality/inspections", "inspections", "品质检查")]
    [InlineData(Roles.EstateManager, "archives/destruction", "due", "档案销毁")]
    public Task Page_WhenOpenedFromTheMenu_ShowsItsListWithoutAnError(string role, string nav, string list, string heading) =>
        platform.AsAsync(role, nameof(Page_WhenOpenedFromTheMenu_ShowsItsListWithoutAnError), async page =>
        {
            await page.Locator($"[data-nav='{nav}']").ClickAsync();

            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(heading);
            await Assertions.Expect(page.Locator($"[data-test={list}]")).ToBeVisibleAsync();
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            await Assertions.Expect(page.Locator(".mud-snackbar.mud-alert-filled-error")).ToHaveCountAsync(0);
        });
}
