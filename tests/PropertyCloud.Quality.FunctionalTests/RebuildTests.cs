using System.Net.Http.Json;
using Npgsql;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Quality.Api.Figures;
using PropertyCloud.Quality.Api.Projections;
using PropertyCloud.Testing;

namespace PropertyCloud.Quality.FunctionalTests;

[Collection(OctoberCollection.Name)]
public sealed class RebuildTests(OctoberService service)
{
    private static readonly string[] Views =
    [
        "/api/quality/estates/{E1}/figures?from=2026-10-01&to=2026-11-30&granularity=month",
        "/api/quality/estates/{E1}/figures?from=2026-10-01&to=2026-10-31&granularity=day",
        "/api/quality/group/figures?from=2026-10-01&to=2026-11-30&granularity=month",
        "/api/quality/league?from=2026-10-01&to=2026-10-31",
    ];

    private async Task<List<string>> ReadViewsAsync()
    {
        var quality = service.ClientFor(Roles.Quality);
        var views = new List<string>();
        foreach (var view in Views)
        {
            views.Add(await quality.GetStringAsync(view.Replace("{E1}", service.E1.ToString(), StringComparison.Ordinal)));
        }
        return views;
    }

    [Fact]
    public async Task Rebuild_AfterTheReadModelsWereLost_GivesTheSameFigures()
    {
        var before = await ReadViewsAsync();
        await using (var connection = new NpgsqlConnection(service.Database.ConnectionString))
        {
            await connection.OpenAsync();
            await using var wipe = new NpgsqlCommand($"TRUNCATE {ReadModelRebuilder.ReadModelTables}", connection);
            await wipe.ExecuteNonQueryAsync();
        }
        var wiped = await service.ClientFor(Roles.Quality)
            .GetFromJsonAsync<QualityFigures>($"/api/quality/group/figures?from=2026-10-01&to=2026-10-31", TestJson.Options);
        Assert.Equal(0, wiped!.Total.Repairs.Opened);

        var rebuild = await service.ClientFor(Roles.Quality).PostAsync("/api/quality/read-models/rebuild", null);
        rebuild.EnsureSuccessStatusCode();

        var result = await rebuild.Content.ReadFromJsonAsync<RebuildResult>(TestJson.Options);
        Assert.Equal(service.DistinctEvents, result!.EventsReplayed);
        Assert.Equal(before, await ReadViewsAsync());
    }

    [Fact]
    public async Task Rebuild_ByAnEstateManager_IsForbidden()
    {
        var response = await service.ClientFor(Roles.EstateManager, service.E1).PostAsync("/api/quality/read-models/rebuild", null);

        Assert.Equal(System.Net.HttpStatusCode.Forbidden, response.StatusCode);
    }
}
