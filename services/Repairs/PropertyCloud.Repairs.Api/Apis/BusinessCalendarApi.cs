using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.Repairs.Api.Domain;
using PropertyCloud.Repairs.Api.Extensions;
using PropertyCloud.Repairs.Api.Infrastructure;

namespace PropertyCloud.Repairs.Api.Apis;

/// <summary>An estate's service hours, which normal-urgency SLA targets count in. Applies to orders taken in afterwards.</summary>
public static class BusinessCalendarApi
{
    public static IEndpointRouteBuilder MapBusinessCalendarApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/repairs/estates/{estateId:guid}/business-calendar").WithTags("SLA policies")
            .RequireAuthorization(RepairsPolicies.ReadSla);
        api.MapGet("", GetCalendar);
        api.MapPut("", SetCalendar).RequireAuthorization(RepairsPolicies.ManageSla).Validate<BusinessCalendarRequest>();
        return app;
    }

    public static async Task<Results<Ok<BusinessCalendarResponse>, ProblemHttpResult>> GetCalendar(
        Guid estateId, [AsParameters] RepairsServices services, CancellationToken cancellationToken)
    {
        return TypedResults.Ok(BusinessCalendarResponse.From(await SlaPolicies.CalendarAsync(services.Db, estateId, cancellationToken)));
    }

    public static async Task<Results<Ok<BusinessCalendarResponse>, ProblemHttpResult>> SetCalendar(
        Guid estateId, BusinessCalendarRequest request, [AsParameters] RepairsServices services, CancellationToken cancellationToken)
    {
        var calendar = await services.Db.BusinessCalendars.FirstOrDefaultAsync(c => c.EstateId == estateId, cancellationToken);
        if (calendar is null)
        {
            calendar = BusinessCalendar.Default(estateId);
            services.Db.BusinessCalendars.Add(calendar);
        }
        calendar.Set(request.OpensAt, request.ClosesAt, request.WorkingDays, request.Holidays ?? []);
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(BusinessCalendarResponse.From(calendar));
    }
}
