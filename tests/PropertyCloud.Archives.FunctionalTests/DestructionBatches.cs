using System.Net;
using System.Net.Http.Json;
using PropertyCloud.Archives.Api.Apis;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Testing;

namespace PropertyCloud.Archives.FunctionalTests;

/// <summary>Documents due for destruction and batches proposing them, for the destruction tests.</summary>
public static class DestructionBatches
{
    /// <summary>A back-filed paper original from 40 years ago in a new file: its 30-year retention is over.</summary>
    public static async Task<DocumentResponse> FileDueDocumentAsync(ArchivesService service, Guid estateId)
    {
        var file = await service.OpenFileAsync(estateId);
        var response = await service.ClientFor(Roles.Archivist, estateId).PostAsync($"/api/archives/estates/{estateId}/files/{file.Id}/documents",
            Uploads.Form(Uploads.Pdf(), originalFiledAt: DateTimeOffset.UtcNow.AddYears(-40)));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<DocumentResponse>(TestJson.Options))!;
    }

    public static async Task<DestructionBatchResponse> ProposeAsync(HttpClient proposer, Guid estateId, params Guid[] documentIds)
    {
        var response = await proposer.PostAsJsonAsync($"/api/archives/estates/{estateId}/destruction/batches", new { documentIds });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<DestructionBatchResponse>(TestJson.Options))!;
    }
}
