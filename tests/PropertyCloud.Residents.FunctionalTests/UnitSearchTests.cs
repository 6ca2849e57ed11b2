using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Residents.Api.Apis;
using PropertyCloud.Residents.Api.Domain;
using PropertyCloud.Testing;

namespace PropertyCloud.Residents.FunctionalTests;

/// <summary>The unit picker's search: the units list finds units by what staff type, in label order, a page at a time.</summary>
public sealed class UnitSearchTests(ResidentsService service) : IClassFixture<ResidentsService>
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static (Guid Estate, Guid Other, Guid OtherUnit)? _estates;

    /// <summary>One estate of six units in three buildings (created out of order) and another with a namesake unit.</summary>
    private async Task<(Guid Estate, Guid Other, Guid OtherUnit)> EstatesAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (_estates is null)
            {
                var admin = RegisterClient.AsGroupAdmin(service.Factory);
                var estate = (await admin.RegisterEstateAsync()).Id;
                var ten = (await admin.RegisterBuildingAsync(estate, "10栋")).Id;
                var five = (await admin.RegisterBuildingAsync(estate, "5栋")).Id;
                var two = (await admin.RegisterBuildingAsync(estate, "2栋")).Id;
                await RegisterAsync(admin, estate, ten, "1", 5, "501");
                await RegisterAsync(admin, estate, five, "1", 15, "1501");
                await RegisterAsync(admin, estate, five, "2", 5, "501");
                await RegisterAsync(admin, estate, five, "1", 5, "502");
                await RegisterAsync(admin, estate, five, "1", 5, "501");
                await RegisterAsync(admin, estate, two, "1", 1, "101");
                var other = (await admin.RegisterEstateAsync()).Id;
                var otherUnit = await RegisterAsync(admin, other, (await admin.RegisterBuildingAsync(other, "5栋")).Id, "1", 5, "501");
                _estates = (estate, other, otherUnit);
            }
            return _estates.Value;
        }
        finally
        {
            Gate.Release();
        }
    }

    private static async Task<Guid> RegisterAsync(RegisterClient admin, Guid estate, Guid building, string entrance, int floor, string number)
    {
        var response = await admin.PostUnitAsync(estate, building, new(entrance, floor, number, "3室2厅2卫", 118.50m, 92.43m, UnitUsage.Residence));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<UnitResponse>(TestJson.Options))!.Id;
    }

    private HttpClient Finance(Guid estate) => service.Factory.CreateClientWithToken(TestTokens.For(Roles.Finance, estate));

    private async Task<PagedResult<UnitResponse>> ListAsync(string query)
    {
        var (estate, _, _) = await EstatesAsync();
        return (await Finance(estate).GetFromJsonAsync<PagedResult<UnitResponse>>($"/api/residents/estates/{estate}/units?{query}", TestJson.Options))!;
    }

    private static string Labels(PagedResult<UnitResponse> page) => string.Join(" ", page.Items.Select(u => $"{u.BuildingCode}-{u.Entrance}-{u.Number}"));

    [Theory]
    [InlineData("5-1-50", "5栋-1-501 5栋-1-502")]
    [InlineData("5栋 1单元 501", "5栋-1-501")]
    [InlineData("5栋-1-501", "5栋-1-501")]
    [InlineData("5号楼1单元501室", "5栋-1-501")]
    [InlineData("501", "5栋-1-501 5栋-2-501 10栋-1-501")]
    [InlineData("1501室", "5栋-1-1501")]
    [InlineData("5栋 15", "5栋-1-1501")]
    [InlineData("1单元 50", "5栋-1-501 5栋-1-502 10栋-1-501")]
    [InlineData("2", "2栋-1-101")]
    [InlineData(" 10 - 1 ", "10栋-1-501")]
    [InlineData("9栋", "")]
    [InlineData("5栋 6栋", "")]
    [InlineData("5-1-501-7", "")]
    public async Task ListUnits_ByTypedLabel_FindsTheMatchingUnitsInLabelOrder(string typed, string expected)
    {
        var page = await ListAsync("q=" + Uri.EscapeDataString(typed));

        Assert.Equal(expected, Labels(page));
        Assert.Equal(page.Items.Count, page.Total);
    }

    [Fact]
    public async Task ListUnits_WithoutText_ListsTheEstateWithShorterCodesFirst()
    {
        var page = await ListAsync("q=");

        Assert.Equal("2栋-1-101 5栋-1-501 5栋-1-502 5栋-1-1501 5栋-2-501 10栋-1-501", Labels(page));
    }

    [Fact]
    public async Task ListUnits_ByTextThatIsNoLabel_SearchesTheUnitsText()
    {
        var page = await ListAsync("q=" + Uri.EscapeDataString("3室2厅"));

        Assert.Equal(6, page.Total);
    }

    [Fact]
    public async Task ListUnits_ByText_FindsOnlyTheEstatesOwnUnits()
    {
        var (estate, other, otherUnit) = await EstatesAsync();

        var page = await ListAsync("q=5-1-501");
        var forbidden = await Finance(estate).GetAsync($"/api/residents/estates/{other}/units?q=5-1-501");
        var ownPage = (await Finance(other).GetFromJsonAsync<PagedResult<UnitResponse>>(
            $"/api/residents/estates/{other}/units?q=5-1-501", TestJson.Options))!;

        Assert.Single(page.Items);
        Assert.All(page.Items, u => Assert.Equal(estate, u.EstateId));
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(otherUnit, Assert.Single(ownPage.Items).Id);
    }

    [Fact]
    public async Task ListUnits_ByText_PagesAndCapsThePageSize()
    {
        var first = await ListAsync("q=501&pageSize=2");
        var second = await ListAsync("q=501&pageSize=2&page=2");
        var huge = await ListAsync("q=501&pageSize=100000");

        Assert.Equal("5栋-1-501 5栋-2-501", Labels(first));
        Assert.Equal("10栋-1-501", Labels(second));
        Assert.Equal(3, first.Total);
        Assert.Equal(PageRequest.MaxPageSize, huge.PageSize);
        Assert.Equal(3, huge.Items.Count);
    }

    [Fact]
    public async Task ListUnits_ByIds_ReturnsThoseUnitsOfTheEstateOnly()
    {
        var (_, _, otherUnit) = await EstatesAsync();
        var all = await ListAsync("");
        var wanted = all.Items.Where(u => u.Number == "501").Select(u => u.Id).ToList();

        var page = await ListAsync(string.Join("&", wanted.Append(otherUnit).Select(id => $"id={id}")));

        Assert.Equal(wanted.Order(), page.Items.Select(u => u.Id).Order());
    }

    [Theory]
    [InlineData("q=" + "1234567890123456789012345678901234567890123456789012345678901234567890", "q", 422)]
    [InlineData("q=5%00", "q", 422)]
    [InlineData("q=%0A5", "q", 422)]
    [InlineData("id=not-a-guid", "id", 400)]
    public async Task ListUnits_WithBadSearch_AnswersAProblemNamingTheParameter(string query, string field, int status)
    {
        var (estate, _, _) = await EstatesAsync();

        var response = await Finance(estate).GetAsync($"/api/residents/estates/{estate}/units?{query}");

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == (int)response.StatusCode, $"{(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(field, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListUnits_WithTooManyIds_Returns422NamingId()
    {
        var (estate, _, _) = await EstatesAsync();
        var ids = string.Join("&", Enumerable.Range(0, UnitSearch.MaxIds + 1).Select(_ => $"id={Guid.NewGuid()}"));

        var response = await Finance(estate).GetAsync($"/api/residents/estates/{estate}/units?{ids}");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty("id", out _), errors.ToString());
    }

    [Theory]
    [InlineData("q=-", 0)]
    [InlineData("q=%25%25", 0)]
    [InlineData("q=_", 0)]
    [InlineData("page=2147483647&pageSize=500&q=5", 0)]
    public async Task ListUnits_WithOddButHarmlessInput_AnswersAPage(string query, int expected)
    {
        var (estate, _, _) = await EstatesAsync();

        var response = await Finance(estate).GetAsync($"/api/residents/estates/{estate}/units?{query}");

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {body}");
        Assert.Equal(expected, JsonSerializer.Deserialize<PagedResult<UnitResponse>>(body, TestJson.Options)!.Items.Count);
    }
}
