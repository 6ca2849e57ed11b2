using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Repairs.Api.Apis;
using PropertyCloud.Repairs.Api.Domain;
using PropertyCloud.Testing;
using static PropertyCloud.Repairs.FunctionalTests.RepairsApi;

namespace PropertyCloud.Repairs.FunctionalTests;

[Collection(SharedRepairsService.Name)]
public sealed class PhotoTests(RepairsService service)
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3, 4, 5];
    private readonly Guid _estate = Guid.NewGuid();

    private string Photos(Guid orderId) => $"{Order(_estate, orderId)}/photos";

    private static Task<HttpResponseMessage> UploadAsync(HttpClient client, string url, byte[] bytes, string stage = "Intake")
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        return client.PostAsync($"{url}?stage={stage}", content);
    }

    [Fact]
    public async Task Upload_ByResidentAtIntake_CanBeDownloadedByTheResidentAndStaffButNotAnotherResident()
    {
        var unit = Guid.NewGuid();
        var resident = (await service.OwnerAsync(_estate, unit)).Client;
        var order = await OpenAsync(resident, _estate, WaterEmergency(unit));

        var uploaded = await UploadAsync(resident, Photos(order.Id), Png);
        Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
        var photo = (await uploaded.Content.ReadFromJsonAsync<RepairPhotoResponse>(TestJson.Options))!;

        Assert.Equal(("image/png", PhotoStage.Intake, Convert.ToHexStringLower(SHA256.HashData(Png))), (photo.ContentType, photo.Stage, photo.Sha256));
        Assert.Equal(Png, await resident.GetByteArrayAsync($"{Photos(order.Id)}/{photo.Id}"));
        Assert.Equal(Png, await service.ClientFor(Roles.FrontDesk, _estate).GetByteArrayAsync($"{Photos(order.Id)}/{photo.Id}"));
        var stranger = await service.ClientFor(Roles.Owner, _estate).GetAsync($"{Photos(order.Id)}/{photo.Id}");
        Assert.Equal(HttpStatusCode.NotFound, stranger.StatusCode);
    }

    [Fact]
    public async Task Upload_OfSomethingThatIsNotAnImage_Returns422()
    {
        var desk = service.ClientFor(Roles.FrontDesk, _estate);
        var order = await OpenAsync(desk, _estate);

        var response = await UploadAsync(desk, Photos(order.Id), "%PDF-1.7 not a photo"u8.ToArray());

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("photo.content_type", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_AtCompletion_ByTheAssignedWorkerIsAcceptedAndByTheDeskRefused()
    {
        var desk = service.ClientFor(Roles.FrontDesk, _estate);
        var worker = service.UserFor(Roles.Maintenance, _estate);
        var order = await AcceptedByAsync(desk, worker, _estate);

        var byWorker = await UploadAsync(worker.Client, Photos(order.Id), Png, "Completion");
        var byDesk = await UploadAsync(desk, Photos(order.Id), Png, "Completion");

        Assert.Equal(HttpStatusCode.Created, byWorker.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byDesk.StatusCode);
        var listed = await desk.GetFromJsonAsync<List<RepairPhotoResponse>>(Photos(order.Id), TestJson.Options);
        Assert.Equal(PhotoStage.Completion, Assert.Single(listed!).Stage);
    }

    [Fact]
    public async Task Upload_LargerThanFiveMegabytes_Returns422()
    {
        var desk = service.ClientFor(Roles.FrontDesk, _estate);
        var order = await OpenAsync(desk, _estate);
        var big = new byte[RepairPhoto.MaxBytes + 1];
        Png.CopyTo(big, 0);

        var response = await UploadAsync(desk, Photos(order.Id), big);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
    }
}
