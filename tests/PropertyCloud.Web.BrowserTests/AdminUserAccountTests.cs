using PropertyCloud.BuildingBlocks.Security;

namespace PropertyCloud.Web.BrowserTests;

/// <summary>An account's page: its roles and estates, disabling and enabling it, resetting its password.</summary>
[Collection(WebPlatformCollection.Name)]
public sealed class AdminUserAccountTests(WebPlatform platform)
{
    private const string EmeraldLake = "翠湖花园";

    private static ILocator Audit(IPage page, string action) =>
        page.Locator("[data-test=audit] [data-test=audit-action]", new() { HasText = action });

    [Fact]
    public async Task Access_WhenAGroupWideRoleIsChosen_ClearsAndLocksTheEstatesAndIsSaved()
    {
        var userName = AdminStaff.NewName("access");
        var userId = await AdminStaff.CreateAsync(platform, userName, Roles.FrontDesk, EmeraldLake);

        await platform.AsAsync(Roles.GroupAdmin, nameof(Access_WhenAGroupWideRoleIsChosen_ClearsAndLocksTheEstatesAndIsSaved), async page =>
        {
            await AdminStaff.OpenAsync(page, userId, userName);
            await Assertions.Expect(WebPlatform.Field(page, "role-front_desk")).ToBeCheckedAsync();
            await Assertions.Expect(WebPlatform.Field(page, "estate-CH-001")).ToBeCheckedAsync();

            await WebPlatform.Field(page, "role-finance").CheckAsync();
            await WebPlatform.Field(page, "estate-JG-002").CheckAsync();
            await page.Locator("[data-test=save-access]").ClickAsync();
            await Assertions.Expect(Audit(page, "变更角色与小区")).ToHaveCountAsync(1);
            // The audit trail names the estates, not their ids.
            await Assertions.Expect(page.Locator("[data-test=audit] [data-test=audit-details]").First).ToContainTextAsync(EmeraldLake);

            await WebPlatform.Field(page, "role-quality").CheckAsync();
            foreach (var estate in new[] { "estate-CH-001", "estate-JG-002" })
            {
                await Assertions.Expect(WebPlatform.Field(page, estate)).Not.ToBeCheckedAsync();
                await Assertions.Expect(WebPlatform.Field(page, estate)).ToBeDisabledAsync();
            }
            await Assertions.Expect(page.Locator("[data-test=access-hint]")).ToHaveTextAsync("集团管理员和品质部可查看全部小区，无需指定小区。");
            await page.Locator("[data-test=save-access]").ClickAsync();
            await Assertions.Expect(Audit(page, "变更角色与小区")).ToHaveCountAsync(2);

            await page.ReloadAsync();
            await WebPlatform.WaitUntilInteractiveAsync(page);
            await Assertions.Expect(WebPlatform.Field(page, "role-quality")).ToBeCheckedAsync();
            await Assertions.Expect(WebPlatform.Field(page, "role-finance")).ToBeCheckedAsync();
            await Assertions.Expect(WebPlatform.Field(page, "estate-CH-001")).Not.ToBeCheckedAsync();
            await Assertions.Expect(WebPlatform.Field(page, "estate-CH-001")).ToBeDisabledAsync();

            // Without the group-wide role the estates open again, and an estate is needed before saving.
            await WebPlatform.Field(page, "role-quality").UncheckAsync();
            await Assertions.Expect(WebPlatform.Field(page, "estate-CH-001")).ToBeEnabledAsync();
            await Assertions.Expect(page.Locator("[data-test=save-access]")).ToBeDisabledAsync();
            await WebPlatform.Field(page, "estate-JG-002").CheckAsync();
            await Assertions.Expect(page.Locator("[data-test=save-access]")).ToBeEnabledAsync();
        });
    }

    [Fact]
    public async Task Disable_WithAReason_IsAuditedAndEnableOpensTheAccountAgain()
    {
        var userName = AdminStaff.NewName("leaver");
        var userId = await AdminStaff.CreateAsync(platform, userName, Roles.Archivist, EmeraldLake);

        await platform.AsAsync(Roles.GroupAdmin, nameof(Disable_WithAReason_IsAuditedAndEnableOpensTheAccountAgain), async page =>
        {
            await AdminStaff.OpenAsync(page, userId, userName);
            var reason = "调岗 " + userName;
            await WebPlatform.Field(page, "disable-reason").FillAsync(reason);
            await page.Locator("[data-test=disable]").ClickAsync();

            await Assertions.Expect(page.Locator("[data-test=user-status]")).ToHaveTextAsync("已停用");
            var disabled = page.Locator("[data-test=audit] tbody tr", new() { HasText = "停用账号" });
            await Assertions.Expect(disabled).ToContainTextAsync(reason);
            await Assertions.Expect(page.Locator("[data-test=disable]")).ToHaveCountAsync(0);

            await page.Locator("[data-test=enable]").ClickAsync();

            await Assertions.Expect(page.Locator("[data-test=user-status]")).ToHaveTextAsync("正常");
            await Assertions.Expect(Audit(page, "启用账号")).ToHaveCountAsync(1);
            await Assertions.Expect(WebPlatform.Field(page, "disable-reason")).ToHaveValueAsync("");
        });
    }

    [Fact]
    public async Task ResetPassword_ShowsTheNewPasswordOnceAndItSignsIn()
    {
        var userName = AdminStaff.NewName("forgot");
        var userId = await AdminStaff.CreateAsync(platform, userName, Roles.Maintenance, EmeraldLake);

        await platform.AsAsync(Roles.GroupAdmin, nameof(ResetPassword_ShowsTheNewPasswordOnceAndItSignsIn), async page =>
        {
            await AdminStaff.OpenAsync(page, userId, userName);

            await page.Locator("[data-test=reset-password]").ClickAsync();

            var dialog = page.Locator(".mud-dialog");
            await Assertions.Expect(dialog.Locator("[data-test=once-warning]")).ToBeVisibleAsync();
            var values = dialog.Locator("input");
            await Assertions.Expect(values).ToHaveCountAsync(2);
            await Assertions.Expect(values.First).ToHaveValueAsync(userName);
            var password = await values.Nth(1).InputValueAsync();
            Assert.True(password.Length >= 12, $"new password '{password}' is too short");
            await dialog.Locator("[data-test=secret-done]").ClickAsync();
            await Assertions.Expect(page.Locator(".mud-dialog")).ToHaveCountAsync(0);
            await Assertions.Expect(page.GetByText(password)).ToHaveCountAsync(0);
            await Assertions.Expect(Audit(page, "重置密码")).ToHaveCountAsync(1);
            Assert.True(await AdminStaff.SignsInAsync(platform, userName, password), "the new password does not sign in");
        });
    }
}
