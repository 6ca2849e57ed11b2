using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PropertyCloud.Billing.Api.Domain;
using PropertyCloud.Billing.Api.Domain.Rules;
using PropertyCloud.Billing.Api.Extensions;
using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.BuildingBlocks.Domain;

namespace PropertyCloud.Billing.Api.Apis;

/// <summary>Meter readings (抄表) per unit and period; a meter only counts up unless it was replaced.</summary>
public static class MeterReadingsApi
{
    private static readonly LocalizedText UnitNotFound = new("未找到房间", "The unit was not found");

    public static RouteGroupBuilder MapMeterReadingsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/billing/estates/{estateId:guid}/meter-readings").WithTags("Meter readings")
            .RequireAuthorization(BillingPolicies.ReadBilling);
        api.MapGet("/", ListReadings);
        api.MapPost("/", RecordReading).RequireAuthorization(BillingPolicies.WriteBilling).Validate<MeterReadingRequest>();
        api.MapPost("/import", ImportReadings).RequireAuthorization(BillingPolicies.WriteBilling).Validate<MeterReadingImport>();
        return api;
    }

    public static async Task<Results<Ok<PagedResult<MeterReadingResponse>>, ProblemHttpResult>> ListReadings(
        Guid estateId, string? period, Guid? unitId, bool? abnormal, [AsParameters] BillingServices services,
        [AsParameters] PageRequest page, CancellationToken cancellationToken)
    {
        var query = services.Db.MeterReadings.AsNoTracking().Where(r => r.EstateId == estateId);
        query = period is null ? query : query.Where(r => r.Period == period);
        query = unitId is null ? query : query.Where(r => r.UnitId == unitId);
        query = abnormal is null ? query : query.Where(r => r.IsAbnormal == abnormal);
        var total = await query.LongCountAsync(cancellationToken);
        var items = await query.OrderBy(r => r.Period).ThenBy(r => r.UnitId).ThenBy(r => r.Meter)
            .Skip(page.Skip).Take(page.Size).ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedResult<MeterReadingResponse>([.. items.Select(MeterReadingResponse.From)], page.Number, page.Size, total));
    }

    public static async Task<Results<Created<MeterReadingResponse>, ProblemHttpResult>> RecordReading(
        Guid estateId, MeterReadingRequest request, [AsParameters] BillingServices services, CancellationToken cancellationToken)
    {
        var unit = await UnitsApi.FindAsync(services, estateId, request.UnitId, cancellationToken);
        if (unit is null)
        {
            return ApiProblems.NotFound(UnitsApi.UnitText, request.UnitId);
        }
        var reading = await RecordAsync(services, unit, request, cancellationToken);
        return TypedResults.Created($"/api/billing/estates/{estateId}/meter-readings/{reading.Id}", MeterReadingResponse.From(reading));
    }

    /// <summary>Bulk import of a period's readings: each row is recorded or refused on its own, with the reason.</summary>
    public static async Task<Results<Ok<IReadOnlyList<MeterReadingImportRow>>, ProblemHttpResult>> ImportReadings(
        Guid estateId, MeterReadingImport import, [AsParameters] BillingServices services, CancellationToken cancellationToken)
    {
        var rows = new List<MeterReadingImportRow>(import.Readings.Count);
        foreach (var (request, index) in import.Readings.Select((r, i) => (r, i)))
        {
            services.Db.ChangeTracker.Clear();
            var unit = await UnitsApi.FindAsync(services, estateId, request.UnitId, cancellationToken);
            try
            {
                rows.Add(unit is null
                    ? MeterReadingImportRow.Refused(index, "meter_reading.unit_not_found", UnitNotFound.ToString(), "unitId")
                    : MeterReadingImportRow.Recorded(index, await RecordAsync(services, unit, request, cancellationToken)));
            }
            catch (DomainException refusal)
            {
                rows.Add(MeterReadingImportRow.Refused(index, refusal.Code, refusal.Text.ToString(), refusal.Field));
            }
        }
        return TypedResults.Ok<IReadOnlyList<MeterReadingImportRow>>(rows);
    }

    private static async Task<MeterReading> RecordAsync(
        BillingServices services, BillableUnit unit, MeterReadingRequest request, CancellationToken cancellationToken)
    {
        var period = BillingPeriod.Parse(request.Period);
        PeriodMustBeOpen.Check(await services.Db.IsClosedAsync(unit.EstateId, request.Period, cancellationToken), request.Period, "period");
        var readings = services.Db.MeterReadings.AsNoTracking().Where(r => r.UnitId == unit.Id && r.Meter == request.Meter);
        if (await readings.AnyAsync(r => r.Period == request.Period, cancellationToken))
        {
            throw ReadingOncePerPeriod.AlreadyRecorded(request.Period);
        }
        var earlier = await readings.Where(r => string.Compare(r.Period, request.Period) < 0)
            .OrderByDescending(r => r.Period).Take(3).ToListAsync(cancellationToken);
        var recent = earlier.Where(r => r.Consumption > 0).Select(r => r.Consumption).ToList();

        var reading = MeterReading.Record(unit, request.Meter, period, request.Reading, request.IsReplacement,
            earlier.FirstOrDefault(), recent, services.Clock.GetUtcNow());
        services.Db.MeterReadings.Add(reading);
        await services.Db.SaveChangesAsync(cancellationToken);
        return reading;
    }
}
