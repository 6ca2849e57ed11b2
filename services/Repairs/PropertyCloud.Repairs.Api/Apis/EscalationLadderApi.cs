using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.Repairs.Api.Domain;
using PropertyCloud.Repairs.Api.Extensions;
using PropertyCloud.Repairs.Api.Infrastructure;

namespace PropertyCloud.Repairs.Api.Apis;

/// <summary>An estate's escalation ladder after an SLA breach. Applies to breaches from then on.</summary>
public static class EscalationLadderApi
{
    public static IEndpointRouteBuilder MapEscalationLadderApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/repairs/estates/{estateId:guid}/escalation-ladder").WithTags("SLA policies")
            .RequireAuthorization(RepairsPolicies.ReadSla);
        api.MapGet("", GetLadder);
        api.MapPut("", SetLadder).RequireAuthorization(RepairsPolicies.ManageSla).Validate<EscalationLadderRequest>();
        return app;
    }

    public static async Task<Results<Ok<EscalationLadderResponse>, ProblemHttpResult>> GetLadder(
        Guid estateId, [AsParameters] RepairsServices services, CancellationToken cancellationToken)
    {
        var ladder = await SlaPolicies.LadderAsync(services.Db, estateId, cancellationToken);
        return TypedResults.Ok(new EscalationLadderResponse(estateId, ladder.Rungs));
    }

    public static async Task<Results<Ok<EscalationLadderResponse>, ProblemHttpResult>> SetLadder(
        Guid estateId, EscalationLadderRequest request, [AsParameters] RepairsServices services, CancellationToken cancellationToken)
    {
        var ladder = await services.Db.EscalationLadders.FirstOrDefaultAsync(l => l.EstateId == estateId, cancellationToken);
        if (ladder is null)
        {
            ladder = EscalationLadder.Default(estateId);
            services.Db.EscalationLadders.Add(ladder);
        }
        ladder.Set([.. request.Rungs.Select(r => new EscalationRung(r.AfterMinutes, r.Notify!.Value))]);
        await services.Db.SaveOrConflictAsync(cancellationToken);
        return TypedResults.Ok(new EscalationLadderResponse(estateId, ladder.Rungs));
    }
}
