extern alias residents;

using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Faults.Tests.Infrastructure;
using PropertyCloud.Testing;
using Xunit.Abstractions;

namespace PropertyCloud.Faults.Tests;

/// <summary>
/// Residents takes a steady load of unit registrations while its (private) PostgreSQL is stopped and started again:
/// requests during the outage either wait it out or fail with a 503 problem answer (never a 500), the service serves
/// again without a restart, and nothing is half-written (every unit has its outbox event and vice versa).
/// </summary>
[Collection(FaultsCollection.Name)]
public sealed class PostgresRestartTests(FaultInfrastructure infrastructure, ITestOutputHelper output) : IAsyncLifetime
{
    private readonly string _residentsDb = FaultInfrastructure.NewDatabaseName("residents");
    private ServiceFactory<residents::Program>? _residents;

    public Task InitializeAsync() => Task.CompletedTask;

    [Fact]
    public async Task RegisterUnits_WhilePostgresRestartsBriefly_WaitOutTheOutageAndLeaveNothingHalfWritten()
    {
        await StartResidentsAsync(shortRetries: false);
        var answers = await LoadThroughOutageAsync(TimeSpan.FromSeconds(FaultInfrastructure.Long ? 90 : 4));
        await AssertNothingHalfWrittenAsync(answers);
    }

    [Fact]
    public async Task RegisterUnits_WhenTheOutageOutlastsTheRetries_Answer503AndRecover()
    {
        await StartResidentsAsync(shortRetries: true);
        var answers = await LoadThroughOutageAsync(TimeSpan.FromSeconds(FaultInfrastructure.Long ? 30 : 4));
        Assert.Contains(answers, a => a.Status == HttpStatusCode.ServiceUnavailable);
        await AssertNothingHalfWrittenAsync(answers);
    }

    [Fact]
    public async Task RegisterUnits_ThroughTheClientResilienceHandler_SucceedDespiteTheOutage()
    {
        await StartResidentsAsync(shortRetries: true);
        // The retry of the standard resilience handler every service's HttpClient gets (ServiceDefaults): it honours Retry-After.
        var retry = new ResiliencePipelineBuilder<HttpResponseMessage>().AddRetry(new HttpRetryStrategyOptions()).Build();
        var client = _residents!.CreateDefaultClient(new ResilienceHandler(retry));
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.For(Roles.GroupAdmin));

        var answers = await LoadThroughOutageAsync(TimeSpan.FromSeconds(4), new ResidentsRegister(client));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Created, a.Status));
        await AssertNothingHalfWrittenAsync(answers);
    }

    /// <summary>
    /// The service as deployed, but with <paramref name="shortRetries"/> EF Core gives up after two quick retries instead
    /// of about a minute, so a few seconds of outage are enough to see what a client gets when the retries run out.
    /// </summary>
    private async Task StartResidentsAsync(bool shortRetries)
    {
        var virtualHost = await infrastructure.RabbitMq.NewVirtualHostAsync();
        _residents = FaultServiceFactory.Create<residents::Program>(new Dictionary<string, string?>
        {
            ["ConnectionStrings:residentsdb"] = infrastructure.Postgres.ConnectionString(_residentsDb),
            ["ConnectionStrings:rabbitmq"] = infrastructure.RabbitMq.ConnectionString(virtualHost),
            ["Outbox:MaxBackoff"] = "00:00:01",
        }, services =>
        {
            if (shortRetries)
            {
                services.ConfigureDbContext<residents::PropertyCloud.Residents.Api.Infrastructure.ResidentsDb>(options =>
                    options.UseNpgsql(npgsql => npgsql.EnableRetryOnFailure(2, TimeSpan.FromMilliseconds(300), null)));
            }
        });
        _ = _residents.Server;
    }

    private async Task<List<Answer>> LoadThroughOutageAsync(TimeSpan outage, ResidentsRegister? register = null)
    {
        register ??= ResidentsRegister.AsGroupAdmin(_residents!);
        var (estateId, buildingId) = await register.RegisterEstateWithBuildingAsync();

        var answers = new ConcurrentBag<Answer>();
        var next = -1;
        var downAt = TimeSpan.MaxValue;
        var upAt = TimeSpan.MaxValue;
        var watch = Stopwatch.StartNew();
        using var stop = new CancellationTokenSource();
        var workers = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var n = Interlocked.Increment(ref next);
                var sentAt = watch.Elapsed;
                using var response = await register.PostUnitAsync(estateId, buildingId, n);
                answers.Add(new Answer(n, sentAt, watch.Elapsed, response.StatusCode,
                    response.StatusCode == HttpStatusCode.Created ? await ResidentsRegister.UnitIdAsync(response) : null,
                    response.Headers.RetryAfter is not null, response.Content.Headers.ContentType?.MediaType));
                await Task.Delay(50);
            }
        })).ToArray();

        await Task.Delay(TimeSpan.FromSeconds(2));
        downAt = watch.Elapsed;
        await infrastructure.Postgres.StopServerAsync();
        await Task.Delay(outage);
        await infrastructure.Postgres.StartServerAsync();
        upAt = watch.Elapsed;
        await Eventually.TrueAsync(() => Task.FromResult(answers.Any(a => a.SentAt > upAt && a.Status == HttpStatusCode.Created)),
            TimeSpan.FromSeconds(90), "the service should serve again without a restart");
        await Task.Delay(TimeSpan.FromSeconds(1));
        await stop.CancelAsync();
        await Task.WhenAll(workers);

        var byStatus = answers.GroupBy(a => a.Status).ToDictionary(g => g.Key, g => g.Count());
        var duringOutage = answers.Where(a => a.SentAt < upAt && a.AnsweredAt > downAt).ToList();
        output.WriteLine($"{answers.Count} requests, outage {outage.TotalSeconds:0} s: " +
            string.Join(", ", byStatus.Select(s => $"{(int)s.Key}×{s.Value}")) +
            $"; in flight during the outage {duringOutage.Count} (longest wait {duringOutage.Select(a => (a.AnsweredAt - a.SentAt).TotalSeconds).DefaultIfEmpty().Max():0.0} s)");

        Assert.NotEmpty(duringOutage);
        return [.. answers];
    }

    private async Task AssertNothingHalfWrittenAsync(List<Answer> answers)
    {
        Assert.All(answers, a => Assert.Contains(a.Status, new[] { HttpStatusCode.Created, HttpStatusCode.ServiceUnavailable }));
        Assert.All(answers.Where(a => a.Status == HttpStatusCode.ServiceUnavailable), a =>
        {
            Assert.True(a.RetryAfter, "a 503 should say when to retry");
            Assert.Equal("application/problem+json", a.MediaType);
        });

        var accepted = answers.Where(a => a.UnitId is not null).Select(a => a.UnitId!.Value).ToArray();
        Assert.Equal(accepted.Length, await Scalar(
            $"SELECT count(*) FROM units WHERE id IN ({string.Join(',', accepted.Select(id => $"'{id}'"))})"));
        Assert.Equal(0, await Scalar("""
            SELECT count(*) FROM units u WHERE NOT EXISTS (SELECT 1 FROM outbox_messages o
              WHERE o.event_type LIKE '%.UnitRegistered' AND o.payload::text LIKE '%' || u.id::text || '%')
            """));
        Assert.Equal(await Scalar("SELECT count(*) FROM units"),
            await Scalar("SELECT count(*) FROM outbox_messages WHERE event_type LIKE '%.UnitRegistered'"));
        await Eventually.TrueAsync(async () => await Scalar("SELECT count(*) FROM outbox_messages WHERE sent_at IS NULL") == 0,
            TimeSpan.FromSeconds(30), "the outbox relay should recover and send everything");
    }

    private Task<long> Scalar(string sql) => infrastructure.Postgres.ScalarAsync(_residentsDb, sql);

    private sealed record Answer(int N, TimeSpan SentAt, TimeSpan AnsweredAt, HttpStatusCode Status, Guid? UnitId, bool RetryAfter, string? MediaType);

    public async Task DisposeAsync()
    {
        try
        {
            await infrastructure.Postgres.StartServerAsync();
        }
        catch (InvalidOperationException)
        {
            // already running, as it should be
        }
        if (_residents is not null)
        {
            await _residents.DisposeAsync();
        }
    }
}
