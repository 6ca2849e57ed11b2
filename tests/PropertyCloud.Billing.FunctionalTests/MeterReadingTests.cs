using System.Net;
using System.Net.Http.Json;
using PropertyCloud.Billing.Api.Apis;
using PropertyCloud.Billing.Api.Domain;

namespace PropertyCloud.Billing.FunctionalTests;

[Collection(BillingCollection.Name)]
public sealed class MeterReadingTests(BillingService service)
{
    private readonly FinanceDesk _desk = new(service);

    [Fact]
    public async Task RecordReading_AfterBaseReading_ComputesConsumption()
    {
        var unit = await _desk.UnitAsync();
        await FinanceDesk.ReadAsync<MeterReadingResponse>(await _desk.ReadMeterAsync(unit, MeterKind.Water, "2026-01", 100m), HttpStatusCode.Created);

        var reading = await FinanceDesk.ReadAsync<MeterReadingResponse>(
            await _desk.ReadMeterAsync(unit, MeterKind.Water, "2026-02", 112.5m), HttpStatusCode.Created);

        Assert.Equal(12.5m, reading.Consumption);
        Assert.False(reading.IsAbnormal);
    }

    [Fact]
    public async Task RecordReading_WhenLowerThanPrevious_Returns422NamingReading()
    {
        var unit = await _desk.UnitAsync();
        await _desk.ReadMeterAsync(unit, MeterKind.Electricity, "2026-01", 5000m);

        var response = await _desk.ReadMeterAsync(unit, MeterKind.Electricity, "2026-02", 4999m);

        var errors = await FinanceDesk.ErrorsAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.True(errors.TryGetProperty("reading", out _), errors.ToString());
    }

    [Fact]
    public async Task RecordReading_WhenLowerButMeterReplaced_IsAcceptedFromZero()
    {
        var unit = await _desk.UnitAsync();
        await _desk.ReadMeterAsync(unit, MeterKind.Electricity, "2026-01", 5000m);

        var reading = await FinanceDesk.ReadAsync<MeterReadingResponse>(
            await _desk.ReadMeterAsync(unit, MeterKind.Electricity, "2026-02", 180m, replacement: true), HttpStatusCode.Created);

        Assert.Equal(180m, reading.Consumption);
        Assert.True(reading.IsReplacement);
    }

    [Fact]
    public async Task RecordReading_WhenFarAboveRecentAverage_IsFlaggedAbnormal()
    {
        var unit = await _desk.UnitAsync();
        await _desk.ReadMeterAsync(unit, MeterKind.Water, "2026-01", 100m);
        await _desk.ReadMeterAsync(unit, MeterKind.Water, "2026-02", 110m);
        await _desk.ReadMeterAsync(unit, MeterKind.Water, "2026-03", 121m);

        var reading = await FinanceDesk.ReadAsync<MeterReadingResponse>(
            await _desk.ReadMeterAsync(unit, MeterKind.Water, "2026-04", 200m), HttpStatusCode.Created);

        Assert.True(reading.IsAbnormal);
    }

    [Fact]
    public async Task RecordReading_TwiceForOnePeriod_Returns409()
    {
        var unit = await _desk.UnitAsync();
        await _desk.ReadMeterAsync(unit, MeterKind.Water, "2026-01", 100m);

        var response = await _desk.ReadMeterAsync(unit, MeterKind.Water, "2026-01", 101m);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Fact]
    public async Task RecordReading_WithMalformedPeriod_Returns400NamingPeriod()
    {
        var unit = await _desk.UnitAsync();

        var response = await _desk.ReadMeterAsync(unit, MeterKind.Water, "2026-13", 100m);

        var errors = await FinanceDesk.ErrorsAsync(response, HttpStatusCode.BadRequest);
        Assert.True(errors.TryGetProperty("period", out _), errors.ToString());
    }

    [Fact]
    public async Task RecordReading_ForUnknownUnit_Returns404()
    {
        var response = await _desk.ReadMeterAsync(Guid.NewGuid(), MeterKind.Water, "2026-01", 100m);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task ImportReadings_RecordsGoodRowsAndRefusesEachBadRowWithItsReason()
    {
        var unit = await _desk.UnitAsync(number: "101");
        var other = await _desk.UnitAsync(number: "102");
        await _desk.ReadMeterAsync(unit, MeterKind.Water, "2026-01", 100m);
        await _desk.ReadMeterAsync(other, MeterKind.Water, "2026-01", 300m);

        var response = await _desk.Client.PostAsJsonAsync($"{_desk.Estate}/meter-readings/import", new MeterReadingImport(
        [
            new(unit, MeterKind.Water, "2026-02", 109m, false),
            new(other, MeterKind.Water, "2026-02", 299m, false),
            new(Guid.NewGuid(), MeterKind.Water, "2026-02", 5m, false),
        ]));

        var rows = await FinanceDesk.ReadAsync<List<MeterReadingImportRow>>(response, HttpStatusCode.OK);
        Assert.Equal(9m, rows[0].Reading!.Consumption);
        Assert.Equal(("meter_reading.lower_than_previous", "reading"), (rows[1].Code, rows[1].Field));
        Assert.Equal(("meter_reading.unit_not_found", "unitId"), (rows[2].Code, rows[2].Field));
    }

    [Fact]
    public async Task ImportReadings_WithAMalformedRow_Returns400NamingTheRow()
    {
        var response = await _desk.Client.PostAsJsonAsync($"{_desk.Estate}/meter-readings/import",
            new MeterReadingImport([new(Guid.NewGuid(), MeterKind.Water, "2026/02", 1m, false)]));

        var errors = await FinanceDesk.ErrorsAsync(response, HttpStatusCode.BadRequest);
        Assert.True(errors.TryGetProperty("readings[0].period", out _), errors.ToString());
    }

    [Theory]
    [InlineData("{}", "readings")]
    [InlineData("{\"readings\":null}", "readings")]
    [InlineData("{\"readings\":[null]}", "readings[0]")]
    public async Task ImportReadings_WithoutRowsOrWithANullRow_Returns400NamingIt(string body, string field)
    {
        var response = await _desk.Client.PostAsync($"{_desk.Estate}/meter-readings/import",
            new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        var errors = await FinanceDesk.ErrorsAsync(response, HttpStatusCode.BadRequest);
        Assert.True(errors.TryGetProperty(field, out _), errors.ToString());
    }
}
