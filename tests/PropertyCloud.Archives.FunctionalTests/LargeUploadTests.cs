using System.Net;
using System.Text.Json;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using PropertyCloud.Archives.Api.Domain;
using PropertyCloud.Archives.Api.Infrastructure;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Testing;

namespace PropertyCloud.Archives.FunctionalTests;

/// <summary>
/// The real 50 MB limit through Kestrel (the in-memory test server enforces no request size limit), which by default
/// refuses bodies over ~28.6 MB: the upload endpoints must raise it.
/// </summary>
public sealed class LargeUploadTests : IAsyncLifetime
{
    private const int Megabyte = 1024 * 1024;
    private readonly TestDatabase _database = new("archives");
    private readonly string _documentRoot = Path.Combine(Path.GetTempPath(), $"pc-archives-test-{Guid.NewGuid():N}");
    private readonly Guid _estateId = Guid.NewGuid();
    private TestVirtualHost _virtualHost = null!;
    private ServiceFactory<Program> _factory = null!;
    private CustomerFile _file = null!;

    public async Task InitializeAsync()
    {
        _virtualHost = await TestVirtualHost.CreateAsync();
        _factory = new ServiceFactory<Program>(new Dictionary<string, string?>
        {
            ["ConnectionStrings:archivesdb"] = _database.ConnectionString,
            ["ConnectionStrings:rabbitmq"] = _virtualHost.ConnectionString(),
            ["Archives:DocumentRoot"] = _documentRoot,
        });
        _factory.UseKestrel(0);
        _factory.StartServer();
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ArchivesDb>();
        _file = CustomerFile.OpenForUnit(_estateId, Guid.NewGuid(), "1栋", "2", 8, "802", DateTimeOffset.UtcNow);
        db.CustomerFiles.Add(_file);
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task FileDocument_Of31Megabytes_OverKestrelsDefaultLimit_IsAccepted()
    {
        var response = await UploadAsync(31 * Megabyte);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task FileDocument_OneByteOver50Megabytes_Returns413WithAProblem()
    {
        var response = await UploadAsync(50 * Megabyte + 1);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("document.too_large", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
    }

    private async Task<HttpResponseMessage> UploadAsync(int size)
    {
        using var client = _factory.CreateClientWithToken(TestTokens.For(Roles.Archivist, _estateId));
        return await client.PostAsync($"/api/archives/estates/{_estateId}/files/{_file.Id}/documents", Uploads.Form(Uploads.Pdf(size)));
    }

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        await _virtualHost.DisposeAsync();
        await _database.DisposeAsync();
        if (Directory.Exists(_documentRoot))
        {
            Directory.Delete(_documentRoot, recursive: true);
        }
    }
}
