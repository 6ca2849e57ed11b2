using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using PropertyCloud.BuildingBlocks.Security;

namespace PropertyCloud.Web.BrowserTests;

/// <summary>
/// The demo archive clerk working through the gateway behind the page: a file of the test's own (engineering files are
/// opened on demand, so no other test can have reconciled it this month), a document filed in it, its reconciliation.
/// </summary>
public sealed class ArchiveClerk : IDisposable
{
    public const string Estate = "翠湖花园";

    private static readonly byte[] Scan = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
    private readonly HttpClient _http;

    private ArchiveClerk(HttpClient http, Guid estateId) => (_http, EstateId) = (http, estateId);

    public Guid EstateId { get; }

    public static async Task<ArchiveClerk> SignInAsync(WebPlatform platform)
    {
        var http = new HttpClient { BaseAddress = platform.Gateway, Timeout = TimeSpan.FromMinutes(3) };
        using var response = await http.PostAsync(new Uri("connect/token", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password",
            ["client_id"] = "propertycloud-cli",
            ["username"] = Roles.Archivist,
            ["password"] = WebPlatform.DemoPassword,
        }));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        using var token = JsonDocument.Parse(body);
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.RootElement.GetProperty("access_token").GetString());
        var estates = await ReadAsync(await http.GetAsync(new Uri("api/residents/estates?pageSize=500", UriKind.Relative)));
        var estateId = estates.GetProperty("items").EnumerateArray().Single(e => e.GetProperty("name").GetString() == Estate).GetProperty("id").GetGuid();
        return new ArchiveClerk(http, estateId);
    }

    private string Api => $"api/archives/estates/{EstateId}";

    /// <summary>Opens an engineering file with a number of its own and files one document titled <paramref name="title"/> in it.</summary>
    public async Task<(Guid FileId, string FileNumber)> OpenFileWithDocumentAsync(string title)
    {
        var number = $"GC-{Guid.NewGuid():N}"[..16];
        var file = await ReadAsync(await _http.PostAsJsonAsync($"{Api}/archive-files", new { kind = "Engineering", fileNumber = number, title = "浏览器测试工程档案" }));
        var fileId = file.GetProperty("id").GetGuid();
        using var form = new MultipartFormDataContent
        {
            { new StringContent(title, Encoding.UTF8), "title" },
            { new StringContent("HandoverRecord"), "category" },
            { new StringContent("B"), "level" },
            { new StringContent("GC-01-1-02"), "indexNumber" },
        };
        var scan = new ByteArrayContent(Scan);
        scan.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(scan, "file", "scan.pdf");
        await ReadAsync(await _http.PostAsync($"{Api}/archive-files/{fileId}/documents", form));
        return (fileId, number);
    }

    /// <summary>Starts this month's reconciliation of the file; returns its id and its checklist's document ids.</summary>
    public async Task<(Guid Id, IReadOnlyList<Guid> DocumentIds)> StartReconciliationAsync(Guid fileId)
    {
        var started = await ReadAsync(await _http.PostAsync($"{Api}/files/{fileId}/reconciliations", null));
        return (started.GetProperty("id").GetGuid(),
            [.. started.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("documentId").GetGuid())]);
    }

    /// <summary>Completes the reconciliation with every document missing: each becomes an open item for the estate manager.</summary>
    public async Task CompleteAllMissingAsync(Guid reconciliationId, IReadOnlyList<Guid> documentIds, string note) =>
        await ReadAsync(await _http.PostAsJsonAsync($"{Api}/reconciliations/{reconciliationId}/completion",
            new { results = documentIds.Select(id => new { documentId = id, present = false, note }) }));

    /// <summary>The estate's missing items, resolved ones too.</summary>
    public async Task<JsonElement> MissingItemsAsync() => await ReadAsync(await _http.GetAsync($"{Api}/missing-items"));

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response)
    {
        using (response)
        {
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.IsSuccessStatusCode, $"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {body}");
            using var json = JsonDocument.Parse(body);
            return json.RootElement.Clone();
        }
    }

    public void Dispose() => _http.Dispose();
}
