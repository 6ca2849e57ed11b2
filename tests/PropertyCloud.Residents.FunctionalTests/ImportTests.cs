using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Residents.Api.Domain.Imports;
using PropertyCloud.Residents.Api.Infrastructure;
using PropertyCloud.Residents.Contracts;
using PropertyCloud.Testing;

namespace PropertyCloud.Residents.FunctionalTests;

public sealed class ImportTests(ResidentsService service) : IClassFixture<ResidentsService>
{
    private const string IdNumber = PeopleClient.IdNumber;

    private static readonly string[] GoodRows =
    [
        $"9栋,1,3,0301,3室2厅,120.5,98.2,居住,个人,王建国,男,身份证,{IdNumber},13812345678,浙江杭州,杭州市西湖区文三路1号,2018-05-01,,,,",
        "9栋,1,3,0301,3室2厅,120.5,98.2,居住,个人,李梅,女,护照,E1234567,13912345678,,,2018-05-01,,,,",
        $"9栋,2,5,0502,2室1厅,89,70,居住,个人,王建国,男,身份证,{IdNumber},13812345678,浙江杭州,杭州市西湖区文三路1号,2018-05-01,陈小雨,13700001111,2026-01-01,2026-12-31",
        "\"9栋\",2,6,0601,\"2室1厅, 南北通透\",89,70,空置,,,,,,,,,,,,,",
    ];

    [Fact]
    public async Task Import_GoodCsv_RegistersEverythingOnceAndPublishesEvents()
    {
        var client = await ImportClient.ForNewEstateAsync(service.Factory);

        var job = await client.ImportAsync(ImportClient.Csv(GoodRows));

        Assert.Equal(ImportStatus.Completed, job.Status);
        Assert.Equal((4, 1, 3, 2, 1), (job.TotalRows, job.BuildingsCreated, job.UnitsCreated, job.OwnersCreated, job.TenanciesCreated));
        Assert.Equal(100, job.PercentDone);
        await using var scope = service.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ResidentsDb>();
        var building = await db.Buildings.SingleAsync(b => b.EstateId == client.EstateId);
        Assert.Equal((6, 2), (building.Floors, building.Entrances));
        Assert.Equal(3, await db.Ownerships.CountAsync(o => o.EstateId == client.EstateId));
        Assert.Equal("2室1厅, 南北通透", (await db.Units.SingleAsync(u => u.EstateId == client.EstateId && u.Number == "0601")).Layout);
        var wang = await db.Owners.SingleAsync(o => o.EstateId == client.EstateId && o.Name == "王建国");
        Assert.DoesNotContain(IdNumber, wang.IdNumberCipher, StringComparison.Ordinal);
        var registered = await Eventually.GetAsync(() => Task.FromResult(
            service.Events.OfType<OwnerRegistered>().FirstOrDefault(e => e.OwnerId == wang.Id)));
        Assert.Equal(2, registered.UnitIds.Count);
        await Eventually.TrueAsync(() => Task.FromResult(service.Published.Count(p => p.Message.EstateId == client.EstateId) == 3));
        Assert.Single(service.Events.OfType<TenantLeaseStarted>(), e => e.EstateId == client.EstateId);
    }

    [Fact]
    public async Task Import_WithBadRows_RejectsTheWholeFileNamingLinesAndColumns()
    {
        var client = await ImportClient.ForNewEstateAsync(service.Factory);

        var job = await client.ImportAsync(ImportClient.Csv(
            GoodRows[0],
            "9栋,1,三,0302,,120,98,居住,,,,,,,,,,,,,",
            "9栋,1,4,0401,,120,98,出租,,,,,,,,,,,,,",
            "9栋,1,5,0501,,120,98,居住,个人,赵六,男,身份证,330106199003071239,13812345678,,,,,,,",
            "9栋,1,6,0601,,120,130,居住,,,,,,,,,,,,,",
            GoodRows[1]));

        Assert.Equal(ImportStatus.Rejected, job.Status);
        Assert.Equal([3, 4, 5, 6], job.Errors.Select(e => e.Line));
        Assert.Equal(["楼层", "用途", "证件号码", "套内面积"], job.Errors.Select(e => e.Column));
        Assert.Contains("三", job.Errors[0].Message, StringComparison.Ordinal);
        await using var scope = service.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ResidentsDb>();
        Assert.False(await db.Buildings.AnyAsync(b => b.EstateId == client.EstateId));
        Assert.False(await db.Owners.AnyAsync(o => o.EstateId == client.EstateId));
        Assert.False(await db.ImportFiles.AnyAsync(f => f.ImportJobId == job.Id));
    }

    [Fact]
    public async Task Import_UnitAlreadyRegistered_IsRefusedInEnglishWhenAsked()
    {
        var client = await ImportClient.ForNewEstateAsync(service.Factory);
        Assert.Equal(ImportStatus.Completed, (await client.ImportAsync(ImportClient.Csv(GoodRows[3]))).Status);

        var job = await client.ImportAsync(ImportClient.Csv(GoodRows[3]), language: "en-US");

        var error = Assert.Single(job.Errors);
        Assert.Equal((2, "Unit"), (error.Line, error.Column));
        Assert.Contains("already registered", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_MissingRequiredColumn_IsRejectedOnLineOne()
    {
        var client = await ImportClient.ForNewEstateAsync(service.Factory);

        var job = await client.ImportAsync("楼栋,单元,房号,外星列\r\n1栋,1,101,x\r\n");

        Assert.Equal(ImportStatus.Rejected, job.Status);
        Assert.All(job.Errors, e => Assert.Equal(1, e.Line));
        Assert.Contains(job.Errors, e => e.Message.Contains("楼层", StringComparison.Ordinal));
        Assert.Contains(job.Errors, e => e.Message.Contains("外星列", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Import_Gb18030Csv_ReadsTheChinese()
    {
        var client = await ImportClient.ForNewEstateAsync(service.Factory);
        var gb18030 = CodePagesEncodingProvider.Instance.GetEncoding("GB18030")!;

        var job = await client.ImportAsync(gb18030.GetBytes(ImportClient.Csv(GoodRows[3])), "excel.csv");

        Assert.Equal(ImportStatus.Completed, job.Status);
    }

    [Fact]
    public async Task Upload_NotCsvOrXlsx_Returns400NamingFile()
    {
        var client = await ImportClient.ForNewEstateAsync(service.Factory);

        var response = await client.UploadAsync("x"u8.ToArray(), "register.pdf");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"file\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_AsFinance_Returns403()
    {
        var client = await ImportClient.ForNewEstateAsync(service.Factory);

        var response = await client.UploadAsync(Encoding.UTF8.GetBytes(ImportClient.Csv(GoodRows[3])), "r.csv", client.As(Roles.Finance));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Export_ThenImportElsewhere_RoundTripsTheRegisterAsXlsx()
    {
        var source = await ImportClient.ForNewEstateAsync(service.Factory);
        await source.ImportAsync(ImportClient.Csv(GoodRows));
        var masked = await source.Manager.GetStringAsync($"{source.Base}/register/export?format=csv");
        var xlsx = await source.Manager.GetByteArrayAsync($"{source.Base}/register/export?format=xlsx&reveal=true&reason=迁移到新系统");

        var target = await ImportClient.ForNewEstateAsync(service.Factory);
        var job = await target.ImportAsync(xlsx, "register.xlsx");

        Assert.Contains("138****5678", masked, StringComparison.Ordinal);
        Assert.DoesNotContain(IdNumber, masked, StringComparison.Ordinal);
        Assert.Equal(ImportStatus.Completed, job.Status);
        Assert.Equal((4, 3, 2, 1), (job.TotalRows, job.UnitsCreated, job.OwnersCreated, job.TenanciesCreated));
        await using var scope = service.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ResidentsDb>();
        Assert.True(await db.Disclosures.AnyAsync(d => d.EstateId == source.EstateId && d.SubjectKind == "register-export"));
    }

    [Fact]
    public async Task Export_UnmaskedAsFinance_Returns403()
    {
        var client = await ImportClient.ForNewEstateAsync(service.Factory);

        var response = await client.As(Roles.Finance).GetAsync($"{client.Base}/register/export?reveal=true&reason=催费需要");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
