using System.Net.Http.Json;
using PropertyCloud.Archives.Api.Apis;
using PropertyCloud.Testing;

namespace PropertyCloud.Archives.FunctionalTests;

/// <summary>Opens engineering and staff files and registers equipment through the API.</summary>
public static class EngineeringFiles
{
    public static async Task<ArchiveFileResponse> OpenAsync(HttpClient custodian, Guid estateId, string kind = "Engineering", string? staffId = null)
    {
        var response = await custodian.PostAsJsonAsync($"/api/archives/estates/{estateId}/archive-files",
            new { kind, fileNumber = $"GC-{Guid.NewGuid():N}"[..20], title = "3栋竣工图及接管验收资料", staffId });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<ArchiveFileResponse>(TestJson.Options))!;
    }

    public static async Task<DocumentResponse> FileAsync(HttpClient custodian, Guid estateId, Guid fileId, MultipartFormDataContent form)
    {
        var response = await custodian.PostAsync($"/api/archives/estates/{estateId}/archive-files/{fileId}/documents", form);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<DocumentResponse>(TestJson.Options))!;
    }

    public static async Task<EquipmentResponse> RegisterEquipmentAsync(HttpClient custodian, Guid estateId)
    {
        var response = await custodian.PostAsJsonAsync($"/api/archives/estates/{estateId}/equipment",
            new { code = $"DT-{Guid.NewGuid():N}"[..12], name = "3栋1号电梯", location = "3栋1单元", installedOn = "2019-06-01" });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<EquipmentResponse>(TestJson.Options))!;
    }
}
