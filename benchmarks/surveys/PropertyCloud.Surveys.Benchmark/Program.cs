using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using PropertyCloud.Surveys.Api.Apis;
using PropertyCloud.Surveys.Api.Domain.Campaigns;
using PropertyCloud.Surveys.Api.Domain.Households;
using PropertyCloud.Surveys.Api.Domain.Indices;
using PropertyCloud.Surveys.Api.Domain.Responses;
using PropertyCloud.Surveys.Api.Domain.Sampling;
using PropertyCloud.Surveys.Api.Domain.Templates;
using PropertyCloud.Surveys.Api.Infrastructure;

// Survey indices over 1,000,000 answers: a campaign over 10 estates of 40,000 households, 10% sampled (40,000
// households), every sampled household answering the standard template's 25 items. Prints the time of the sampling,
// of the index arithmetic in memory, and of the figures read from PostgreSQL as the API computes them.
var estates = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10;
const int HouseholdsPerEstate = 40_000;
var server = Environment.GetEnvironmentVariable("BENCH_PG") ?? "Host=127.0.0.1;Username=app;Password=app";
const string Database = "surveys_bench";
var now = DateTimeOffset.UtcNow;
var template = StandardTemplate.Create(now);
var items = template.Categories.SelectMany(c => c.Items).Select(i => i.Code).ToList();
var estateIds = Enumerable.Range(0, estates).Select(_ => Guid.CreateVersion7()).ToList();

// 20 buildings × 4 entrances × 25 floors × 20 units per estate; answers lean satisfied, varying by estate and item.
var frames = estateIds.ToDictionary(id => id, id => (IReadOnlyList<SamplingUnit>)[.. Enumerable.Range(0, HouseholdsPerEstate).Select(i =>
    new SamplingUnit(Guid.CreateVersion7(), new Guid(i / 2000 + 1, 0, 0, id.ToByteArray()[..8]), (i / 500 % 4 + 1).ToString(CultureInfo.InvariantCulture),
        i / 20 % 25 + 1))]);
var campaign = Campaign.Plan("基准测试", template, estateIds, new(2026, 5, 10), new(2026, 6, 25), "某顾问有限公司", true, 0.10m, 30, 2005, [], now);
var clock = Stopwatch.StartNew();
var samples = campaign.Start(id => frames[id], now);
Console.WriteLine($"sampling: {estates * HouseholdsPerEstate:N0} households in {estates} estates, {samples.Values.Sum(s => s.Drawn.Count):N0} drawn in {clock.Elapsed.TotalSeconds:F2} s");

var random = new Random(42);
var sampled = samples.SelectMany(s => s.Value.Drawn.Select(d => SampledHousehold.Drawn(campaign.Id, s.Key, d,
    Household.Register(s.Key, d.Household.UnitId, d.Household.BuildingId, "1栋", d.Household.Entrance, d.Household.Floor, "101")))).ToList();
var responses = sampled.Select(s =>
{
    var response = SurveyResponse.Begin(s, ResponseChannel.Visit, "bench", now);
    var lean = 3 + (s.EstateId.GetHashCode() & 1);
    response.Save(template, ResponseChannel.Visit, [.. items.Select(i => new Answer(i, Math.Clamp(lean + random.Next(-1, 3), 1, 5)))],
        Math.Clamp(lean + random.Next(0, 2), 1, 5), [], now);
    return response;
}).ToList();
var answers = responses.Sum(r => r.Answers.Count);

clock.Restart();
var weights = sampled.ToDictionary(s => s.Id, s => s.Weight);
var figures = estateIds.Select(id => (HouseholdsPerEstate, IndexCalculator.Compute(template,
    [.. responses.Where(r => r.EstateId == id).Select(r => r.Scored(template, weights[r.SampledHouseholdId]))], 30))).ToList();
var group = IndexRollup.Combine(figures, 30);
Console.WriteLine($"in memory: {answers:N0} answers of {responses.Count:N0} responses → item, category, estate, group indices in {clock.Elapsed.TotalSeconds:F2} s" +
    $" (group index {group.Index:F1}, 95% CI {group.Low:F2}–{group.High:F2})");

await using (var admin = new NpgsqlConnection($"{server};Database=postgres"))
{
    await admin.OpenAsync();
    await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {Database} WITH (FORCE)", admin);
    await drop.ExecuteNonQueryAsync();
}
var options = new DbContextOptionsBuilder<SurveysDb>()
    .UseNpgsql($"{server};Database={Database};Command Timeout=300")
    .UseSnakeCaseNamingConvention()
    .Options;
clock.Restart();
await using (var db = new SurveysDb(options))
{
    await db.Database.MigrateAsync();
    db.Templates.Add(template);
    db.Campaigns.Add(campaign);
    await db.SaveChangesAsync();
    foreach (var batch in sampled.Chunk(5_000))
    {
        db.SampledHouseholds.AddRange(batch);
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
    }
    foreach (var batch in responses.Chunk(5_000))
    {
        db.Responses.AddRange(batch);
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
    }
    await db.Database.ExecuteSqlRawAsync("ANALYZE");
}
Console.WriteLine($"set-up: {sampled.Count:N0} sampled households and {responses.Count:N0} responses stored in {clock.Elapsed.TotalSeconds:F1} s (not part of the figure)");

for (var run = 1; run <= 3; run++)
{
    await using var db = new SurveysDb(options);
    clock.Restart();
    var stored = await db.Campaigns.AsNoTracking().FirstAsync(c => c.Id == campaign.Id);
    var fromDb = await new CampaignFigures(db).EstateFiguresAsync(stored, CancellationToken.None);
    var total = IndexRollup.Combine([.. fromDb.Values.Select(f => (HouseholdsPerEstate, f))], 30);
    Console.WriteLine($"from PostgreSQL, run {run}: {answers:N0} answers → indices of {fromDb.Count} estates and the group in {clock.Elapsed.TotalSeconds:F2} s" +
        $" (group index {total.Index:F1}, same as in memory: {Math.Round(total.Index!.Value, 6) == Math.Round(group.Index!.Value, 6)})");
}
