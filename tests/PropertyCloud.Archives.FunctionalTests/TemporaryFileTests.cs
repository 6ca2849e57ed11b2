using System.Net;
using System.Net.Http.Json;
using PropertyCloud.Archives.Api.Apis;
using PropertyCloud.Archives.Api.Domain.Temporary;
using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Testing;

namespace PropertyCloud.Archives.FunctionalTests;

[Collection(ArchivesCollection.Name)]
public sealed class TemporaryFileTests(ArchivesService service)
{
    private readonly Guid _estateId = Guid.NewGuid();
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    private HttpClient Archivist => service.ClientFor(Roles.Archivist, _estateId);
    private string Base => $"/api/archives/estates/{_estateId}/temporary-files";

    [Fact]
    public async Task TemporaryFile_CompletedSixDaysAgoAndNotFormalised_IsOverdueUntilFormalised()
    {
        var late = await OpenAsync("3栋1502装修");
        var recent = await OpenAsync("电梯改造工程", TemporaryFileKind.Engineering);
        await Archivist.PostAsJsonAsync($"{Base}/{late.Id}/job-completed", new JobCompletedRequest(Today.AddDays(-6)));
        await Archivist.PostAsJsonAsync($"{Base}/{recent.Id}/job-completed", new JobCompletedRequest(Today.AddDays(-2)));

        var overdue = await OverdueAsync();
        var formalised = await Archivist.PostAsJsonAsync($"{Base}/{late.Id}/formalise", new FormaliseRequest("ZX-02-1-07"));

        Assert.Equal([late.Id], overdue.Select(f => f.Id));
        Assert.Equal(Today.AddDays(-1), overdue[0].FormaliseBy);
        Assert.Equal(HttpStatusCode.OK, formalised.StatusCode);
        Assert.Empty(await OverdueAsync());
    }

    [Fact]
    public async Task Formalise_BeforeTheJobIsComplete_Returns422()
    {
        var file = await OpenAsync("2栋0801装修");

        var response = await Archivist.PostAsJsonAsync($"{Base}/{file.Id}/formalise", new FormaliseRequest("ZX-02-1-08"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
    }

    [Fact]
    public async Task Formalise_WithABadIndexNumber_Returns400NamingIt()
    {
        var file = await OpenAsync("5栋0302装修");

        var response = await Archivist.PostAsJsonAsync($"{Base}/{file.Id}/formalise", new FormaliseRequest("box 7"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"indexNumber\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenTemporaryFile_AsFrontDesk_Returns403()
    {
        var response = await service.ClientFor(Roles.FrontDesk, _estateId).PostAsJsonAsync(Base,
            new OpenTemporaryFileRequest(TemporaryFileKind.Decoration, "装修", null));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private async Task<TemporaryFileResponse> OpenAsync(string title, TemporaryFileKind kind = TemporaryFileKind.Decoration)
    {
        var response = await Archivist.PostAsJsonAsync(Base, new OpenTemporaryFileRequest(kind, title, null));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<TemporaryFileResponse>(TestJson.Options))!;
    }

    private async Task<IReadOnlyList<TemporaryFileResponse>> OverdueAsync() =>
        (await Archivist.GetFromJsonAsync<PagedResult<TemporaryFileResponse>>($"{Base}?overdue=true", TestJson.Options))!.Items;
}
