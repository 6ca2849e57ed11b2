using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.BuildingBlocks.EventBus;
using PropertyCloud.Residents.Api.Domain;
using PropertyCloud.Residents.Api.Extensions;
using PropertyCloud.Residents.Contracts;

namespace PropertyCloud.Residents.Api.Apis;

/// <summary>Estates (小区): every caller lists the ones their token covers; the group admin registers them.</summary>
public static class EstatesApi
{
    internal static readonly LocalizedText Estate = new("小区", "estate");

    public static RouteGroupBuilder MapEstatesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/residents/estates").WithTags("Estates");
        api.MapGet("/", ListEstates);
        api.MapGet("/{estateId:guid}", GetEstate);
        api.MapPost("/", RegisterEstate).RequireAuthorization(ResidentsPolicies.ManageEstates).Validate<RegisterEstateRequest>();
        api.MapPut("/{estateId:guid}", UpdateEstate).RequireAuthorization(ResidentsPolicies.ManageEstates).Validate<UpdateEstateRequest>();
        return api;
    }

    public static async Task<Ok<PagedResult<EstateResponse>>> ListEstates(
        [AsParameters] ResidentsServices services, [AsParameters] PageRequest page, CancellationToken cancellationToken)
    {
        var query = services.Db.Estates.AsNoTracking();
        if (!services.User.SeesAllEstates)
        {
            var mine = services.User.EstateIds.ToList();
            query = query.Where(e => mine.Contains(e.Id));
        }
        var total = await query.LongCountAsync(cancellationToken);
        var items = await query.OrderBy(e => e.Code).Skip(page.Skip).Take(page.Size).ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedResult<EstateResponse>([.. items.Select(EstateResponse.From)], page.Number, page.Size, total));
    }

    public static async Task<Results<Ok<EstateResponse>, ProblemHttpResult>> GetEstate(
        Guid estateId, [AsParameters] ResidentsServices services, CancellationToken cancellationToken)
    {
        var estate = await services.Db.Estates.AsNoTracking().FirstOrDefaultAsync(e => e.Id == estateId, cancellationToken);
        return estate is null ? ApiProblems.NotFound(Estate, estateId) : TypedResults.Ok(EstateResponse.From(estate));
    }

    public static async Task<Created<EstateResponse>> RegisterEstate(
        RegisterEstateRequest request, [AsParameters] ResidentsServices services, CancellationToken cancellationToken)
    {
        if (await services.Db.Estates.AnyAsync(e => e.Code == request.Code, cancellationToken))
        {
            throw new ConflictException("estate.code_taken", new($"小区编码 {request.Code} 已被使用", $"Estate code {request.Code} is taken"), "code");
        }
        var estate = Domain.Estate.Register(Guid.CreateVersion7(), request.Code, request.Name, request.Company, request.Kind,
            request.Address ?? "", services.Clock.GetUtcNow());
        services.Db.Estates.Add(estate);
        services.Db.AddIntegrationEvent(Registered(estate, services.Clock.GetUtcNow()));
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/residents/estates/{estate.Id}", EstateResponse.From(estate));
    }

    public static async Task<Results<Ok<EstateResponse>, ProblemHttpResult>> UpdateEstate(
        Guid estateId, UpdateEstateRequest request, [AsParameters] ResidentsServices services, CancellationToken cancellationToken)
    {
        var estate = await services.Db.Estates.FirstOrDefaultAsync(e => e.Id == estateId, cancellationToken);
        if (estate is null)
        {
            return ApiProblems.NotFound(Estate, estateId);
        }
        estate.Rename(request.Name, request.Company, request.Address ?? "");
        services.Db.AddIntegrationEvent(Registered(estate, services.Clock.GetUtcNow()));
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(EstateResponse.From(estate));
    }

    public static EstateRegistered Registered(Domain.Estate estate, DateTimeOffset now) => new()
    {
        EventId = Guid.CreateVersion7(),
        OccurredAt = now,
        EstateId = estate.Id,
        Code = estate.Code,
        Name = estate.Name,
        Company = estate.Company,
    };
}
