using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using PropertyCloud.Billing.Api.Apis;
using PropertyCloud.Billing.Api.Domain;
using PropertyCloud.Billing.Api.Domain.MeterImports;
using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Testing;

namespace PropertyCloud.Billing.FunctionalTests;

[Collection(BillingCollection.Name)]
public sealed class MeterImportTests(BillingService service)
{
    private readonly FinanceDesk _desk = new(service);

    private MeterImportDesk Imports => new(_desk);

    [Fact]
    public async Task Import_SheetOfAPeriod_RecordsGoodLinesAndRefusesEachBadOneWithTheReadingsReason()
    {
        var unit = await _desk.UnitAsync(number: "1501");
        await _desk.UnitAsync(number: "1502");
        await _desk.ReadMeterAsync(unit, MeterKind.Electricity, "2026-05", 5000m);

        var job = await Imports.ImportAsync("2026-06", """
            房屋,表计,读数
            3栋-1-1501,水,12.5
            3栋-1-1501,电,4999
            3栋-1-1502,电表,300
            9栋-9-999,水,1
            3栋-1-1502,气,1
            """);

        Assert.Equal(MeterImportStatus.Completed, job.Status);
        Assert.Equal((5, 5, 2, 0, 3, 100), (job.TotalRows, job.ProcessedRows, job.RecordedRows, job.AlreadyRecordedRows, job.RefusedRows, job.PercentDone));
        var refused = await Imports.RowsAsync(job.Id, MeterImportOutcome.Refused);
        Assert.Equal([(3, "meter_reading.lower_than_previous", "reading"), (5, "meter_reading.unit_not_found", "unit"),
            (6, "meter_import.meter_unknown", "meter")], refused.Select(r => (r.Line, r.Code!, r.Field!)));
        Assert.All(refused, r => Assert.False(string.IsNullOrEmpty(r.Message)));
        var water = await _desk.InDbAsync(db => db.MeterReadings.SingleAsync(r => r.UnitId == unit && r.Meter == MeterKind.Water));
        Assert.Equal(("2026-06", 12.5m), (water.Period, water.Reading));
    }

    [Fact]
    public async Task Import_SameSheetTwice_RecordsEachReadingOnce()
    {
        await _desk.UnitAsync(number: "1501");
        await _desk.UnitAsync(number: "1502");
        const string sheet = "3栋-1-1501,水,10\n3栋-1-1502,水,20\n3栋-1-1502,电,30\n";
        var first = await Imports.ImportAsync("2026-03", sheet);

        var second = await Imports.ImportAsync("2026-03", sheet);

        Assert.Equal((3, 0), (first.RecordedRows, first.AlreadyRecordedRows));
        Assert.Equal((0, 3, 0), (second.RecordedRows, second.AlreadyRecordedRows, second.RefusedRows));
        Assert.Equal(3, await _desk.InDbAsync(db => db.MeterReadings.CountAsync(r => r.EstateId == _desk.EstateId)));
        var rows = await Imports.RowsAsync(second.Id);
        Assert.All(rows, r => Assert.NotNull(r.ReadingId));
    }

    [Fact]
    public async Task Import_SameMeterWithAnotherReading_IsRefusedAsAlreadyRecorded()
    {
        var unit = await _desk.UnitAsync();
        await _desk.ReadMeterAsync(unit, MeterKind.Water, "2026-04", 40m);

        var job = await Imports.ImportAsync("2026-04", "3栋-1-1502,水,41\n");

        var row = Assert.Single(await Imports.RowsAsync(job.Id));
        Assert.Equal((MeterImportOutcome.Refused, "meter_reading.already_recorded"), (row.Outcome, row.Code));
        Assert.Equal(40m, await _desk.InDbAsync(db => db.MeterReadings.Where(r => r.UnitId == unit).Select(r => r.Reading).SingleAsync()));
    }

    [Fact]
    public async Task Import_IntoAClosedPeriod_RefusesEveryLineNamingThePeriod()
    {
        await _desk.UnitAsync();
        (await _desk.Client.PostAsJsonAsync($"{_desk.Estate}/closed-periods", new PeriodRequest("2026-02"))).EnsureSuccessStatusCode();

        var job = await Imports.ImportAsync("2026-02", "3栋-1-1502,水,41\n3栋-1-1502,电,7\n");

        Assert.Equal(2, job.RefusedRows);
        Assert.All(await Imports.RowsAsync(job.Id), r => Assert.Equal(("period.closed", "period"), (r.Code, r.Field)));
        Assert.Equal(0, await _desk.InDbAsync(db => db.MeterReadings.CountAsync(r => r.EstateId == _desk.EstateId)));
    }

    [Fact]
    public async Task Import_Xlsx_RecordsItsReadingsAndAReplacedMeterFromZero()
    {
        var unit = await _desk.UnitAsync();
        await _desk.ReadMeterAsync(unit, MeterKind.Electricity, "2026-07", 900m);
        using var xlsx = new MemoryStream();
        MiniExcelLibs.MiniExcel.SaveAs(xlsx, new[]
        {
            new Dictionary<string, object> { ["房屋"] = "3栋-1-1502", ["表计"] = "电", ["读数"] = 15, ["换表"] = "是" },
        });

        var accepted = await FinanceDesk.ReadAsync<MeterImportJobResponse>(
            await Imports.UploadAsync("2026-08", xlsx.ToArray(), "八月.xlsx"), HttpStatusCode.Accepted);
        var job = await Imports.FinishedAsync(accepted.Id);

        Assert.Equal((MeterSheetFormat.Xlsx, 1), (job.Format, job.RecordedRows));
        var reading = await _desk.InDbAsync(db => db.MeterReadings.SingleAsync(r => r.UnitId == unit && r.Period == "2026-08"));
        Assert.Equal((15m, true), (reading.Consumption, reading.IsReplacement));
    }

    [Fact]
    public async Task Import_FileThatIsNoSpreadsheet_FailsWithTheReason()
    {
        var accepted = await FinanceDesk.ReadAsync<MeterImportJobResponse>(
            await Imports.UploadAsync("2026-08", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x01], "broken.xlsx"), HttpStatusCode.Accepted);

        var job = await Imports.FinishedAsync(accepted.Id);

        Assert.Equal(MeterImportStatus.Failed, job.Status);
        Assert.False(string.IsNullOrEmpty(job.Problem));
    }

    [Theory]
    [InlineData(null, "readings.csv", "period")]
    [InlineData("2026-13", "readings.csv", "period")]
    [InlineData("2026-08", "readings.pdf", "file")]
    public async Task Upload_WithABadPeriodOrFileType_Returns400NamingTheField(string? period, string fileName, string field)
    {
        var errors = await FinanceDesk.ErrorsAsync(await Imports.UploadAsync(period, "3栋-1-1502,水,1\n"u8.ToArray(), fileName),
            HttpStatusCode.BadRequest);

        Assert.True(errors.TryGetProperty(field, out _), errors.ToString());
    }

    [Fact]
    public async Task Upload_LargerThanTenMegabytes_Returns413NamingFile()
    {
        var content = new byte[MeterImportsApi.MaxFileBytes + 1];

        var errors = await FinanceDesk.ErrorsAsync(await Imports.UploadAsync("2026-08", content, "huge.csv"), HttpStatusCode.RequestEntityTooLarge);

        Assert.True(errors.TryGetProperty("file", out _), errors.ToString());
    }

    [Fact]
    public async Task Upload_ByReadOnlyRole_IsForbidden()
    {
        var response = await Imports.UploadAsync("2026-08", "3栋-1-1502,水,1\n"u8.ToArray(), "r.csv", _desk.ClientAs(Roles.Quality));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task ListImports_ShowsOnlyThisEstatesJobsNewestFirst_AndAnotherEstatesJobIsNotFound()
    {
        await _desk.UnitAsync();
        var older = await Imports.ImportAsync("2026-01", "3栋-1-1502,水,1\n");
        var newer = await Imports.ImportAsync("2026-02", "3栋-1-1502,水,2\n");
        var other = new FinanceDesk(service);

        var page = await _desk.Client.GetFromJsonAsync<PagedResult<MeterImportJobResponse>>(Imports.Imports, TestJson.Options);
        var elsewhere = await other.Client.GetAsync($"{other.Estate}/meter-reading-imports/{older.Id}");

        Assert.Equal([newer.Id, older.Id], page!.Items.Select(j => j.Id));
        Assert.Equal(2, page.Total);
        Assert.Equal(HttpStatusCode.NotFound, elsewhere.StatusCode);
    }

    [Fact]
    public async Task Import_AskedInEnglish_RefusesInEnglish()
    {
        var client = _desk.ClientAs(Roles.Finance);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-US");
        var accepted = await FinanceDesk.ReadAsync<MeterImportJobResponse>(
            await Imports.UploadAsync("2026-08", Encoding.UTF8.GetBytes("9-9-9,水,1\n"), "r.csv", client), HttpStatusCode.Accepted);
        var job = await Imports.FinishedAsync(accepted.Id);

        var row = Assert.Single(await Imports.RowsAsync(job.Id));

        Assert.Equal("There is no unit 9-9-9 in this estate", row.Message);
    }
}
