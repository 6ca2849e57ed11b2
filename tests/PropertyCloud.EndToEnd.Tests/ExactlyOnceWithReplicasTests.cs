using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PropertyCloud.Residents.Contracts;
using PropertyCloud.Testing;

namespace PropertyCloud.EndToEnd.Tests;

/// <summary>
/// Two instances of every event-consuming service relay, consume and answer side by side; every business effect
/// of a burst of changes still happens exactly once.
/// </summary>
[Collection(ReplicatedPlatformCollection.Name)]
public sealed class ExactlyOnceWithReplicasTests(ReplicatedPlatform platform)
{
    private const int BurstSize = 24;
    private const decimal PaymentAmount = 100.00m;
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task DemoRegister_ConsumedByTwoInstancesEach_OpensOneFileAndOneBillableUnitPerUnit()
    {
        var admin = await platform.GatewayClientAsync("group_admin");

        foreach (var estateId in DemoEstates.All)
        {
            var units = await TotalAsync(admin, $"/api/residents/estates/{estateId}/units");
            Assert.True(units > 0);

            await Eventually.TrueAsync(async () =>
                await TotalAsync(admin, $"/api/archives/estates/{estateId}/files") >= units
                && await TotalAsync(admin, $"/api/billing/estates/{estateId}/units") >= units,
                Patience, $"every demo unit of {estateId} should reach Archives and Billing");
            await SettleAsync();

            Assert.Equal(units, await TotalAsync(admin, $"/api/archives/estates/{estateId}/files"));
            Assert.Equal(units, await TotalAsync(admin, $"/api/billing/estates/{estateId}/units"));
        }
    }

    [Fact]
    public async Task BurstOfUnitsBillRunsAndPayments_HandledByTwoInstancesEach_HappenOnceEach()
    {
        var admin = await platform.GatewayClientAsync("group_admin");
        var finance = await platform.GatewayClientAsync("finance");
        var estateId = DemoEstates.EmeraldLake;
        var building = await PostAsync(admin, $"/api/residents/estates/{estateId}/buildings",
            new { code = "R" + Guid.NewGuid().ToString("N")[..5], name = "并发测试楼", floors = 30, entrances = 1 });
        var buildingId = building.GetProperty("id").GetGuid();
        var debitBefore = await TotalDebitAsync(finance, estateId);

        // A burst of registrations, spread by the gateway over both Residents instances and their outbox relays.
        var unitIds = await Task.WhenAll(Enumerable.Range(0, BurstSize).Select(async i =>
        {
            var unit = await PostAsync(admin, $"/api/residents/estates/{estateId}/buildings/{buildingId}/units", new
            {
                entrance = "1", floor = (i / 4) + 1, number = $"{(i / 4) + 1}0{(i % 4) + 1}", layout = "2室1厅",
                buildingArea = 88.6, usableArea = 70.1, usage = "Residence",
            });
            return unit.GetProperty("id").GetGuid();
        }));
        var units = await TotalAsync(admin, $"/api/residents/estates/{estateId}/units");
        await Eventually.TrueAsync(async () => await TotalAsync(finance, $"/api/billing/estates/{estateId}/units") >= units
            && (await Task.WhenAll(unitIds.Select(unitId => FilesOfAsync(admin, estateId, unitId)))).All(files => files.Count >= 1),
            Patience, "every new unit should become billable and get its file in Archives");

        // The same bill run asked of both Billing instances at once, then every payment sent twice at once with its
        // idempotency key, as a till retrying after a timeout would.
        var period = DateTime.UtcNow.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        var runs = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ =>
            finance.PostAsJsonAsync($"/api/billing/estates/{estateId}/bill-runs", new { period })));
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Created], runs.Select(r => r.StatusCode).Order());
        var run = await runs[0].Content.ReadFromJsonAsync<JsonElement>();
        var payments = await Task.WhenAll(unitIds.Select(async unitId =>
        {
            var request = new { idempotencyKey = $"burst-{unitId:N}", method = "Cash", amount = PaymentAmount };
            var both = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ =>
                finance.PostAsJsonAsync($"/api/billing/estates/{estateId}/units/{unitId}/payments", request)));
            return both.Select(r => r.StatusCode).Order().ToArray();
        }));

        Assert.All(payments, pair => Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Created], pair));
        Assert.Equal(run.GetProperty("billCount").GetInt32(), await TotalAsync(finance, $"/api/billing/estates/{estateId}/bills?period={period}"));
        Assert.Equal(units, await TotalAsync(finance, $"/api/billing/estates/{estateId}/units"));
        foreach (var unitId in unitIds)
        {
            Assert.Equal(1, await TotalAsync(finance, $"/api/billing/estates/{estateId}/bills?period={period}&unitId={unitId}"));
            Assert.Equal(1, await TotalAsync(finance, $"/api/billing/estates/{estateId}/payments?unitId={unitId}"));
        }
        // One posting per bill and per payment: receivables debited by the run's total, cash by the payments.
        Assert.Equal(debitBefore + run.GetProperty("total").GetDecimal() + (BurstSize * PaymentAmount), await TotalDebitAsync(finance, estateId));

        // Each PaymentReceived is filed once into the unit's only file, whichever Archives instance takes it.
        var fileIds = (await Task.WhenAll(unitIds.Select(unitId => FilesOfAsync(admin, estateId, unitId)))).Select(Assert.Single).ToList();
        await Eventually.TrueAsync(async () => (await Task.WhenAll(fileIds.Select(fileId => PaymentRecordsAsync(admin, estateId, fileId))))
            .All(count => count >= 1), Patience, "every payment should be filed in Archives");
        await SettleAsync();
        Assert.All(await Task.WhenAll(fileIds.Select(fileId => PaymentRecordsAsync(admin, estateId, fileId))), count => Assert.Equal(1, count));
        Assert.All(await Task.WhenAll(unitIds.Select(unitId => FilesOfAsync(admin, estateId, unitId))), files => Assert.Single(files));
        Assert.Equal(units, await TotalAsync(admin, $"/api/archives/estates/{estateId}/files"));
    }

    /// <summary>Gives a duplicate still in flight (a second relay, a redelivery) the time to show itself.</summary>
    private static Task SettleAsync() => Task.Delay(TimeSpan.FromSeconds(3));

    private static async Task<long> TotalAsync(HttpClient client, string path)
    {
        var separator = path.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        var page = await client.GetFromJsonAsync<JsonElement>($"{path}{separator}pageSize=1");
        return page.GetProperty("total").GetInt64();
    }

    private static async Task<List<Guid>> FilesOfAsync(HttpClient client, Guid estateId, Guid unitId)
    {
        var page = await client.GetFromJsonAsync<JsonElement>($"/api/archives/estates/{estateId}/files?unitId={unitId}");
        return [.. page.GetProperty("items").EnumerateArray().Select(f => f.GetProperty("id").GetGuid())];
    }

    private static async Task<int> PaymentRecordsAsync(HttpClient client, Guid estateId, Guid fileId)
    {
        var page = await client.GetFromJsonAsync<JsonElement>($"/api/archives/estates/{estateId}/files/{fileId}/records?pageSize=100");
        return page.GetProperty("items").EnumerateArray().Count(r => r.GetProperty("recordType").GetString() == "billing.payment");
    }

    private static async Task<decimal> TotalDebitAsync(HttpClient client, Guid estateId)
    {
        var balance = await client.GetFromJsonAsync<JsonElement>($"/api/billing/estates/{estateId}/ledger/trial-balance");
        Assert.Equal(balance.GetProperty("totalDebit").GetDecimal(), balance.GetProperty("totalCredit").GetDecimal());
        return balance.GetProperty("totalDebit").GetDecimal();
    }

    private static async Task<JsonElement> PostAsync(HttpClient client, string path, object body)
    {
        var response = await client.PostAsJsonAsync(path, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode} {path}: {text}");
        return JsonDocument.Parse(text).RootElement;
    }
}
