using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using PropertyCloud.Residents.Contracts;
using PropertyCloud.Testing;

namespace PropertyCloud.EndToEnd.Tests;

[Collection(PlatformCollection.Name)]
public sealed class ThroughTheGatewayTests(Platform platform)
{
    [Fact]
    public async Task RegisterUnit_ThroughTheGateway_OpensTheUnitsFileInArchives()
    {
        var admin = await platform.GatewayClientAsync("group_admin");
        var code = "E2E" + Guid.NewGuid().ToString("N")[..6];

        var estate = await PostAsync(admin, "/api/residents/estates",
            new { code, name = "端到端测试小区", company = "测试物业", kind = "Residential", address = "测试路" });
        var estateId = estate.GetProperty("id").GetGuid();
        var building = await PostAsync(admin, $"/api/residents/estates/{estateId}/buildings",
            new { code = "1栋", name = "一号楼", floors = 18, entrances = 2 });
        var buildingId = building.GetProperty("id").GetGuid();
        var unit = await PostAsync(admin, $"/api/residents/estates/{estateId}/buildings/{buildingId}/units",
            new { entrance = "2", floor = 8, number = "802", layout = "2室1厅", buildingArea = 88.6, usableArea = 70.1, usage = "Residence" });
        var unitId = unit.GetProperty("id").GetGuid();

        var file = await Eventually.GetAsync(async () =>
        {
            var page = await admin.GetFromJsonAsync<JsonElement>($"/api/archives/estates/{estateId}/files?unitId={unitId}");
            return page.GetProperty("total").GetInt64() == 1 ? (JsonElement?)page.GetProperty("items")[0] : null;
        }, TimeSpan.FromSeconds(60), "the unit's file should open in Archives");
        Assert.Equal("1栋-2-802", file!.Value.GetProperty("fileNumber").GetString());
    }

    [Fact]
    public async Task ListEstates_WithoutToken_Returns401()
    {
        var anonymous = await platform.GatewayClientAsync();

        var response = await anonymous.GetAsync("/api/residents/estates");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task ListEstates_ForGroupAdmin_IncludesTheThreeDemoEstates()
    {
        var admin = await platform.GatewayClientAsync("group_admin");

        var body = await admin.GetStringAsync("/api/residents/estates?pageSize=100");

        Assert.All(DemoEstates.All, id => Assert.Contains(id.ToString(), body, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ListEstates_ForFrontDesk_ShowsOnlyTheirEstate()
    {
        var frontDesk = await platform.GatewayClientAsync("front_desk");

        var page = await frontDesk.GetFromJsonAsync<JsonElement>("/api/residents/estates");

        Assert.Equal(1, page.GetProperty("total").GetInt64());
        Assert.Equal(DemoEstates.EmeraldLake, page.GetProperty("items")[0].GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task ListUnits_OfAnotherEstate_Returns403()
    {
        var frontDesk = await platform.GatewayClientAsync("front_desk");

        var response = await frontDesk.GetAsync($"/api/residents/estates/{DemoEstates.Riverside}/units");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task RegisterBuilding_WithMalformedBody_Returns400NamingTheField()
    {
        var admin = await platform.GatewayClientAsync("group_admin");

        var response = await admin.PostAsync($"/api/residents/estates/{DemoEstates.EmeraldLake}/buildings",
            new StringContent("""{"code":"99栋","name":"x","floors":"many","entrances":1}""", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("floors", out _), problem.ToString());
    }

    [Fact]
    public async Task Token_WithWrongPassword_IsRefused()
    {
        var anonymous = await platform.GatewayClientAsync();

        var response = await anonymous.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password", ["client_id"] = "propertycloud-cli", ["username"] = "front_desk", ["password"] = "wrong",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("invalid_grant", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DemoData_OpensAFileForEveryDemoUnit()
    {
        var admin = await platform.GatewayClientAsync("group_admin");

        var units = await admin.GetFromJsonAsync<JsonElement>($"/api/residents/estates/{DemoEstates.GoldenOsmanthus}/units?pageSize=1");
        var expected = units.GetProperty("total").GetInt64();
        Assert.True(expected > 100);

        await Eventually.TrueAsync(async () =>
        {
            var files = await admin.GetFromJsonAsync<JsonElement>($"/api/archives/estates/{DemoEstates.GoldenOsmanthus}/files?pageSize=1");
            return files.GetProperty("total").GetInt64() == expected;
        }, TimeSpan.FromSeconds(90), "every demo unit should get its file");
    }

    [Fact]
    public async Task DemoOwner_SignedIn_ReadsTheirOwnRecordUnmasked()
    {
        var owner = await platform.GatewayClientAsync("owner");

        var response = await owner.GetAsync($"/api/residents/estates/{DemoEstates.EmeraldLake}/me");

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        Assert.DoesNotContain("****", body, StringComparison.Ordinal);
        Assert.Matches("1[3589][0-9]{9}", body);
    }

    [Fact]
    public async Task DemoMaintenanceWorker_SignedIn_SeesOrdersDispatchedToThem()
    {
        var worker = await platform.GatewayClientAsync("maintenance");

        var page = await worker.GetFromJsonAsync<JsonElement>("/api/repairs/my-orders");

        Assert.True(page.GetProperty("total").GetInt64() > 0, page.ToString());
    }

    private static async Task<JsonElement> PostAsync(HttpClient client, string path, object body)
    {
        var response = await client.PostAsJsonAsync(path, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode} {path}: {text}");
        return JsonDocument.Parse(text).RootElement;
    }
}
