using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Partners.Api.Apis;
using PropertyCloud.Testing;

namespace PropertyCloud.Partners.FunctionalTests;

[Collection(PartnersCollection.Name)]
public class RegistrationTests(PartnersService service)
{
    private static RegisterPartnerRequest Request(string code, IReadOnlyList<string>? types = null, bool amqp = true, Uri? webhook = null) =>
        new(code, "Acme 物业科技", types ?? [Events.RepairCompleted], [Guid.NewGuid()], false, false, amqp, webhook);

    [Fact]
    public async Task RegisterPartner_ByTheGroupAdmin_CreatesItsQueueAndShowsTheWebhookSecretOnce()
    {
        var code = PartnersService.NewCode();

        var registered = await service.RegisterAsync(Request(code, webhook: new Uri("https://partner.example/hooks")));

        Assert.Equal($"partner-{code}", registered.Partner.ClientId);
        Assert.Equal($"partner.{code}", registered.Partner.Queue);
        Assert.Equal("propertycloud.events", registered.Partner.Exchange);
        Assert.StartsWith("whsec_", registered.WebhookSecret);
        var queues = await service.VirtualHost.QueuesAsync();
        Assert.Contains(queues.EnumerateArray(), q => q.GetProperty("name").GetString() == $"partner.{code}");
        var again = await service.ClientFor(Roles.GroupAdmin).GetStringAsync($"/api/partners/{registered.Partner.Id}");
        Assert.DoesNotContain("whsec_", again);
    }

    [Fact]
    public async Task RegisterPartner_ByAnEstateManager_IsForbidden()
    {
        var response = await service.ClientFor(Roles.EstateManager, Guid.NewGuid()).PostAsJsonAsync("/api/partners", Request(PartnersService.NewCode()));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task RegisterPartner_WithAnInternalEventType_IsRefusedNamingTheField()
    {
        var response = await service.ClientFor(Roles.GroupAdmin).PostAsJsonAsync("/api/partners",
            Request(PartnersService.NewCode(), types: ["cn.propertycloud.repairs.charge.requested.v1"]));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("grantedTypes", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task RegisterPartner_WithATakenCode_IsAConflict()
    {
        var code = PartnersService.NewCode();
        await service.RegisterAsync(Request(code));

        var response = await service.ClientFor(Roles.GroupAdmin).PostAsJsonAsync("/api/partners", Request(code));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Fact]
    public async Task AnotherPartner_CannotSeeAPartnersDeliveries()
    {
        var registered = await service.RegisterAsync(Request(PartnersService.NewCode()));

        var response = await service.ClientFor(Roles.Partner).GetAsync($"/api/partners/{registered.Partner.Id}/deliveries");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Catalog_IsPublishedWithoutATokenAsAsyncApiAndAPage()
    {
        var anonymous = service.Factory.CreateClient();

        var asyncApi = JsonDocument.Parse(await anonymous.GetStringAsync("/api/partners/catalog/asyncapi")).RootElement;
        var page = await anonymous.GetStringAsync("/api/partners/catalog");

        Assert.Equal("3.0.0", asyncApi.GetProperty("asyncapi").GetString());
        Assert.True(asyncApi.GetProperty("channels").TryGetProperty(Events.RepairCompleted, out _));
        Assert.Contains(Events.RepairCompleted, page);
        Assert.Contains("repairOrderId", page);
    }
}
