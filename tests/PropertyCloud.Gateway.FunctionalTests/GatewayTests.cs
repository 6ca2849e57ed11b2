using System.Net;
using System.Text.Json;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Testing;

namespace PropertyCloud.Gateway.FunctionalTests;

/// <summary>The gateway on its own (no services behind it): authentication and rate limiting happen before any routing.</summary>
public sealed class GatewayTests : IAsyncLifetime
{
    private readonly ServiceFactory<Program> _gateway = new(new Dictionary<string, string?>
    {
        ["RateLimiting:PermitsPerSecond"] = "1",
        ["RateLimiting:Burst"] = "3",
        ["services:residents:http:0"] = "http://127.0.0.1:1",
        ["services:archives:http:0"] = "http://127.0.0.1:1",
        ["services:billing:http:0"] = "http://127.0.0.1:1",
        ["services:repairs:http:0"] = "http://127.0.0.1:1",
        ["services:identity:http:0"] = "http://127.0.0.1:1",
        ["services:surveys:http:0"] = "http://127.0.0.1:1",
        ["services:quality:http:0"] = "http://127.0.0.1:1",
        ["services:partners:http:0"] = "http://127.0.0.1:1",
        ["services:web:http:0"] = "http://127.0.0.1:1",
    });

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _gateway.DisposeAsync();

    [Fact]
    public async Task ApiRoute_WithoutToken_Returns401BeforeReachingAService()
    {
        var response = await _gateway.CreateClient().GetAsync("/api/residents/estates");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Health_WithoutToken_Answers()
    {
        var response = await _gateway.CreateClient().GetAsync("/alive");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task ApiRoute_WhenAClientExceedsItsRate_Returns429ProblemWithRetryAfter()
    {
        var client = _gateway.CreateClientWithToken(TestTokens.For(Roles.FrontDesk, Guid.NewGuid()));

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? limited = null;
        for (var i = 0; i < 8 && limited is null; i++)
        {
            var response = await client.GetAsync("/api/residents/estates");
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                limited = response;
            }
        }

        Assert.True(limited is not null, string.Join(",", statuses));
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType?.MediaType);
        Assert.True(limited.Headers.Contains("Retry-After"));
        var problem = JsonDocument.Parse(await limited.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(429, problem.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task RateLimit_IsPerClient_SoAnotherUserIsNotThrottled()
    {
        var busy = _gateway.CreateClientWithToken(TestTokens.For(Roles.FrontDesk, Guid.NewGuid()));
        for (var i = 0; i < 6; i++)
        {
            await busy.GetAsync("/api/residents/estates");
        }
        var other = _gateway.CreateClientWithToken(TestTokens.For(Roles.FrontDesk, Guid.NewGuid()));

        var response = await other.GetAsync("/api/residents/estates");

        Assert.NotEqual(HttpStatusCode.TooManyRequests, response.StatusCode);
    }
}
