using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.Repairs.Api.Domain;
using PropertyCloud.Repairs.Api.Extensions;

namespace PropertyCloud.Repairs.Api.Apis;

/// <summary>An estate's maintenance teams, which orders can be dispatched to.</summary>
public static class TeamsApi
{
    public static IEndpointRouteBuilder MapTeamsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/repairs/estates/{estateId:guid}/teams").WithTags("Maintenance teams")
            .RequireAuthorization(RepairsPolicies.ReadSla);
        api.MapGet("", ListTeams);
        api.MapPost("", FormTeam).RequireAuthorization(RepairsPolicies.ManageSla).Validate<FormTeamRequest>();
        return app;
    }

    public static async Task<Ok<List<TeamResponse>>> ListTeams(
        Guid estateId, [AsParameters] RepairsServices services, CancellationToken cancellationToken)
    {
        var teams = await services.Db.MaintenanceTeams.AsNoTracking().Where(t => t.EstateId == estateId).OrderBy(t => t.Name)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(teams.Select(TeamResponse.From).ToList());
    }

    public static async Task<Results<Created<TeamResponse>, ProblemHttpResult>> FormTeam(
        Guid estateId, FormTeamRequest request, [AsParameters] RepairsServices services, CancellationToken cancellationToken)
    {
        if (await services.Db.MaintenanceTeams.AnyAsync(t => t.EstateId == estateId && t.Name == request.Name.Trim(), cancellationToken))
        {
            throw new ConflictException("team.name_taken", new("本管理处已有同名班组", "The estate already has a team of that name"));
        }
        var team = MaintenanceTeam.Form(estateId, request.Name, new TeamMember(request.Leader.UserId, request.Leader.Name),
            (request.Members ?? []).Select(m => new TeamMember(m.UserId, m.Name)));
        services.Db.MaintenanceTeams.Add(team);
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/repairs/estates/{estateId}/teams/{team.Id}", TeamResponse.From(team));
    }
}
