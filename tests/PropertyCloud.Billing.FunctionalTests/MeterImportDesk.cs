using System.Net;
using System.Net.Http.Json;
using System.Text;
using PropertyCloud.Billing.Api.Apis;
using PropertyCloud.Billing.Api.Domain.MeterImports;
using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.Testing;

namespace PropertyCloud.Billing.FunctionalTests;

/// <summary>Uploads meter sheets for a <see cref="FinanceDesk"/>'s estate and waits for their jobs.</summary>
public sealed class MeterImportDesk(FinanceDesk desk)
{
    public string Imports => $"{desk.Estate}/meter-reading-imports";

    public Task<HttpResponseMessage> UploadAsync(string? period, byte[] content, string fileName, HttpClient? client = null)
    {
        var form = new MultipartFormDataContent();
        if (period is not null)
        {
            form.Add(new StringContent(period), "period");
        }
        form.Add(new ByteArrayContent(content), "file", fileName);
        return (client ?? desk.Client).PostAsync(Imports, form);
    }

    /// <summary>Uploads a CSV and waits until its job has finished.</summary>
    public async Task<MeterImportJobResponse> ImportAsync(string period, string csv)
    {
        var job = await FinanceDesk.ReadAsync<MeterImportJobResponse>(
            await UploadAsync(period, Encoding.UTF8.GetBytes(csv), "readings.csv"), HttpStatusCode.Accepted);
        return await FinishedAsync(job.Id);
    }

    public async Task<MeterImportJobResponse> FinishedAsync(Guid jobId) => await Eventually.GetAsync(async () =>
    {
        var job = await desk.Client.GetFromJsonAsync<MeterImportJobResponse>($"{Imports}/{jobId}", TestJson.Options);
        return job!.Status is MeterImportStatus.Completed or MeterImportStatus.Failed ? job : null;
    }, because: "the meter import job should finish");

    public async Task<IReadOnlyList<MeterImportRowResponse>> RowsAsync(Guid jobId, MeterImportOutcome? outcome = null) =>
        (await desk.Client.GetFromJsonAsync<PagedResult<MeterImportRowResponse>>(
            $"{Imports}/{jobId}/rows?pageSize=500{(outcome is null ? "" : $"&outcome={outcome}")}", TestJson.Options))!.Items;
}
