using System.Net;
using System.Net.Http.Json;
using System.Text;
using PropertyCloud.BuildingBlocks.Security;
using static PropertyCloud.Repairs.FunctionalTests.RepairsApi;

namespace PropertyCloud.Repairs.FunctionalTests;

[Collection(SharedRepairsService.Name)]
public sealed class BadInputTests(RepairsService service)
{
    private readonly Guid _estate = Guid.NewGuid();

    [Fact]
    public async Task Open_WithoutCategoryOrDescription_Returns400NamingEachField()
    {
        var response = await service.ClientFor(Roles.FrontDesk, _estate).PostAsJsonAsync(Orders(_estate),
            new { channel = "Phone", urgency = "Normal", publicArea = "大堂", description = "" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("\"category\"", body, StringComparison.Ordinal);
        Assert.Contains("\"description\"", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Open_WithUnknownUrgency_Returns400NamingUrgency()
    {
        var json = """{"channel":"Phone","category":"Plumbing","urgency":"whenever","publicArea":"大堂","description":"漏水"}""";
        var response = await service.ClientFor(Roles.FrontDesk, _estate).PostAsync(Orders(_estate), new StringContent(json, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"urgency\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Open_WithBothUnitAndPublicArea_Returns422NamingLocation()
    {
        var response = await service.ClientFor(Roles.FrontDesk, _estate).PostAsJsonAsync(Orders(_estate),
            new { channel = "Visit", category = "Electrical", urgency = "Normal", unitId = Guid.NewGuid(), publicArea = "车库", description = "灯不亮" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("repair.location_unit_or_public_area", body, StringComparison.Ordinal);
        Assert.Contains("\"location\"", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FollowUp_WithScoreOutsideOneToFive_Returns400NamingScore()
    {
        var order = await OpenAsync(service.ClientFor(Roles.FrontDesk, _estate), _estate);

        var response = await StepAsync(service.ClientFor(Roles.FrontDesk, _estate), _estate, order.Id, "follow-up", new { satisfactionScore = 9 });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"satisfactionScore\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
