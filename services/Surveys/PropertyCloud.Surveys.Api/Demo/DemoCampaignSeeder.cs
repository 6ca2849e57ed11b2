using Microsoft.EntityFrameworkCore;
using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.BuildingBlocks.EventBus;
using PropertyCloud.Residents.Contracts;
using PropertyCloud.Surveys.Api.Apis;
using PropertyCloud.Surveys.Api.Domain.Campaigns;
using PropertyCloud.Surveys.Api.Domain.Responses;
using PropertyCloud.Surveys.Api.Domain.Sampling;
using PropertyCloud.Surveys.Api.Domain.Templates;
using PropertyCloud.Surveys.Api.Infrastructure;

namespace PropertyCloud.Surveys.Api.Demo;

/// <summary>
/// Demo mode only: a closed campaign over the demo estates, answered so that its indices look like the seed's report
/// (000 篇3). Households reach Surveys through Residents' events after start-up, so it waits until every demo estate
/// it expects (the first DemoData:Estates of the demo group) has households and their number has stopped changing.
/// Idempotent: the campaign is found by its name; one started but not closed (a crash in between) is closed.
/// </summary>
public sealed partial class DemoCampaignSeeder(IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider clock,
    ILogger<DemoCampaignSeeder> logger) : BackgroundService
{
    public const string CampaignName = "2026年度物业服务客户满意度调查（演示）";
    public const int Seed = 3;
    private const long DemoCampaignLock = 0x5355_5256_4559_0001; // "SURVEY" + 1

    private int _lastHouseholds = -1;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = configuration.GetValue("Surveys:Demo:PollInterval", TimeSpan.FromSeconds(5));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await SeedOnceAsync(stoppingToken))
                {
                    return;
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(logger, ex);
            }
            await Task.Delay(interval, clock, stoppingToken);
        }
    }

    /// <summary>One attempt; true once the demo campaign is closed.</summary>
    public async Task<bool> SeedOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SurveysDb>();
        // Replicas start together: one at a time looks for the campaign and creates it, so there is only ever one.
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({DemoCampaignLock})", cancellationToken);
            var seeded = await SeedAsync(scope, db, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return seeded;
        });
    }

    private async Task<bool> SeedAsync(AsyncServiceScope scope, SurveysDb db, CancellationToken cancellationToken)
    {
        var existing = await db.Campaigns.FirstOrDefaultAsync(c => c.Name == CampaignName, cancellationToken);
        if (existing is { Status: CampaignStatus.Closed })
        {
            return true;
        }
        var count = Math.Clamp(configuration.GetValue("DemoData:Estates", DemoEstates.Group.Count), 1, DemoEstates.Group.Count);
        var estateIds = DemoEstates.Group.Take(count).ToList();
        var households = await db.Households.AsNoTracking().Where(h => estateIds.Contains(h.EstateId) && h.Occupied).ToListAsync(cancellationToken);
        var estates = await db.Estates.AsNoTracking().Where(e => estateIds.Contains(e.EstateId)).ToListAsync(cancellationToken);
        var ready = estates.Count == count && estateIds.All(id => households.Any(h => h.EstateId == id)) && households.Count == _lastHouseholds;
        _lastHouseholds = households.Count;
        if (existing is null && !ready)
        {
            return false;
        }
        var template = await db.Templates.AsNoTracking().FirstAsync(t => t.Id == StandardTemplate.Id, cancellationToken);
        var campaign = existing ?? await StartAsync(db, template, estateIds, households, estates, cancellationToken);
        var figures = scope.ServiceProvider.GetRequiredService<CampaignFigures>();
        var now = clock.GetUtcNow();
        campaign.Close(now);
        var indices = await figures.EstateFiguresAsync(campaign, cancellationToken);
        foreach (var estate in campaign.Estates)
        {
            db.AddIntegrationEvent(CampaignEvents.Closed(campaign, estate, indices[estate.EstateId], now));
        }
        await db.SaveChangesAsync(cancellationToken);
        LogSeeded(logger, campaign.Id, campaign.Estates.Count);
        return true;
    }

    private async Task<Campaign> StartAsync(SurveysDb db, SurveyTemplate template, List<Guid> estateIds,
        List<Domain.Households.Household> households, List<Domain.Households.SurveyEstate> estates, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var end = EstateCalendar.Day(now).AddDays(-1);
        var campaign = Campaign.Plan(CampaignName, template, estateIds, end.AddDays(-45), end, "某顾问有限公司", thirdParty: true,
            samplingRate: 0.10m, minimumResponses: 5, Seed, [], now);
        db.Campaigns.Add(campaign);
        var frames = households.GroupBy(h => h.EstateId).ToDictionary(
            g => g.Key, g => (IReadOnlyList<SamplingUnit>)[.. g.OrderBy(h => h.UnitId).Select(h => new SamplingUnit(h.UnitId, h.BuildingId, h.Entrance, h.Floor))]);
        var samples = campaign.Start(id => frames.GetValueOrDefault(id, []), now);
        var byUnit = households.ToDictionary(h => h.UnitId);
        var firstCompany = estates.FirstOrDefault(e => e.EstateId == DemoEstates.Group[0])?.Company;
        foreach (var (estateId, sample) in samples)
        {
            var sampled = sample.Drawn.Select(d => SampledHousehold.Drawn(campaign.Id, estateId, d, byUnit[d.Household.UnitId])).ToList();
            db.SampledHouseholds.AddRange(sampled);
            var company = estates.First(e => e.EstateId == estateId).Company;
            var profile = company == firstCompany ? DemoSurveyAnswers.FirstCompany : DemoSurveyAnswers.SecondCompany;
            var drawn = DemoSurveyAnswers.Draw(template, profile, sampled.Count, campaign.EstateSeed(estateId));
            for (var i = 0; i < sampled.Count; i++)
            {
                var response = SurveyResponse.Begin(sampled[i], ResponseChannel.Visit, "demo-surveyor", now);
                response.Save(template, ResponseChannel.Visit, drawn[i].Answers, drawn[i].Overall, drawn[i].Remarks, now);
                db.Responses.Add(response);
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        return campaign;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo survey campaign {CampaignId} closed over {Estates} estates")]
    private static partial void LogSeeded(ILogger logger, Guid campaignId, int estates);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Demo survey campaign not seeded yet")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
