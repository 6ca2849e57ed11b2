using System.Net.Http.Json;
using Npgsql;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Repairs.Api.Apis;
using PropertyCloud.Repairs.Api.Domain;
using PropertyCloud.Testing;
using static PropertyCloud.Repairs.FunctionalTests.RepairsApi;

namespace PropertyCloud.Repairs.FunctionalTests;

/// <summary>An order's lists live in jsonb columns: rows written by the earlier owned-JSON mapping, or before a list existed, still read and save.</summary>
[Collection(SharedRepairsService.Name)]
public sealed class JsonColumnTests(RepairsService service)
{
    private readonly Guid _estate = Guid.NewGuid();

    [Fact]
    public async Task ResumeSla_WhenTheColumnsAreNullOrInTheOwnedJsonShape_ReadsThemAndSavesTheEndedPause()
    {
        var desk = service.ClientFor(Roles.FrontDesk, _estate);
        var worker = service.UserFor(Roles.Maintenance, _estate);
        var order = await AcceptedByAsync(desk, worker, _estate);
        var pausedAt = service.Clock.GetUtcNow().AddMinutes(-5);
        await ExecuteAsync(order.Id, "UPDATE repair_orders SET materials = NULL, reclassifications = NULL, reopenings = NULL, pauses = @pauses::jsonb WHERE id = @id",
            ("pauses", $$"""[{"Note": "等配件", "Reason": "WaitingForParts", "EndedAt": null, "PausedBy": "王师傅", "ResumedBy": null, "StartedAt": "{{pausedAt:yyyy-MM-ddTHH:mm:ssK}}"}]"""));

        var read = await desk.GetFromJsonAsync<RepairOrderResponse>(Order(_estate, order.Id), TestJson.Options);
        var resumed = await StepOkAsync(worker.Client, _estate, order.Id, "resume");

        Assert.True(read!.Paused);
        Assert.Equal((SlaPauseReason.WaitingForParts, "等配件", pausedAt), (read.Pauses![0].Reason, read.Pauses[0].Note, read.Pauses[0].StartedAt));
        Assert.Empty(read.Materials);
        Assert.Equal(0, read.ReopenCount);
        Assert.False(resumed.Paused);
        var stored = await ScalarAsync(order.Id, "SELECT pauses->0->>'EndedAt' IS NOT NULL AND pauses->0->>'ResumedBy' IS NOT NULL FROM repair_orders WHERE id = @id");
        Assert.True((bool)stored!);
    }

    private async Task ExecuteAsync(Guid orderId, string sql, (string Name, string Value) parameter)
    {
        await using var connection = new NpgsqlConnection(service.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("id", orderId);
        command.Parameters.AddWithValue(parameter.Name, parameter.Value);
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }

    private async Task<object?> ScalarAsync(Guid orderId, string sql)
    {
        await using var connection = new NpgsqlConnection(service.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("id", orderId);
        return await command.ExecuteScalarAsync();
    }
}
