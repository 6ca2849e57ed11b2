using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using PropertyCloud.Archives.Api.Apis;
using PropertyCloud.Archives.Api.Extensions;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.BuildingBlocks.Spreadsheets;
using PropertyCloud.Testing;

namespace PropertyCloud.Archives.FunctionalTests;

/// <summary>The clerk's reconciliation list as XLSX: the list's filters and order, headed in the caller's language, capped with a 422.</summary>
[Collection(CustodyCollection.Name)]
public sealed class ReconciliationExportTests(ArchivesService service)
{
    private readonly Guid _estateId = Guid.NewGuid();

    private string Export => $"/api/archives/estates/{_estateId}/reconciliations/export";

    private static (string Sheet, List<string> Columns, List<IDictionary<string, object>> Rows) Read(byte[] xlsx)
    {
        using var stream = new MemoryStream(xlsx);
        return (stream.GetSheetNames().Single(), [.. stream.GetColumns(useHeaderRow: true)!.Cast<string>()],
            [.. stream.Query(useHeaderRow: true).Cast<IDictionary<string, object>>()]);
    }

    [Fact]
    public async Task Export_WithTheListsFilters_HoldsExactlyTheMatchingReconciliationsNewestFirst()
    {
        var (pending, completed) = await OnePendingOneCompletedAsync();
        var archivist = service.ClientFor(Roles.Archivist, _estateId);

        var response = await archivist.GetAsync($"{Export}?status=Pending");
        var done = Read(await archivist.GetByteArrayAsync($"{Export}?status=Completed")).Rows;
        var all = Read(await archivist.GetByteArrayAsync($"{Export}?month={pending.Month}")).Rows;
        var otherMonth = Read(await archivist.GetByteArrayAsync($"{Export}?month=1999-01")).Rows;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(LocalizedSheet.ContentType, response.Content.Headers.ContentType?.MediaType);
        var (sheet, columns, open) = Read(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("档案核对记录", sheet);
        Assert.Equal(["月份", "档案编号", "状态", "开始时间", "完成时间", "文件数", "缺失", "未处理缺失"], columns);
        var row = Assert.Single(open);
        Assert.Equal((pending.Month, "3栋-1-1502", "进行中", 2), ((string)row["月份"], (string)row["档案编号"], (string)row["状态"], Convert.ToInt32(row["文件数"])));
        Assert.Null(row["完成时间"]);
        var finished = Assert.Single(done);
        Assert.Equal(("已完成", 1, 1), ((string)finished["状态"], Convert.ToInt32(finished["缺失"]), Convert.ToInt32(finished["未处理缺失"])));
        Assert.NotNull(finished["完成时间"]);
        // The list's order: the newest started first.
        Assert.Equal(["已完成", "进行中"], all.Select(r => (string)r["状态"]));
        Assert.DoesNotContain(otherMonth, r => r.Values.Any(value => value is not null));
        Assert.NotEqual(pending.Id, completed.Id);
    }

    [Fact]
    public async Task Export_AskedInEnglish_NamesItsSheetColumnsAndStatusInEnglish()
    {
        await OnePendingOneCompletedAsync();
        var manager = service.ClientFor(Roles.EstateManager, _estateId);
        manager.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US");

        var (sheet, columns, rows) = Read(await manager.GetByteArrayAsync(Export));

        Assert.Equal("Reconciliations", sheet);
        Assert.Equal(["Month", "File number", "Status", "Started at", "Completed at", "Items", "Missing", "Open missing items"], columns);
        Assert.Equal(["Completed", "In progress"], rows.Select(r => (string)r["Status"]));
    }

    [Fact]
    public async Task Export_OfMoreReconciliationsThanTheCap_Is422InsteadOfACutList()
    {
        await OnePendingOneCompletedAsync();
        await using var capped = service.Factory.WithWebHostBuilder(host => host.ConfigureTestServices(services =>
            services.Configure<ArchivesOptions>(options => options.ReconciliationExportMaxRows = 1)));
        var client = capped.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", TestTokens.For(Roles.Archivist, _estateId));

        var tooMany = await client.GetAsync(Export);
        var narrowed = await client.GetAsync($"{Export}?status=Pending");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooMany.StatusCode);
        Assert.Contains("reconciliation_export.too_many_rows", await tooMany.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, narrowed.StatusCode);
    }

    [Fact]
    public async Task Export_WithAnUnknownStatus_Returns400()
    {
        var response = await service.ClientFor(Roles.Archivist, _estateId).GetAsync($"{Export}?status=Lost");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData(Roles.Archivist, true, HttpStatusCode.Forbidden)]
    [InlineData(Roles.Maintenance, false, HttpStatusCode.Forbidden)]
    [InlineData(Roles.Owner, false, HttpStatusCode.Forbidden)]
    [InlineData(Roles.EstateManager, false, HttpStatusCode.OK)]
    [InlineData(Roles.Quality, false, HttpStatusCode.OK)]
    public async Task Export_IsForTheEstatesFileReadersLikeTheList(string role, bool ofAnotherEstate, HttpStatusCode expected)
    {
        var client = service.ClientFor(role, ofAnotherEstate ? Guid.NewGuid() : _estateId);

        var response = await client.GetAsync(Export);

        Assert.Equal(expected, response.StatusCode);
    }

    /// <summary>Two files of two documents each; the first file's check is left pending, the second's completed with one missing.</summary>
    private async Task<(ReconciliationResponse Pending, ReconciliationResponse Completed)> OnePendingOneCompletedAsync()
    {
        var archivist = service.ClientFor(Roles.Archivist, _estateId);
        var started = new List<ReconciliationResponse>();
        foreach (var file in new[] { await service.OpenFileAsync(_estateId), await service.OpenFileAsync(_estateId) })
        {
            await Uploads.FileAsync(archivist, _estateId, file.Id, Uploads.Pdf());
            await Uploads.FileAsync(archivist, _estateId, file.Id, Uploads.Pdf());
            var response = await archivist.PostAsync($"/api/archives/estates/{_estateId}/files/{file.Id}/reconciliations", null);
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            started.Add((await response.Content.ReadFromJsonAsync<ReconciliationResponse>(TestJson.Options))!);
        }
        var completion = await archivist.PostAsJsonAsync($"/api/archives/estates/{_estateId}/reconciliations/{started[1].Id}/completion", new
        {
            results = started[1].Items.Select((item, i) => new { documentId = item.DocumentId, present = i == 0, note = i == 0 ? null : "盒内未找到" }),
        });
        Assert.Equal(HttpStatusCode.OK, completion.StatusCode);
        return (started[0], (await completion.Content.ReadFromJsonAsync<ReconciliationResponse>(TestJson.Options))!);
    }
}
