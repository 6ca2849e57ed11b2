using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using Npgsql;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Quality.Api.Apis;
using PropertyCloud.Quality.Api.Domain.Rules;
using PropertyCloud.Testing;

namespace PropertyCloud.Quality.FunctionalTests;

public sealed class PhotoTests(QualityService service) : IClassFixture<QualityService>
{
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 1, 2, 3];
    private static readonly byte[] Heic = [0x00, 0x00, 0x00, 0x18, 0x66, 0x74, 0x79, 0x70, 0x68, 0x65, 0x69, 0x63, 0, 0, 0, 0, 9, 9];
    private readonly Guid _estate = Guid.NewGuid();

    private string Photos(Guid estateId) => $"/api/quality/estates/{estateId}/photos";

    /// <summary>Sends the bytes under a header that claims something else: the service must judge by the content.</summary>
    private static Task<HttpResponseMessage> UploadAsync(HttpClient client, string url, byte[] bytes, string claimedType = "image/png")
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(claimedType);
        return client.PostAsync(url, content);
    }

    private async Task<PhotoResponse> UploadedAsync(byte[] bytes, string role = Roles.Quality)
    {
        var response = await UploadAsync(service.ClientFor(role, _estate), Photos(_estate), bytes);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<PhotoResponse>(TestJson.Options))!;
    }

    [Fact]
    public async Task Upload_OfAJpegClaimedAsPng_IsStoredUnderItsSha256AsJpegAndDownloadsIntact()
    {
        var photo = await UploadedAsync(Jpeg);

        var sha256 = Convert.ToHexStringLower(SHA256.HashData(Jpeg));
        Assert.Equal(("image/jpeg", (long)Jpeg.Length, sha256), (photo.ContentType, photo.Size, photo.Sha256));
        Assert.Equal(Jpeg, await StoredContentAsync(sha256));
        var download = await service.ClientFor(Roles.EstateManager, _estate).GetAsync(photo.Url);
        Assert.Equal("image/jpeg", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Jpeg, await download.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Upload_OfAHeicImageByTheEstateManager_IsRecognisedFromItsContent()
    {
        var photo = await UploadedAsync(Heic, Roles.EstateManager);

        Assert.Equal("image/heic", photo.ContentType);
    }

    [Fact]
    public async Task Upload_OfTextClaimingToBeAJpeg_Is422NamingThePhoto()
    {
        var response = await UploadAsync(service.ClientFor(Roles.Quality), Photos(_estate), "not a photo at all"u8.ToArray(), "image/jpeg");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("photo.content_type", body, StringComparison.Ordinal);
        Assert.Contains("\"photo\"", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_LargerThanTenMegabytes_Is422NamingThePhoto()
    {
        var big = new byte[PhotoMustBeAnImage.MaxBytes + 1];
        Jpeg.CopyTo(big, 0);

        var response = await UploadAsync(service.ClientFor(Roles.Quality), Photos(_estate), big);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("photo.size", body, StringComparison.Ordinal);
        Assert.Contains("\"photo\"", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Photos_ForAManagerOfAnotherEstate_AreForbidden()
    {
        var photo = await UploadedAsync(Jpeg);
        var stranger = service.ClientFor(Roles.EstateManager, Guid.NewGuid());

        var upload = await UploadAsync(stranger, Photos(_estate), Jpeg);
        var download = await stranger.GetAsync(photo.Url);

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (upload.StatusCode, download.StatusCode));
    }

    [Fact]
    public async Task Download_WhenTheStoredContentNoLongerMatchesItsHash_IsRefusedNotServed()
    {
        var bytes = Jpeg.Append((byte)0x42).ToArray();
        var photo = await UploadedAsync(bytes);
        await ReplaceStoredContentAsync(photo.Sha256, Jpeg);

        var download = await service.ClientFor(Roles.Quality).GetAsync(photo.Url);

        Assert.Equal(HttpStatusCode.Conflict, download.StatusCode);
        Assert.Contains("photo.content_failed_verification", await download.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_AgainOfAPhotoWhoseStoredCopyWasDamaged_RepairsTheCopyForEveryRecordNamingIt()
    {
        var bytes = Jpeg.Append((byte)0x43).ToArray();
        var first = await UploadedAsync(bytes);
        await ReplaceStoredContentAsync(first.Sha256, Jpeg);

        var second = await UploadedAsync(bytes);

        Assert.Equal(first.Sha256, second.Sha256);
        Assert.Equal(bytes, await service.ClientFor(Roles.Quality).GetByteArrayAsync(first.Url));
    }

    [Fact]
    public async Task Upload_OfTheSamePhotoTwice_KeepsOneCopyOfTheBytes()
    {
        var bytes = Jpeg.Append((byte)0x44).ToArray();
        var first = await UploadedAsync(bytes);
        var second = await UploadedAsync(bytes);

        Assert.NotEqual(first.Id, second.Id);
        await using var connection = new NpgsqlConnection(service.Database.ConnectionString);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand("SELECT count(*) FROM photo_contents WHERE sha256 = @sha256", connection);
        count.Parameters.AddWithValue("sha256", first.Sha256);
        Assert.Equal(1L, await count.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Finding_WithUploadedPhotos_ShowsTheirDownloadAddressAndHashBesideAPhotoGivenByAddress()
    {
        var checklist = await ChecklistAsync();
        var found = await UploadedAsync(Jpeg);
        var fixedPhoto = await UploadedAsync(Heic, Roles.EstateManager);

        var recorded = await service.ClientFor(Roles.Quality).PostAsJsonAsync($"/api/quality/estates/{_estate}/inspections",
            Inspection(checklist.Id, new PhotoRequest(null, "B2 积水", found.Id), new PhotoRequest("https://files.example.cn/p/1.jpg", "远景")));
        Assert.Equal(HttpStatusCode.Created, recorded.StatusCode);
        var finding = Assert.Single((await recorded.Content.ReadFromJsonAsync<InspectionResponse>(TestJson.Options))!.Findings);
        var rectified = await service.ClientFor(Roles.EstateManager, _estate).PostAsJsonAsync(
            $"/api/quality/estates/{_estate}/findings/{finding.Id}/rectify", new RectifyFindingRequest("已疏通排水", [new(null, "整改后", fixedPhoto.Id)]));

        Assert.Equal([(found.Url, found.Id, found.Sha256), ("https://files.example.cn/p/1.jpg", (Guid?)null, (string?)null)],
            finding.Photos.Select(p => (p.Url, p.PhotoId, p.Sha256)));
        Assert.Equal(HttpStatusCode.OK, rectified.StatusCode);
        var after = (await rectified.Content.ReadFromJsonAsync<FindingResponse>(TestJson.Options))!;
        Assert.Equal((fixedPhoto.Url, "整改后"), (Assert.Single(after.RectificationPhotos).Url, after.RectificationPhotos[0].Caption));
        Assert.Equal(Heic, await service.ClientFor(Roles.Quality).GetByteArrayAsync(after.RectificationPhotos[0].Url));
    }

    [Fact]
    public async Task Inspection_NamingAPhotoOfAnotherEstate_Is422NamingThePhotoId()
    {
        var checklist = await ChecklistAsync();
        var elsewhere = await UploadAsync(service.ClientFor(Roles.Quality), Photos(Guid.NewGuid()), Jpeg);
        var photo = (await elsewhere.Content.ReadFromJsonAsync<PhotoResponse>(TestJson.Options))!;

        var response = await service.ClientFor(Roles.Quality).PostAsJsonAsync($"/api/quality/estates/{_estate}/inspections",
            Inspection(checklist.Id, new PhotoRequest(null, null, photo.Id)));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("\"photoId\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inspection_WithAPhotoGivingBothAddressAndId_Is400NamingTheUrl()
    {
        var checklist = await ChecklistAsync();

        var response = await service.ClientFor(Roles.Quality).PostAsJsonAsync($"/api/quality/estates/{_estate}/inspections",
            Inspection(checklist.Id, new PhotoRequest("https://files.example.cn/p/1.jpg", null, Guid.NewGuid())));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Url", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    private async Task<byte[]?> StoredContentAsync(string sha256)
    {
        await using var connection = new NpgsqlConnection(service.Database.ConnectionString);
        await connection.OpenAsync();
        await using var select = new NpgsqlCommand("SELECT content FROM photo_contents WHERE sha256 = @sha256", connection);
        select.Parameters.AddWithValue("sha256", sha256);
        return (byte[]?)await select.ExecuteScalarAsync();
    }

    private async Task ReplaceStoredContentAsync(string sha256, byte[] content)
    {
        await using var connection = new NpgsqlConnection(service.Database.ConnectionString);
        await connection.OpenAsync();
        await using var update = new NpgsqlCommand("UPDATE photo_contents SET content = @content WHERE sha256 = @sha256", connection);
        update.Parameters.AddWithValue("sha256", sha256);
        update.Parameters.AddWithValue("content", content);
        Assert.Equal(1, await update.ExecuteNonQueryAsync());
    }

    private async Task<ChecklistResponse> ChecklistAsync()
    {
        var response = await service.ClientFor(Roles.Quality).PostAsJsonAsync("/api/quality/checklists",
            new CreateChecklistRequest("地下车库", [new("garage-01", "地下车库无积水")]));
        return (await response.Content.ReadFromJsonAsync<ChecklistResponse>(TestJson.Options))!;
    }

    private static RecordInspectionRequest Inspection(Guid templateId, params PhotoRequest[] photos) =>
        new(templateId, Script.At(10, 15, 10), [new("garage-01", false, "B2 层积水约 3 cm", new DateOnly(2026, 10, 20), photos)]);
}
