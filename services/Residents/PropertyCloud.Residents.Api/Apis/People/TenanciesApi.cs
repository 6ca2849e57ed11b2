using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.BuildingBlocks.EventBus;
using PropertyCloud.Residents.Api.Domain.People;
using PropertyCloud.Residents.Api.Extensions;
using PropertyCloud.Residents.Contracts;

namespace PropertyCloud.Residents.Api.Apis.People;

/// <summary>Tenants (租户) of a unit with their lease periods.</summary>
public static class TenanciesApi
{
    internal static readonly LocalizedText TenancyText = new("租约", "lease");

    public static RouteGroupBuilder MapTenanciesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/residents/estates/{estateId:guid}/units/{unitId:guid}/tenancies").WithTags("Tenancies")
            .RequireAuthorization(ResidentsPolicies.ReadPeople);
        api.MapGet("/", ListTenancies);
        api.MapPost("/", StartLease).RequireAuthorization(ResidentsPolicies.EditPeople).Validate<TenancyRequest>();
        api.MapPost("/{tenancyId:guid}/end", EndLease).RequireAuthorization(ResidentsPolicies.EditPeople);
        api.MapPut("/{tenancyId:guid}/account", LinkAccount).RequireAuthorization(ResidentsPolicies.EditPeople).Validate<AccountRequest>();
        return api;
    }

    public static async Task<Results<Ok<IReadOnlyList<TenancyResponse>>, ProblemHttpResult>> ListTenancies(
        Guid estateId, Guid unitId, [AsParameters] PeopleServices services, CancellationToken cancellationToken)
    {
        var tenancies = await services.Db.Tenancies.AsNoTracking().Where(t => t.UnitId == unitId && t.EstateId == estateId)
            .OrderBy(t => t.LeaseStartsOn).ToListAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<TenancyResponse>>([.. tenancies.Select(t => TenancyResponse.From(t, masked: true))]);
    }

    public static async Task<Results<Created<TenancyResponse>, ProblemHttpResult>> StartLease(
        Guid estateId, Guid unitId, TenancyRequest request, [AsParameters] PeopleServices services, CancellationToken cancellationToken)
    {
        var unit = await services.Db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Id == unitId && u.EstateId == estateId, cancellationToken);
        if (unit is null)
        {
            return ApiProblems.NotFound(UnitsApi.UnitText, unitId);
        }
        var tenancy = Tenancy.Start(unit, request.TenantName, request.Phone, request.LeaseStartsOn, request.LeaseEndsOn);
        services.Db.Tenancies.Add(tenancy);
        services.Db.AddIntegrationEvent(new TenantLeaseStarted
        {
            EventId = Guid.CreateVersion7(), OccurredAt = services.Clock.GetUtcNow(), EstateId = estateId, UnitId = unitId,
            TenancyId = tenancy.Id, LeaseStartsOn = tenancy.LeaseStartsOn, LeaseEndsOn = tenancy.LeaseEndsOn,
        });
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/residents/estates/{estateId}/units/{unitId}/tenancies/{tenancy.Id}", TenancyResponse.From(tenancy, masked: true));
    }

    public static async Task<Results<Ok<TenancyResponse>, ProblemHttpResult>> EndLease(
        Guid estateId, Guid unitId, Guid tenancyId, EndTenancyRequest request, [AsParameters] PeopleServices services,
        CancellationToken cancellationToken)
    {
        var tenancy = await FindAsync(services, estateId, unitId, tenancyId, cancellationToken);
        if (tenancy is null)
        {
            return ApiProblems.NotFound(TenancyText, tenancyId);
        }
        tenancy.End(request.EndedOn);
        services.Db.AddIntegrationEvent(new TenantLeaseEnded
        {
            EventId = Guid.CreateVersion7(), OccurredAt = services.Clock.GetUtcNow(), EstateId = estateId, UnitId = unitId,
            TenancyId = tenancy.Id, EndedOn = request.EndedOn,
        });
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(TenancyResponse.From(tenancy, masked: true));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> LinkAccount(
        Guid estateId, Guid unitId, Guid tenancyId, AccountRequest request, [AsParameters] PeopleServices services,
        CancellationToken cancellationToken)
    {
        var tenancy = await FindAsync(services, estateId, unitId, tenancyId, cancellationToken);
        if (tenancy is null)
        {
            return ApiProblems.NotFound(TenancyText, tenancyId);
        }
        tenancy.LinkAccount(request.UserId.Trim());
        services.Db.AddIntegrationEvent(AccountLinks.Linked(estateId, tenancy.Id, isTenancy: true, tenancy.UserId!, services.Clock.GetUtcNow()));
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    private static Task<Tenancy?> FindAsync(PeopleServices services, Guid estateId, Guid unitId, Guid tenancyId, CancellationToken cancellationToken) =>
        services.Db.Tenancies.FirstOrDefaultAsync(t => t.Id == tenancyId && t.UnitId == unitId && t.EstateId == estateId, cancellationToken);
}
