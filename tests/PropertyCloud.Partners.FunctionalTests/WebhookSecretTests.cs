using System.Net.Http.Json;
using Npgsql;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Partners.Api.Apis;
using PropertyCloud.Testing;
using StandardWebhooks;

namespace PropertyCloud.Partners.FunctionalTests;

/// <summary>The webhook signing secret is stored only encrypted, and can be replaced.</summary>
[Collection(PartnersCollection.Name)]
public sealed class WebhookSecretTests(PartnersService service) : IAsyncLifetime
{
    private WebhookReceiver _receiver = null!;
    private readonly Guid _estate = Guid.NewGuid();

    public async Task InitializeAsync() => _receiver = await WebhookReceiver.StartAsync();

    public async Task DisposeAsync() => await _receiver.DisposeAsync();

    [Fact]
    public async Task TheDatabase_HoldsTheWebhookSecretOnlyEncrypted()
    {
        var registered = await RegisterAsync();

        await using var connection = new NpgsqlConnection(service.Database.ConnectionString);
        await connection.OpenAsync();
        await using var query = new NpgsqlCommand("SELECT protected_webhook_secret FROM partners WHERE id = @id", connection);
        query.Parameters.AddWithValue("id", registered.Partner.Id);
        var stored = (string)(await query.ExecuteScalarAsync())!;

        Assert.StartsWith("v1.", stored, StringComparison.Ordinal);
        Assert.DoesNotContain(registered.WebhookSecret!["whsec_".Length..], stored, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AfterRotation_WebhooksAreSignedWithTheNewSecretOnly()
    {
        var registered = await RegisterAsync();

        var response = await service.ClientFor(Roles.GroupAdmin).PostAsync($"/api/partners/{registered.Partner.Id}/webhook-secret", null);
        response.EnsureSuccessStatusCode();
        var rotated = (await response.Content.ReadFromJsonAsync<WebhookSecretResponse>(TestJson.Options))!.WebhookSecret;
        await service.PublishAndWaitAsync(Events.RepairOrderCompleted(_estate));

        var webhook = await Eventually.GetAsync(() => Task.FromResult(_receiver.Received.FirstOrDefault()));
        new StandardWebhook(rotated).Verify(webhook.Body, webhook.Headers);
        Assert.ThrowsAny<Exception>(() => new StandardWebhook(registered.WebhookSecret!).Verify(webhook.Body, webhook.Headers));
    }

    private Task<PartnerRegisteredResponse> RegisterAsync() => service.RegisterAsync(new RegisterPartnerRequest(PartnersService.NewCode(),
        "Hooked", [Events.RepairCompleted], [_estate], false, false, Amqp: false, WebhookUrl: _receiver.Url));
}
