using System.Net;
using PropertyCloud.Testing;

namespace PropertyCloud.Repairs.FunctionalTests;

[Collection(SharedRepairsService.Name)]
public sealed class StartupTests(RepairsService service)
{
    [Fact]
    public async Task Health_AfterStart_BecomesHealthyWithDatabaseAndBroker()
    {
        var client = service.Factory.CreateClient();

        await Eventually.TrueAsync(async () => (await client.GetAsync("/health")).StatusCode == HttpStatusCode.OK,
            because: "the database and the bus should become healthy once the service has started");
    }

    [Fact]
    public async Task AnyApiRoute_WithoutToken_Returns401()
    {
        var response = await service.Factory.CreateClient().GetAsync("/api/repairs/anything");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
