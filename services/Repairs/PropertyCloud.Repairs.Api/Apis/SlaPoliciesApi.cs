using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.Repairs.Api.Domain;
using PropertyCloud.Repairs.Api.Extensions;

namespace PropertyCloud.Repairs.Api.Apis;

/// <summary>An estate's SLAs per category and urgency. Changes apply to orders taken in afterwards.</summary>
public static class SlaPoliciesApi
{
    public static IEndpointRouteBuilder MapSlaPoliciesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/repairs/estates/{estateId:guid}/sla-policies").WithTags("SLA policies")
            .RequireAuthorization(RepairsPolicies.ReadSla);
        api.MapGet("", ListPolicies);
        api.MapPut("/{category}/{urgency}", SetPolicy).RequireAuthorization(RepairsPolicies.ManageSla).Validate<SlaPolicyRequest>();
        return app;
    }

    public static async Task<Results<Ok<IReadOnlyList<SlaPolicyResponse>>, ProblemHttpResult>> ListPolicies(
        Guid estateId, [AsParameters] RepairsServices services, CancellationToken cancellationToken)
    {
        var own = await services.Db.SlaPolicies.AsNoTracking().Where(p => p.EstateId == estateId).ToListAsync(cancellationToken);
        IReadOnlyList<SlaPolicyResponse> policies =
        [
            .. from category in Enum.GetValues<RepairCategory>()
               from urgency in Enum.GetValues<RepairUrgency>()
               let set = own.FirstOrDefault(p => p.Category == category && p.Urgency == urgency)
               let times = set?.Times ?? SlaDefaults.For(category, urgency)
               select new SlaPolicyResponse(category, urgency, times.ResponseMinutes, times.OnSiteMinutes, times.ResolutionMinutes, set is null),
        ];
        return TypedResults.Ok(policies);
    }

    public static async Task<Results<Ok<SlaPolicyResponse>, ProblemHttpResult>> SetPolicy(
        Guid estateId, RepairCategory category, RepairUrgency urgency, SlaPolicyRequest request,
        [AsParameters] RepairsServices services, CancellationToken cancellationToken)
    {
        var policy = await services.Db.SlaPolicies.FirstOrDefaultAsync(
            p => p.EstateId == estateId && p.Category == category && p.Urgency == urgency, cancellationToken);
        if (policy is null)
        {
            policy = SlaPolicy.Define(estateId, category, urgency);
            services.Db.SlaPolicies.Add(policy);
        }
        policy.Set(request.ToTimes(), services.UserName, services.Clock.GetUtcNow());
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(new SlaPolicyResponse(category, urgency, policy.ResponseMinutes, policy.OnSiteMinutes, policy.ResolutionMinutes, false));
    }
}
