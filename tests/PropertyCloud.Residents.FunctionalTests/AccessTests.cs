using System.Net;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Testing;

namespace PropertyCloud.Residents.FunctionalTests;

public sealed class AccessTests(ResidentsService service) : IClassFixture<ResidentsService>
{
    [Fact]
    public async Task ListEstates_WithoutToken_Returns401()
    {
        var response = await service.Factory.CreateClient().GetAsync("/api/residents/estates");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task ListEstates_WithTokenFromAnotherIssuer_Returns401()
    {
        var forged = TestTokens.For(Roles.GroupAdmin)[..^4] + "AAAA";
        var response = await service.Factory.CreateClientWithToken(forged).GetAsync("/api/residents/estates");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task ListEstates_WithTokenForAnotherAudience_Returns401()
    {
        var response = await service.Factory.CreateClientWithToken(TestTokens.ForAnotherAudience(Roles.GroupAdmin))
            .GetAsync("/api/residents/estates");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task ListUnits_WhenTokenCoversAnotherEstate_Returns403()
    {
        var admin = RegisterClient.AsGroupAdmin(service.Factory);
        var estateA = await admin.RegisterEstateAsync();
        var estateB = await admin.RegisterEstateAsync();
        var frontDeskOfA = service.Factory.CreateClientWithToken(TestTokens.For(Roles.FrontDesk, estateA.Id));

        var own = await frontDeskOfA.GetAsync($"/api/residents/estates/{estateA.Id}/units");
        var other = await frontDeskOfA.GetAsync($"/api/residents/estates/{estateB.Id}/units");

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        Assert.Equal("application/problem+json", other.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ListEstates_ForEstateStaff_ShowsOnlyTheirEstates()
    {
        var admin = RegisterClient.AsGroupAdmin(service.Factory);
        var estateA = await admin.RegisterEstateAsync();
        await admin.RegisterEstateAsync();
        var frontDeskOfA = service.Factory.CreateClientWithToken(TestTokens.For(Roles.FrontDesk, estateA.Id));

        var body = await frontDeskOfA.GetStringAsync("/api/residents/estates");

        Assert.Contains(estateA.Id.ToString(), body, StringComparison.Ordinal);
        Assert.Contains("\"total\":1", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RegisterEstate_AsFrontDesk_Returns403()
    {
        var frontDesk = new RegisterClient(service.Factory.CreateClientWithToken(TestTokens.For(Roles.FrontDesk, Guid.NewGuid())));

        var response = await frontDesk.Http.PostAsync("/api/residents/estates",
            new StringContent("""{"code":"X1","name":"x","company":"y","kind":"Residential"}""", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
