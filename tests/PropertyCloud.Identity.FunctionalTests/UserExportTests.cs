using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using Npgsql;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.BuildingBlocks.Spreadsheets;
using PropertyCloud.Identity.Api.Users;
using PropertyCloud.Residents.Contracts;

namespace PropertyCloud.Identity.FunctionalTests;

public sealed class UserExportTests(IdentityApiFixture fixture) : IClassFixture<IdentityApiFixture>
{
    private const string Export = "/api/identity/users/export";

    private readonly string _prefix = $"x{Guid.NewGuid():N}"[..10];

    private static List<IDictionary<string, object>> Rows(byte[] xlsx, string sheet)
    {
        using var stream = new MemoryStream(xlsx);
        return [.. stream.Query(useHeaderRow: true, sheetName: sheet).Cast<IDictionary<string, object>>()];
    }

    private static List<string> Headings(byte[] xlsx, string sheet)
    {
        using var stream = new MemoryStream(xlsx);
        return [.. stream.GetColumns(useHeaderRow: true, sheetName: sheet)!.Cast<string>()];
    }

    private Task<CreatedUser> CreateAsync(HttpClient admin, string name, string role, params Guid[] estates) =>
        admin.CreateUserAsync(new CreateUserRequest($"{_prefix}.{name}", $"测试 {name}", [role], estates, null));

    [Fact]
    public async Task Export_WithTheListsFilters_HoldsExactlyTheMatchingAccountsHeadedInChinese()
    {
        var admin = await fixture.ClientForAsync(Roles.GroupAdmin);
        var desk = await CreateAsync(admin, "desk", Roles.FrontDesk, DemoEstates.EmeraldLake);
        await CreateAsync(admin, "finance", Roles.Finance, DemoEstates.EmeraldLake);
        await CreateAsync(admin, "elsewhere", Roles.FrontDesk, DemoEstates.GoldenOsmanthus);

        using var response = await admin.GetAsync($"{Export}?search={_prefix}&role={Roles.FrontDesk}&estateId={DemoEstates.EmeraldLake}&status=Active");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(LocalizedSheet.ContentType, response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("users-", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'), StringComparison.Ordinal);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(["用户名", "姓名", "角色", "小区", "状态", "停用时间 (UTC)", "锁定至 (UTC)"], Headings(bytes, "用户清单"));
        var row = Assert.Single(Rows(bytes, "用户清单"));
        Assert.Equal((desk.User.UserName, "测试 desk", "前台客服", DemoEstates.EmeraldLake.ToString("D"), "正常"),
            ((string)row["用户名"], (string)row["姓名"], (string)row["角色"], (string)row["小区"], (string)row["状态"]));
    }

    [Fact]
    public async Task Export_WhenEnglishIsAsked_HeadsColumnsAndNamesValuesInEnglish()
    {
        var admin = await fixture.ClientForAsync(Roles.GroupAdmin, "en-US");
        var quality = await CreateAsync(admin, "quality", Roles.Quality);
        var disabled = await CreateAsync(admin, "gone", Roles.Finance, DemoEstates.EmeraldLake);
        using (var disabling = await admin.PostAsync($"/api/identity/users/{disabled.User.Id}/disable",
                   JsonContent.Create(new DisableUserRequest("left"))))
        {
            Assert.Equal(HttpStatusCode.OK, disabling.StatusCode);
        }

        var bytes = await admin.GetByteArrayAsync($"{Export}?search={_prefix}");
        var disabledOnly = Rows(await admin.GetByteArrayAsync($"{Export}?search={_prefix}&status=Disabled"), "Users");

        Assert.Equal(["User name", "Display name", "Roles", "Estates", "Status", "Disabled at (UTC)", "Locked out until (UTC)"], Headings(bytes, "Users"));
        var rows = Rows(bytes, "Users");
        Assert.Equal([disabled.User.UserName, quality.User.UserName], rows.Select(r => (string)r["User name"]));
        Assert.Equal(("Finance", "Disabled"), ((string)rows[0]["Roles"], (string)rows[0]["Status"]));
        Assert.NotNull(rows[0]["Disabled at (UTC)"]);
        Assert.Equal(("Quality", "All estates", "Active"), ((string)rows[1]["Roles"], (string)rows[1]["Estates"], (string)rows[1]["Status"]));
        Assert.Equal(disabled.User.UserName, (string)Assert.Single(disabledOnly)["User name"]);
    }

    [Fact]
    public async Task Export_WhenTheAccountHasAPhoneNumber_LeavesItOutLikeTheList()
    {
        var admin = await fixture.ClientForAsync(Roles.GroupAdmin);
        var desk = await CreateAsync(admin, "phone", Roles.FrontDesk, DemoEstates.EmeraldLake);
        await using (var connection = new NpgsqlConnection(fixture.ConnectionString))
        {
            await connection.OpenAsync();
            await using var update = new NpgsqlCommand("UPDATE users SET phone_number = '13912345678', email = 'desk@example.cn' WHERE id = @id", connection);
            update.Parameters.AddWithValue("id", desk.User.Id);
            Assert.Equal(1, await update.ExecuteNonQueryAsync());
        }

        var row = Assert.Single(Rows(await admin.GetByteArrayAsync($"{Export}?search={_prefix}"), "用户清单"));

        Assert.Equal(desk.User.UserName, (string)row["用户名"]);
        Assert.DoesNotContain(row.Values, value => value?.ToString() is { } text && (text.Contains("1391234", StringComparison.Ordinal)
            || text.Contains("example.cn", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Export_WhenMoreAccountsMatchThanTheCap_Is422NamingTheSearchInsteadOfACutList()
    {
        var admin = await fixture.ClientForAsync(Roles.GroupAdmin);
        await CreateAsync(admin, "one", Roles.FrontDesk, DemoEstates.EmeraldLake);
        await CreateAsync(admin, "two", Roles.Finance, DemoEstates.EmeraldLake);
        await using var capped = fixture.WithWebHostBuilder(host => host.ConfigureTestServices(services =>
            services.Configure<UserExportOptions>(options => options.MaxRows = 1)));
        var client = capped.CreateClient();
        client.DefaultRequestHeaders.Authorization = admin.DefaultRequestHeaders.Authorization;

        using var tooMany = await client.GetAsync($"{Export}?search={_prefix}");
        using var narrowed = await client.GetAsync($"{Export}?search={_prefix}&role={Roles.Finance}");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooMany.StatusCode);
        var problem = await tooMany.ReadJsonAsync();
        Assert.Contains("user_export.too_many_rows", problem.ToString(), StringComparison.Ordinal);
        Assert.True(problem.GetProperty("errors").TryGetProperty("search", out _));
        Assert.Equal(HttpStatusCode.OK, narrowed.StatusCode);
    }

    [Theory]
    [InlineData(Roles.EstateManager)]
    [InlineData(Roles.Quality)]
    [InlineData(Roles.FrontDesk)]
    public async Task Export_WhenCallerIsNotGroupAdmin_Returns403(string role)
    {
        var client = await fixture.ClientForAsync(role);

        using var response = await client.GetAsync(Export);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Export_WithAnUnknownStatus_Is400()
    {
        var admin = await fixture.ClientForAsync(Roles.GroupAdmin);

        using var response = await admin.GetAsync($"{Export}?status=Lost");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
