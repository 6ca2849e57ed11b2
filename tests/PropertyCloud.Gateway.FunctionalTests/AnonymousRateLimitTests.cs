using System.Net;
using System.Text.Json;
using PropertyCloud.Testing;

namespace PropertyCloud.Gateway.FunctionalTests;

/// <summary>
/// Callers without a (valid) token share a bucket per remote address: one address flooding does not shut out another,
/// and a client that is not a known proxy cannot pick a new address per request with X-Forwarded-For.
/// </summary>
public sealed class AnonymousRateLimitTests : IAsyncLifetime
{
    private readonly ServiceFactory<Program> _gateway = new(new Dictionary<string, string?>
    {
        ["RateLimiting:PermitsPerSecond"] = "1",
        ["RateLimiting:Burst"] = "3",
        ["services:identity:http:0"] = "http://127.0.0.1:1",
        ["services:partners:http:0"] = "http://127.0.0.1:1",
        ["services:web:http:0"] = "http://127.0.0.1:1",
    });

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _gateway.DisposeAsync();

    [Fact]
    public async Task AnonymousRoute_WhenOneAddressFloods_ThatAddressGets429WhileAnotherIsServed()
    {
        var flooder = ClientFrom("203.0.113.10");
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 8; i++)
        {
            statuses.Add((await flooder.PostAsync("/connect/token", new FormUrlEncodedContent([]))).StatusCode);
        }

        var other = await ClientFrom("203.0.113.20").PostAsync("/connect/token", new FormUrlEncodedContent([]));

        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
        Assert.NotEqual(HttpStatusCode.TooManyRequests, other.StatusCode);
    }

    [Fact]
    public async Task Throttled_AnswersRetryAfterInWholeSecondsAndAProblemWithATitle()
    {
        var flooder = ClientFrom("203.0.113.30");
        HttpResponseMessage? limited = null;
        for (var i = 0; i < 8 && limited is null; i++)
        {
            var response = await flooder.GetAsync("/api/partners/catalog/events");
            limited = response.StatusCode == HttpStatusCode.TooManyRequests ? response : null;
        }

        Assert.NotNull(limited);
        Assert.True(int.TryParse(limited.Headers.GetValues("Retry-After").Single(), out var seconds) && seconds >= 1);
        var problem = JsonDocument.Parse(await limited.Content.ReadAsStringAsync()).RootElement;
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
    }

    [Fact]
    public async Task ForwardedFor_FromAClientThatIsNotAKnownProxy_IsIgnoredSoItsFloodIsStillThrottled()
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 8; i++)
        {
            var forged = $"198.51.100.{i + 1}";
            var context = await _gateway.Server.SendAsync(request =>
            {
                request.Connection.RemoteIpAddress = IPAddress.Parse("192.0.2.44");
                request.Request.Method = "POST";
                request.Request.Path = "/connect/token";
                request.Request.Headers["X-Forwarded-For"] = forged;
            });
            statuses.Add((HttpStatusCode)context.Response.StatusCode);
        }

        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
    }

    [Fact]
    public async Task BadTokens_WhenOneAddressFloods_AreThrottledRatherThanAnswered401ForFree()
    {
        var flooder = ClientFrom("203.0.113.40");
        flooder.DefaultRequestHeaders.Authorization = new("Bearer", "not-a-token");
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 8; i++)
        {
            statuses.Add((await flooder.GetAsync("/api/residents/estates")).StatusCode);
        }

        Assert.Contains(HttpStatusCode.Unauthorized, statuses);
        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
    }

    private HttpClient ClientFrom(string address)
    {
        var client = _gateway.CreateClient();
        client.DefaultRequestHeaders.Add("X-Forwarded-For", address);
        return client;
    }
}
