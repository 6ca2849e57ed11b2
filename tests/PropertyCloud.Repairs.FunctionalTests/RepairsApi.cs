using System.Net;
using System.Net.Http.Json;
using PropertyCloud.Repairs.Api.Apis;
using PropertyCloud.Testing;

namespace PropertyCloud.Repairs.FunctionalTests;

/// <summary>Calls to the repairs API that tests repeat.</summary>
public static class RepairsApi
{
    public static string Orders(Guid estateId) => $"/api/repairs/estates/{estateId}/orders";

    public static string Order(Guid estateId, Guid orderId) => $"{Orders(estateId)}/{orderId}";

    public static object WaterEmergency(Guid? unitId = null) => new
    {
        channel = "Phone",
        category = "Plumbing",
        urgency = "Emergency",
        unitId = unitId ?? Guid.NewGuid(),
        description = "厨房水管爆裂",
    };

    public static object Completion(decimal chargeable = 0) => new
    {
        workNotes = "更换三通阀门",
        materials = new[] { new { name = "三通阀门", quantity = 1m, unitOfMeasure = "个", unitPrice = 35.5m } },
        labourMinutes = 40,
        chargeableAmount = chargeable,
    };

    public static async Task<RepairOrderResponse> OpenAsync(HttpClient client, Guid estateId, object? request = null)
    {
        var response = await client.PostAsJsonAsync(Orders(estateId), request ?? WaterEmergency());
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<RepairOrderResponse>(TestJson.Options))!;
    }

    public static Task<HttpResponseMessage> StepAsync(HttpClient client, Guid estateId, Guid orderId, string step, object? body = null) =>
        client.PostAsJsonAsync($"{Order(estateId, orderId)}/{step}", body ?? new { });

    public static async Task<RepairOrderResponse> StepOkAsync(HttpClient client, Guid estateId, Guid orderId, string step, object? body = null)
    {
        var response = await StepAsync(client, estateId, orderId, step, body);
        Assert.True(response.IsSuccessStatusCode, $"{step}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<RepairOrderResponse>(TestJson.Options))!;
    }

    /// <summary>Opens an order and takes it to the worker's door: dispatched to and accepted by <paramref name="worker"/>.</summary>
    public static async Task<RepairOrderResponse> AcceptedByAsync(
        HttpClient desk, (HttpClient Client, string UserId) worker, Guid estateId, object? request = null)
    {
        var order = await OpenAsync(desk, estateId, request);
        await StepOkAsync(desk, estateId, order.Id, "dispatch", new { assigneeId = worker.UserId, assigneeName = "王师傅" });
        return await StepOkAsync(worker.Client, estateId, order.Id, "accept");
    }
}
