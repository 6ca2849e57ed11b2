using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Residents.Api.Apis;
using PropertyCloud.Residents.Api.Domain.Imports;
using PropertyCloud.Testing;

namespace PropertyCloud.Residents.FunctionalTests;

/// <summary>Uploads register files for a fresh estate as an estate manager and waits for the import to finish.</summary>
public sealed class ImportClient
{
    public const string Header = "楼栋,单元,楼层,房号,房型,建筑面积,套内面积,用途,业主类型,业主姓名,性别,证件类型,证件号码,联系电话,籍贯,通讯地址,入住日期,租户姓名,租户电话,租期开始,租期结束";

    private ImportClient(ServiceFactory<Program> factory, Guid estateId)
    {
        EstateId = estateId;
        Manager = factory.CreateClientWithToken(TestTokens.For(Roles.EstateManager, estateId));
        Factory = factory;
    }

    public ServiceFactory<Program> Factory { get; }
    public Guid EstateId { get; }
    public HttpClient Manager { get; }
    public string Base => $"/api/residents/estates/{EstateId}";

    public static async Task<ImportClient> ForNewEstateAsync(ServiceFactory<Program> factory)
    {
        var estate = await RegisterClient.AsGroupAdmin(factory).RegisterEstateAsync();
        return new ImportClient(factory, estate.Id);
    }

    public HttpClient As(string role) => Factory.CreateClientWithToken(TestTokens.For(role, EstateId));

    public async Task<HttpResponseMessage> UploadAsync(byte[] content, string fileName, HttpClient? client = null, string? language = null)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{Base}/imports") { Content = form };
        if (language is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(language);
        }
        return await (client ?? Manager).SendAsync(request);
    }

    public async Task<ImportJobResponse> ImportAsync(string csv, string? language = null) =>
        await ImportAsync(Encoding.UTF8.GetBytes(csv), "register.csv", language);

    public async Task<ImportJobResponse> ImportAsync(byte[] content, string fileName, string? language = null)
    {
        var response = await UploadAsync(content, fileName, language: language);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var job = (await response.Content.ReadFromJsonAsync<ImportJobResponse>(TestJson.Options))!;
        return await Eventually.GetAsync(async () =>
        {
            var current = await Manager.GetFromJsonAsync<ImportJobResponse>($"{Base}/imports/{job.Id}", TestJson.Options);
            return current!.Status is ImportStatus.Completed or ImportStatus.Rejected ? current : null;
        }, TimeSpan.FromSeconds(60), "the import did not finish");
    }

    public static string Csv(params string[] rows) => string.Join("\r\n", [Header, .. rows]) + "\r\n";
}
