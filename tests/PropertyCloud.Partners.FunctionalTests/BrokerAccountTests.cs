using System.Net;
using System.Net.Http.Json;
using System.Text;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Partners.Api.Apis;
using PropertyCloud.Testing;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace PropertyCloud.Partners.FunctionalTests;

/// <summary>Each AMQP partner logs in to the broker as itself and can read its own queue and nothing else.</summary>
[Collection(PartnersCollection.Name)]
public class BrokerAccountTests(PartnersService service)
{
    [Fact]
    public async Task APartner_WithItsOwnBrokerLogin_ReadsItsQueueButNoOtherAndCannotPublish()
    {
        var estate = Guid.NewGuid();
        var partner = await RegisterAmqpPartnerAsync(estate);
        var other = await RegisterAmqpPartnerAsync(estate);
        var completed = Events.RepairOrderCompleted(estate);
        await service.PublishAndWaitAsync(completed);
        await WaitUntilProvisionedAsync(partner);

        Assert.Equal(service.VirtualHost.Name, partner.Broker!.VirtualHost);
        await using var connection = await ConnectAsync(partner.Broker.User, partner.Broker.Password);
        await using var own = await connection.CreateChannelAsync();
        var message = await Eventually.GetAsync(() => own.BasicGetAsync(partner.Partner.Queue!, autoAck: true));
        Assert.Contains(completed.EventId.ToString(), Encoding.UTF8.GetString(message.Body.Span), StringComparison.Ordinal);

        await using var foreign = await connection.CreateChannelAsync();
        var refused = await Assert.ThrowsAsync<OperationInterruptedException>(() => foreign.BasicGetAsync(other.Partner.Queue!, autoAck: true));
        Assert.Equal((ushort)403, refused.ShutdownReason?.ReplyCode);

        await using var declaring = await connection.CreateChannelAsync();
        var declare = await Assert.ThrowsAsync<OperationInterruptedException>(() => declaring.QueueDeclareAsync("partner.squatter", durable: true, exclusive: false, autoDelete: false));
        Assert.Equal((ushort)403, declare.ShutdownReason?.ReplyCode);
    }

    [Fact]
    public async Task RotatingTheBrokerPassword_RetiresTheOldOne()
    {
        var partner = await RegisterAmqpPartnerAsync(Guid.NewGuid());
        await WaitUntilProvisionedAsync(partner);

        var response = await service.ClientFor(Roles.GroupAdmin).PostAsync($"/api/partners/{partner.Partner.Id}/broker-password", null);

        response.EnsureSuccessStatusCode();
        var rotated = (await response.Content.ReadFromJsonAsync<BrokerCredentials>(TestJson.Options))!;
        Assert.NotEqual(partner.Broker!.Password, rotated.Password);
        await WaitUntilProvisionedAsync(partner);
        await using (await ConnectAsync(rotated.User, rotated.Password))
        {
        }
        await Assert.ThrowsAsync<BrokerUnreachableException>(() => ConnectAsync(partner.Broker.User, partner.Broker.Password));
    }

    [Fact]
    public async Task RotatingTheBrokerPassword_ClosesTheConnectionsOpenedWithTheOldOne()
    {
        var partner = await RegisterAmqpPartnerAsync(Guid.NewGuid());
        await WaitUntilProvisionedAsync(partner);
        await using var old = await ConnectAsync(partner.Broker!.User, partner.Broker.Password);
        await using var channel = await old.CreateChannelAsync();
        await channel.QueueDeclarePassiveAsync(partner.Partner.Queue!);
        await Eventually.TrueAsync(async () => await ConnectionsOfAsync(partner.Broker.User) > 0,
            because: "the management API did not list the partner's connection");

        var response = await service.ClientFor(Roles.GroupAdmin).PostAsync($"/api/partners/{partner.Partner.Id}/broker-password", null);

        response.EnsureSuccessStatusCode();
        await WaitUntilProvisionedAsync(partner);
        await Eventually.TrueAsync(() => Task.FromResult(!old.IsOpen), because: "the connection opened with the old password stayed open");
        Assert.Contains("broker password rotated", old.CloseReason?.ReplyText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AWebhookOnlyPartner_HasNoBrokerLogin()
    {
        var registered = await service.RegisterAsync(new RegisterPartnerRequest(PartnersService.NewCode(), "Hooks only",
            [Events.RepairCompleted], [Guid.NewGuid()], false, false, Amqp: false, WebhookUrl: new Uri("https://partner.example/hooks")));

        var rotate = await service.ClientFor(Roles.GroupAdmin).PostAsync($"/api/partners/{registered.Partner.Id}/broker-password", null);

        Assert.Null(registered.Broker);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, rotate.StatusCode);
        Assert.Contains("amqp", await rotate.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RotatingTheBrokerPassword_IsForTheGroupAdminOnly()
    {
        var partner = await RegisterAmqpPartnerAsync(Guid.NewGuid());

        var response = await service.ClientFor(Roles.Quality).PostAsync($"/api/partners/{partner.Partner.Id}/broker-password", null);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private async Task<PartnerRegisteredResponse> RegisterAmqpPartnerAsync(Guid estate)
    {
        var registered = await service.RegisterAsync(new RegisterPartnerRequest(PartnersService.NewCode(), "Broker user",
            [Events.RepairCompleted], [estate], false, false, Amqp: true, WebhookUrl: null));
        Assert.NotNull(registered.Broker);
        return registered;
    }

    private Task WaitUntilProvisionedAsync(PartnerRegisteredResponse partner) =>
        Eventually.TrueAsync(async () =>
        {
            var current = await service.ClientFor(Roles.GroupAdmin).GetFromJsonAsync<PartnerResponse>($"/api/partners/{partner.Partner.Id}", TestJson.Options);
            return current!.BrokerAccountProvisionedAt is not null;
        }, because: "the partner's broker user was not created");

    /// <summary>How many connections the management API lists for <paramref name="user"/>, asked as the tests' own broker user.</summary>
    private static async Task<int> ConnectionsOfAsync(string user)
    {
        using var http = new HttpClient { BaseAddress = new Uri($"http://{TestInfrastructure.RabbitHost}:{TestInfrastructure.RabbitManagementPort}/") };
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.ASCII.GetBytes($"{TestInfrastructure.User}:{TestInfrastructure.Password}")));
        using var connections = System.Text.Json.JsonDocument.Parse(await http.GetStringAsync($"api/connections/username/{Uri.EscapeDataString(user)}"));
        return connections.RootElement.GetArrayLength();
    }

    private Task<IConnection> ConnectAsync(string user, string password) =>
        new ConnectionFactory
        {
            HostName = TestInfrastructure.RabbitHost,
            Port = TestInfrastructure.RabbitPort,
            VirtualHost = service.VirtualHost.Name,
            UserName = user,
            Password = password,
            AutomaticRecoveryEnabled = false,
        }.CreateConnectionAsync();
}
