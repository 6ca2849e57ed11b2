using PropertyCloud.BuildingBlocks.Security;

namespace PropertyCloud.Web.BrowserTests;

/// <summary>The user list's filters and its XLSX export, over accounts each test makes under a name prefix of its own.</summary>
[Collection(WebPlatformCollection.Name)]
public sealed class AdminUsersListTests(WebPlatform platform)
{
    private const string EmeraldLake = "翠湖花园";

    private static ILocator Rows(IPage page) => page.Locator("[data-test=users] tbody tr");

    private static async Task ChooseAsync(IPage page, string select, string item)
    {
        await page.Locator($"[data-test={select}]").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item", new PageLocatorOptions { HasText = item }).ClickAsync();
    }

    private static async Task SearchAsync(IPage page, string prefix)
    {
        await page.Locator("[data-nav='admin/users']").ClickAsync();
        await WebPlatform.WaitUntilInteractiveAsync(page);
        await WebPlatform.Field(page, "user-search").FillAsync(prefix);
        await page.Locator("[data-test=search]").ClickAsync();
    }

    /// <summary>Two surveyors (one disabled) and an archivist, all named after a fresh prefix.</summary>
    private async Task<(string Prefix, string Surveyor, string Disabled, string Archivist)> StaffAsync()
    {
        var prefix = AdminStaff.NewName("list");
        var (surveyor, disabled, archivist) = ($"{prefix}-a", $"{prefix}-b", $"{prefix}-c");
        await AdminStaff.CreateAsync(platform, surveyor, Roles.Surveyor, EmeraldLake);
        await AdminStaff.DisableAsync(platform, await AdminStaff.CreateAsync(platform, disabled, Roles.Surveyor, EmeraldLake));
        await AdminStaff.CreateAsync(platform, archivist, Roles.Archivist, EmeraldLake);
        return (prefix, surveyor, disabled, archivist);
    }

    [Fact]
    public async Task List_FilteredByRoleThenStatus_ShowsOnlyTheMatchingAccountsAtOnce()
    {
        var (prefix, surveyor, disabled, archivist) = await StaffAsync();

        await platform.AsAsync(Roles.GroupAdmin, nameof(List_FilteredByRoleThenStatus_ShowsOnlyTheMatchingAccountsAtOnce), async page =>
        {
            await SearchAsync(page, prefix);
            await Assertions.Expect(Rows(page)).ToHaveCountAsync(3);

            await ChooseAsync(page, "role-filter", "调查员");
            await Assertions.Expect(Rows(page)).ToHaveCountAsync(2);
            await Assertions.Expect(Rows(page).Filter(new() { HasText = archivist })).ToHaveCountAsync(0);

            await ChooseAsync(page, "status-filter", "已停用");
            await Assertions.Expect(Rows(page)).ToHaveCountAsync(1);
            await Assertions.Expect(Rows(page).First).ToContainTextAsync(disabled);
            await Assertions.Expect(Rows(page).First.Locator("[data-test=user-status]")).ToHaveTextAsync("已停用");

            await ChooseAsync(page, "status-filter", "正常");
            await Assertions.Expect(Rows(page)).ToHaveCountAsync(1);
            await Assertions.Expect(Rows(page).First).ToContainTextAsync(surveyor);
        });
    }

    [Fact]
    public async Task Export_WithTheListsFilters_DownloadsTheSameAccounts()
    {
        var (prefix, surveyor, disabled, _) = await StaffAsync();

        await platform.AsAsync(Roles.GroupAdmin, nameof(Export_WithTheListsFilters_DownloadsTheSameAccounts), async page =>
        {
            await SearchAsync(page, prefix);
            await ChooseAsync(page, "role-filter", "调查员");
            await Assertions.Expect(Rows(page)).ToHaveCountAsync(2);

            var workbook = await DownloadedWorkbook.ExportAsync(page);

            Assert.Matches(@"^users-\d{8}\.xlsx$", workbook.FileName);
            Assert.Equal([surveyor, disabled], workbook.Rows.Select(r => workbook.Cell(r, "用户名")));
            Assert.Equal(["正常", "已停用"], workbook.Rows.Select(r => workbook.Cell(r, "状态")));
            Assert.All(workbook.Rows, r => Assert.Equal("调查员", workbook.Cell(r, "角色")));
        });
    }
}
