using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.BuildingBlocks.Spreadsheets;
using PropertyCloud.Repairs.Api.Apis;
using PropertyCloud.Repairs.Api.Exports;
using PropertyCloud.Testing;

namespace PropertyCloud.Repairs.FunctionalTests;

/// <summary>The desk's complaint list as XLSX: the list's filters and order, headed in the caller's language, capped with a 422.</summary>
[Collection(SharedRepairsService.Name)]
public sealed class ComplaintExportTests(RepairsService service)
{
    private readonly Guid _estate = Guid.NewGuid();

    private string Complaints => $"/api/repairs/estates/{_estate}/complaints";

    private async Task<ComplaintResponse> RecordAsync(HttpClient client, string category, bool major, string description = "楼道堆放杂物")
    {
        var response = await client.PostAsJsonAsync(Complaints,
            new { channel = "Phone", category, description, complainantUnitId = Guid.NewGuid(), isMajor = major });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<ComplaintResponse>(TestJson.Options))!;
    }

    private static (string Sheet, List<string> Columns, List<IDictionary<string, object>> Rows) Read(byte[] xlsx)
    {
        using var stream = new MemoryStream(xlsx);
        return (stream.GetSheetNames().Single(), [.. stream.GetColumns(useHeaderRow: true)!.Cast<string>()],
            [.. stream.Query(useHeaderRow: true).Cast<IDictionary<string, object>>()]);
    }

    [Fact]
    public async Task Export_WithTheListsFilters_HoldsExactlyTheMatchingComplaintsInListOrder()
    {
        var desk = service.ClientFor(Roles.FrontDesk, _estate);
        var cleaning = await RecordAsync(desk, "Cleaning", major: false);
        service.Clock.Advance(TimeSpan.FromMinutes(1));
        var noise = await RecordAsync(desk, "Noise", major: false, "夜间施工噪音");
        service.Clock.Advance(TimeSpan.FromMinutes(1));
        var major = await RecordAsync(desk, "Security", major: true);
        (await desk.PostAsJsonAsync($"{Complaints}/{noise.Id}/acknowledge", new { })).EnsureSuccessStatusCode();

        var response = await desk.GetAsync($"{Complaints}/export?status=Received");
        var ordinary = Read(await desk.GetByteArrayAsync($"{Complaints}/export?major=false")).Rows;
        var all = Read(await desk.GetByteArrayAsync($"{Complaints}/export")).Rows;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(LocalizedSheet.ContentType, response.Content.Headers.ContentType?.MediaType);
        Assert.EndsWith(".xlsx", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'), StringComparison.Ordinal);
        var (sheet, _, received) = Read(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("投诉登记", sheet);
        // Major complaints first, then the oldest.
        Assert.Equal([major.Id.ToString(), cleaning.Id.ToString()], received.Select(r => (string)r["投诉编号"]));
        Assert.Equal([cleaning.Id.ToString(), noise.Id.ToString()], ordinary.Select(r => (string)r["投诉编号"]));
        Assert.Equal([major.Id.ToString(), cleaning.Id.ToString(), noise.Id.ToString()], all.Select(r => (string)r["投诉编号"]));
        Assert.Equal(("电话", "噪音", "否", "已确认", "夜间施工噪音"),
            ((string)all[2]["渠道"], (string)all[2]["类别"], (string)all[2]["重大投诉"], (string)all[2]["状态"], (string)all[2]["投诉内容"]));
        Assert.Equal(("安全", "是", "已受理"), ((string)all[0]["类别"], (string)all[0]["重大投诉"], (string)all[0]["状态"]));
    }

    [Fact]
    public async Task Export_AskedInEnglish_NamesItsSheetColumnsAndValuesInEnglish()
    {
        var manager = service.ClientFor(Roles.EstateManager, _estate);
        await RecordAsync(manager, "Parking", major: true);
        manager.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US");

        var (sheet, columns, rows) = Read(await manager.GetByteArrayAsync($"{Complaints}/export"));

        Assert.Equal("Complaints", sheet);
        Assert.Equal(["Complaint", "Received at", "Channel", "Category", "Major", "Status", "Description"], columns.Take(7));
        Assert.Equal(("Phone", "Parking", "Yes", "Received"),
            ((string)rows.Single()["Channel"], (string)rows.Single()["Category"], (string)rows.Single()["Major"], (string)rows.Single()["Status"]));
    }

    [Fact]
    public async Task Export_OfAnEstateWithNoMatchingComplaints_IsAWorkbookWithHeadingsOnly()
    {
        var (_, columns, rows) = Read(await service.ClientFor(Roles.FrontDesk, _estate).GetByteArrayAsync($"{Complaints}/export?status=Closed"));

        Assert.Equal(19, columns.Count);
        Assert.Equal("投诉编号", columns[0]);
        Assert.DoesNotContain(rows, row => row.Values.Any(value => value is not null));
    }

    [Fact]
    public async Task Export_OfMoreComplaintsThanTheCap_Is422InsteadOfACutList()
    {
        var desk = service.ClientFor(Roles.FrontDesk, _estate);
        await RecordAsync(desk, "Cleaning", major: false);
        await RecordAsync(desk, "Cleaning", major: false);
        await RecordAsync(desk, "Noise", major: true);
        await using var capped = service.Factory.WithWebHostBuilder(host => host.ConfigureTestServices(services =>
            services.Configure<ComplaintExportOptions>(options => options.MaxRows = 2)));
        var client = capped.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", TestTokens.For(Roles.FrontDesk, _estate));

        var tooMany = await client.GetAsync($"{Complaints}/export");
        var narrowed = await client.GetAsync($"{Complaints}/export?major=true");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooMany.StatusCode);
        Assert.Contains("complaint_export.too_many_rows", await tooMany.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, narrowed.StatusCode);
    }

    [Theory]
    [InlineData(Roles.Maintenance)]
    [InlineData(Roles.Owner)]
    [InlineData(Roles.Archivist)]
    public async Task Export_ByARoleThatCannotReadTheList_IsForbidden(string role)
    {
        var response = await service.ClientFor(role, _estate).GetAsync($"{Complaints}/export");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Export_OfAnotherEstate_IsForbidden()
    {
        var response = await service.ClientFor(Roles.FrontDesk, Guid.NewGuid()).GetAsync($"{Complaints}/export");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Export_WithAnUnknownStatus_Is400()
    {
        var response = await service.ClientFor(Roles.FrontDesk, _estate).GetAsync($"{Complaints}/export?status=Lost");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
