using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using PropertyCloud.BuildingBlocks.Contracts;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Residents.Contracts;
using PropertyCloud.Surveys.Api.Apis;
using PropertyCloud.Surveys.Api.Domain.Templates;
using PropertyCloud.Surveys.Api.Infrastructure;
using PropertyCloud.Surveys.Contracts;
using PropertyCloud.Testing;

namespace PropertyCloud.Surveys.FunctionalTests;

/// <summary>
/// The Surveys service on its own database and virtual host, with a bus that publishes Residents events to it and a
/// listener recording every event it publishes.
/// </summary>
public class SurveysService() : ServiceUnderTest<Program>("surveys", "surveysdb")
{
    private IBusControl _bus = null!;
    private Task<Guid>? _sharedEstate;

    public ConcurrentQueue<IIntegrationEvent> Published { get; } = new();

    /// <summary>The units registered for each estate by <see cref="RegisterEstateAsync"/>.</summary>
    public ConcurrentDictionary<Guid, List<UnitRegistered>> Units { get; } = new();

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Surveys:Overdue:ScanInterval"] = "00:00:00.300",
    };

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var serviceBus = Factory.Services.GetRequiredService<IBusControl>();
        await Eventually.TrueAsync(async () =>
            await serviceBus.WaitForHealthStatus(BusHealthStatus.Healthy, TimeSpan.FromSeconds(1)) == BusHealthStatus.Healthy);
        _bus = Bus.Factory.CreateUsingRabbitMq(rabbit =>
        {
            rabbit.Host(VirtualHost.HostAddress());
            rabbit.ReceiveEndpoint("surveys-test-listener", endpoint =>
            {
                endpoint.Handler<SurveyCampaignStarted>(context => Record(context.Message));
                endpoint.Handler<SurveyResponseRecorded>(context => Record(context.Message));
                endpoint.Handler<SurveyCampaignClosed>(context => Record(context.Message));
                endpoint.Handler<CorrectiveActionOpened>(context => Record(context.Message));
                endpoint.Handler<CorrectiveActionVerified>(context => Record(context.Message));
                endpoint.Handler<CorrectiveActionOverdue>(context => Record(context.Message));
            });
        });
        await _bus.StartAsync();
    }

    public Task PublishAsync<TEvent>(TEvent integrationEvent) where TEvent : class, IIntegrationEvent =>
        _bus.Publish(integrationEvent, context => context.MessageId = integrationEvent.EventId);

    public IEnumerable<T> PublishedOf<T>() => Published.OfType<T>();

    /// <summary>A client and the user id its token carries (surveyors are assigned to campaigns by it).</summary>
    public (HttpClient Client, string UserId) UserFor(string role, params Guid[] estates)
    {
        var token = TestTokens.For(role, estates);
        return (Factory.CreateClientWithToken(token), new JsonWebTokenHandler().ReadJsonWebToken(token).Subject);
    }

    /// <summary>Registers an estate of <paramref name="buildings"/> buildings × 2 entrances × 10 floors × 2 units and waits until all arrived.</summary>
    public async Task<Guid> RegisterEstateAsync(string company, int buildings = 2, Guid? id = null)
    {
        var estateId = id ?? Guid.NewGuid();
        await PublishAsync(new EstateRegistered
        {
            EventId = Guid.NewGuid(), OccurredAt = DateTimeOffset.UtcNow, EstateId = estateId, Code = "T", Name = $"测试小区{estateId:N}"[..10],
            Company = company,
        });
        var units = new List<UnitRegistered>();
        for (var b = 1; b <= buildings; b++)
        {
            var buildingId = Guid.NewGuid();
            for (var entrance = 1; entrance <= 2; entrance++)
            {
                for (var floor = 1; floor <= 10; floor++)
                {
                    for (var n = 1; n <= 2; n++)
                    {
                        units.Add(new UnitRegistered
                        {
                            EventId = Guid.NewGuid(), OccurredAt = DateTimeOffset.UtcNow, EstateId = estateId, UnitId = Guid.NewGuid(),
                            BuildingId = buildingId, BuildingCode = $"{b}栋", Entrance = entrance.ToString(), Floor = floor,
                            Number = $"{floor}0{n}", BuildingArea = 100m, UsableArea = 80m,
                        });
                    }
                }
            }
        }
        await Task.WhenAll(units.Select(PublishAsync));
        Units[estateId] = units;
        await Eventually.TrueAsync(async () =>
        {
            using var scope = Factory.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<SurveysDb>();
            return await db.Households.CountAsync(h => h.EstateId == estateId) == units.Count
                && await db.Estates.AnyAsync(e => e.EstateId == estateId);
        }, because: "every unit should arrive as a household");
        return estateId;
    }

    /// <summary>Plans and starts a campaign over the estates.</summary>
    public async Task<CampaignResponse> StartCampaignAsync(IReadOnlyList<Guid> estates, IReadOnlyList<string>? surveyors = null, int seed = 42)
    {
        var quality = ClientFor(Roles.Quality);
        var planned = await quality.PostAsJsonAsync("/api/surveys/campaigns", NewCampaign(estates, surveyors, seed));
        Assert.Equal(HttpStatusCode.Created, planned.StatusCode);
        var campaign = (await planned.Content.ReadFromJsonAsync<CampaignResponse>(TestJson.Options))!;
        var started = await quality.PostAsync($"/api/surveys/campaigns/{campaign.Id}/start", null);
        Assert.Equal(HttpStatusCode.OK, started.StatusCode);
        return (await started.Content.ReadFromJsonAsync<CampaignResponse>(TestJson.Options))!;
    }

    /// <summary>How many of an estate's households are in the sampling frame (lived in).</summary>
    public async Task<int> OccupiedHouseholdsAsync(Guid estateId)
    {
        using var scope = Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SurveysDb>();
        return await db.Households.CountAsync(h => h.EstateId == estateId && h.Occupied);
    }

    /// <summary>Lets time pass for one action: moves its deadline back by some days.</summary>
    public async Task MoveDeadlineBackAsync(Guid actionId, int days)
    {
        using var scope = Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SurveysDb>();
        await db.Database.ExecuteSqlAsync($"UPDATE corrective_actions SET deadline = deadline - {days} WHERE id = {actionId}");
    }

    /// <summary>One estate of 80 households for the tests of a class that need no estate of their own.</summary>
    public Task<Guid> SharedEstateAsync() => _sharedEstate ??= RegisterEstateAsync("一公司");

    public static CampaignRequest NewCampaign(IReadOnlyList<Guid> estateIds, IReadOnlyList<string>? surveyors = null, int seed = 42) =>
        new("2026年度满意度调查", StandardTemplate.Id, estateIds, new DateOnly(2026, 5, 10), new DateOnly(2026, 6, 25),
            "某顾问有限公司", ThirdParty: true, SamplingRate: 0.10m, MinimumResponses: 2, Seed: seed, SurveyorIds: surveyors);

    public override async Task DisposeAsync()
    {
        await _bus.StopAsync();
        await base.DisposeAsync();
    }

    private Task Record(IIntegrationEvent message)
    {
        Published.Enqueue(message);
        return Task.CompletedTask;
    }
}
