using PropertyCloud.BuildingBlocks.Security;

namespace PropertyCloud.Web.BrowserTests;

/// <summary>The group administrator's user administration: accounts with roles and estates, the initial password, disabling.</summary>
[Collection(WebPlatformCollection.Name)]
public sealed class AdminUsersTests(WebPlatform platform)
{
    private const string WrongCredentials = "用户名或密码错误。";

    [Fact]
    public Task NewUser_WhenCreatedWithAnEstateRole_SignsInWithTheOnceShownPasswordUntilDisabled() =>
        platform.AsAsync(Roles.GroupAdmin, nameof(NewUser_WhenCreatedWithAnEstateRole_SignsInWithTheOnceShownPasswordUntilDisabled), async page =>
        {
            var userName = $"desk-{Guid.NewGuid().ToString("N")[..6]}";
            await page.Locator("[data-nav='admin/users']").ClickAsync();
            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("用户与角色");
            await Assertions.Expect(page.Locator("[data-test=users] tbody tr", new() { HasText = "group_admin" })).ToBeVisibleAsync();

            await page.Locator("[data-test=new-user]").ClickAsync();
            await WebPlatform.Field(page, "new-user-name").FillAsync(userName);
            await WebPlatform.Field(page, "new-display-name").FillAsync("新前台");
            await WebPlatform.Field(page, "role-front_desk").CheckAsync();
            await Assertions.Expect(page.Locator("[data-test=access-hint]")).ToHaveTextAsync("所选角色属于小区员工，请至少选择一个小区。");
            await Assertions.Expect(page.Locator("[data-test=create]")).ToBeDisabledAsync();
            await WebPlatform.Field(page, "estate-CH-001").CheckAsync();
            await page.Locator("[data-test=create]").ClickAsync();

            var dialog = page.Locator(".mud-dialog");
            await Assertions.Expect(dialog.Locator("[data-test=once-warning]")).ToContainTextAsync("无法再次查看");
            var values = dialog.Locator("input");
            await Assertions.Expect(values).ToHaveCountAsync(2);
            await Assertions.Expect(values.First).ToHaveValueAsync(userName);
            var password = await values.Nth(1).InputValueAsync();
            Assert.True(password.Length >= 12, $"initial password '{password}' is too short");
            await dialog.Locator("[data-test=secret-done]").ClickAsync();
            await Assertions.Expect(page.Locator(".mud-dialog")).ToHaveCountAsync(0);
            await Assertions.Expect(page.GetByText(password)).ToHaveCountAsync(0);

            var row = page.Locator("[data-test=users] tbody tr", new() { HasText = userName });
            await Assertions.Expect(row).ToContainTextAsync("前台客服");
            await Assertions.Expect(row).ToContainTextAsync("翠湖花园");
            await Assertions.Expect(row.Locator("[data-test=user-status]")).ToHaveTextAsync("正常");

            await using (var newcomer = await SignInAsync(page, userName, password))
            {
                await Assertions.Expect(newcomer.Pages[0].Locator("[data-nav='repairs/queue']")).ToBeVisibleAsync();
            }

            await row.Locator("[data-test=user-link]").ClickAsync();
            await Assertions.Expect(page.Locator("[data-test=user-name-heading]")).ToHaveTextAsync(userName);
            await WebPlatform.Field(page, "disable-reason").FillAsync("离职");
            await page.Locator("[data-test=disable]").ClickAsync();
            await Assertions.Expect(page.Locator("[data-test=user-status]")).ToHaveTextAsync("已停用");
            await Assertions.Expect(page.Locator("[data-test=audit] [data-test=audit-action]", new() { HasText = "停用账号" })).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("[data-test=audit] [data-test=audit-action]", new() { HasText = "创建账号" })).ToBeVisibleAsync();

            await using (var refused = await SignInAsync(page, userName, password))
            {
                await Assertions.Expect(refused.Pages[0].GetByText(WrongCredentials)).ToBeVisibleAsync();
                Assert.Equal(0, await refused.Pages[0].Locator("[data-test=nav]").CountAsync());
            }
        });

    [Fact]
    public Task NewUser_WhenGivenAGroupWideRole_CannotBeGivenEstates() =>
        platform.AsAsync(Roles.GroupAdmin, nameof(NewUser_WhenGivenAGroupWideRole_CannotBeGivenEstates), async page =>
        {
            await page.Locator("[data-nav='admin/users']").ClickAsync();
            await page.Locator("[data-test=new-user]").ClickAsync();
            await WebPlatform.Field(page, "estate-CH-001").CheckAsync();

            await WebPlatform.Field(page, "role-quality").CheckAsync();

            await Assertions.Expect(WebPlatform.Field(page, "estate-CH-001")).Not.ToBeCheckedAsync();
            await Assertions.Expect(WebPlatform.Field(page, "estate-CH-001")).ToBeDisabledAsync();
            await Assertions.Expect(page.Locator("[data-test=access-hint]")).ToHaveTextAsync("集团管理员和品质部可查看全部小区，无需指定小区。");
        });

    /// <summary>Signs in on a browser context of its own (its own cookies), as a person at another desk would.</summary>
    private async Task<IBrowserContext> SignInAsync(IPage page, string userName, string password)
    {
        var context = await page.Context.Browser!.NewContextAsync(new BrowserNewContextOptions { BaseURL = platform.Gateway.ToString(), Locale = "zh-CN" });
        context.SetDefaultTimeout(20_000);
        var other = await context.NewPageAsync();
        await other.GotoAsync("/");
        await other.Locator("#UserName").FillAsync(userName);
        await other.Locator("#Password").FillAsync(password);
        await other.Locator("button[type=submit]").ClickAsync();
        return context;
    }
}
