using PropertyCloud.BuildingBlocks.Security;

namespace PropertyCloud.Web.BrowserTests;

[Collection(WebPlatformCollection.Name)]
public sealed class NavigationTests(WebPlatform platform)
{
    public static TheoryData<string, string[]> MenuByRole => new()
    {
        { Roles.FrontDesk, ["residents", "repairs/new", "repairs/queue", "repairs/complaints"] },
        { Roles.Archivist, ["residents", "archives/files", "archives/loans", "archives/reconciliations", "archives/destruction", "archives/destruction/batches"] },
        { Roles.Finance, ["billing/bill-runs", "billing/bills", "billing/collections", "billing/charge-items", "billing/meter-readings", "billing/payments", "billing/dunning"] },
        { Roles.Maintenance, ["repairs/mine", "repairs/stock"] },
        { Roles.EstateManager, ["residents", "repairs/new", "repairs/queue", "repairs/complaints", "repairs/at-risk", "manager/approvals", "repairs/stock", "archives/destruction", "archives/destruction/batches", "billing/bill-runs", "billing/bills", "billing/collections", "billing/charge-items", "billing/meter-readings", "billing/payments", "billing/dunning", "quality/satisfaction", "residents/imports"] },
        { Roles.Quality, ["quality/league", "quality/satisfaction", "quality/inspections", "quality/reports"] },
        { Roles.GroupAdmin, ["residents", "quality/league", "quality/satisfaction", "quality/inspections", "quality/reports", "admin/estates", "admin/users", "admin/partners", "residents/imports"] },
        { Roles.Owner, ["me", "me/bills", "me/repairs", "me/complaints", "me/surveys", "me/data"] },
        { Roles.Tenant, ["me", "me/bills", "me/repairs", "me/complaints", "me/surveys"] },
    };

    [Theory]
    [MemberData(nameof(MenuByRole))]
    public Task SignIn_WhenUserHasRole_MenuOffersExactlyThatRolesPages(string role, string[] expected) =>
        platform.AsAsync(role, nameof(SignIn_WhenUserHasRole_MenuOffersExactlyThatRolesPages), async page =>
        {
            var offered = await page.Locator("[data-test=nav] [data-nav]").EvaluateAllAsync<string[]>(
                "links => links.map(link => link.getAttribute('data-nav'))");

            Assert.Equal(expected.Order(), offered.Order());
        });

    [Fact]
    public Task LanguageSwitch_WhenEnglishChosen_MenuIsInEnglishAndStaysSo() =>
        platform.AsAsync(Roles.FrontDesk, nameof(LanguageSwitch_WhenEnglishChosen_MenuIsInEnglishAndStaysSo), async page =>
        {
            Assert.Equal("今日工单", (await page.Locator("[data-nav='repairs/queue']").InnerTextAsync()).Trim());

            await page.Locator("[data-test=language] button").ClickAsync();
            await page.GetByText("English").ClickAsync();
            await page.WaitForURLAsync(url => !url.Contains("session/culture", StringComparison.Ordinal));
            // The URL test passes before the culture round trip has even started: wait for the page it comes back to.
            await page.Locator("[data-nav='repairs/queue']", new() { HasText = "Repair queue" }).WaitForAsync();
            await WebPlatform.WaitUntilInteractiveAsync(page);

            Assert.Equal("Repair queue", (await page.Locator("[data-nav='repairs/queue']").InnerTextAsync()).Trim());
            await page.ReloadAsync();
            Assert.Equal("Repair queue", (await page.Locator("[data-nav='repairs/queue']").InnerTextAsync()).Trim());
        });

    [Fact]
    public Task Page_WhenRoleMayNotUseIt_SaysSoInsteadOfShowingIt() =>
        platform.AsAsync(Roles.Owner, nameof(Page_WhenRoleMayNotUseIt_SaysSoInsteadOfShowingIt), async page =>
        {
            await page.GotoAsync("/repairs/queue");

            await Assertions.Expect(page.GetByText("您的角色无权使用此页面")).ToBeVisibleAsync();
            Assert.Equal(0, await page.Locator("[data-test=queue]").CountAsync());
        });
}
