using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.BuildingBlocks.EventBus;
using PropertyCloud.Residents.Api.Apis.People;
using PropertyCloud.Residents.Api.Domain.Parking;
using PropertyCloud.Residents.Api.Extensions;
using PropertyCloud.Residents.Contracts;

namespace PropertyCloud.Residents.Api.Apis.Parking;

/// <summary>Parking spaces and to which unit each is rented or sold; Billing learns of it through <see cref="ParkingSpaceAssigned"/>.</summary>
public static class ParkingSpacesApi
{
    internal static readonly LocalizedText SpaceText = new("车位", "parking space");
    private static readonly LocalizedText AssignmentText = new("车位出租/出售记录", "parking space assignment");

    public static RouteGroupBuilder MapParkingSpacesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/residents/estates/{estateId:guid}/parking-spaces").WithTags("Parking spaces")
            .RequireAuthorization(ResidentsPolicies.ReadPeople);
        api.MapGet("/", ListSpaces);
        api.MapGet("/{spaceId:guid}/assignments", ListAssignments);
        api.MapPost("/", RegisterSpace).RequireAuthorization(ResidentsPolicies.EditPeople).Validate<ParkingSpaceRequest>();
        api.MapPost("/{spaceId:guid}/assignments", AssignSpace).RequireAuthorization(ResidentsPolicies.EditPeople).Validate<ParkingAssignmentRequest>();
        api.MapPost("/{spaceId:guid}/assignments/{assignmentId:guid}/release", ReleaseSpace).RequireAuthorization(ResidentsPolicies.EditPeople);
        return api;
    }

    public static async Task<Results<Ok<PagedResult<ParkingSpaceResponse>>, ProblemHttpResult>> ListSpaces(
        Guid estateId, [AsParameters] PeopleServices services, [AsParameters] PageRequest page, CancellationToken cancellationToken)
    {
        var query = services.Db.ParkingSpaces.AsNoTracking().Where(s => s.EstateId == estateId);
        var total = await query.LongCountAsync(cancellationToken);
        var spaces = await query.OrderBy(s => s.Code).Skip(page.Skip).Take(page.Size).ToListAsync(cancellationToken);
        var ids = spaces.Select(s => s.Id).ToList();
        var current = await services.Db.ParkingSpaceAssignments.AsNoTracking()
            .Where(a => ids.Contains(a.ParkingSpaceId) && a.ReleasedOn == null).ToListAsync(cancellationToken);
        var items = spaces.Select(s => ParkingSpaceResponse.From(s, current.FirstOrDefault(a => a.ParkingSpaceId == s.Id))).ToList();
        return TypedResults.Ok(new PagedResult<ParkingSpaceResponse>(items, page.Number, page.Size, total));
    }

    public static async Task<Results<Ok<IReadOnlyList<ParkingAssignmentResponse>>, ProblemHttpResult>> ListAssignments(
        Guid estateId, Guid spaceId, [AsParameters] PeopleServices services, CancellationToken cancellationToken)
    {
        var items = await services.Db.ParkingSpaceAssignments.AsNoTracking().Where(a => a.ParkingSpaceId == spaceId && a.EstateId == estateId)
            .OrderBy(a => a.StartsOn).ThenBy(a => a.Id).ToListAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<ParkingAssignmentResponse>>([.. items.Select(ParkingAssignmentResponse.From)]);
    }

    public static async Task<Results<Created<ParkingSpaceResponse>, ProblemHttpResult>> RegisterSpace(
        Guid estateId, ParkingSpaceRequest request, [AsParameters] PeopleServices services, CancellationToken cancellationToken)
    {
        if (!await services.Db.Estates.AnyAsync(e => e.Id == estateId, cancellationToken))
        {
            return ApiProblems.NotFound(EstatesApi.Estate, estateId);
        }
        var space = ParkingSpace.Register(estateId, request.Code, request.Location ?? "", services.Clock.GetUtcNow());
        if (await services.Db.ParkingSpaces.AnyAsync(s => s.EstateId == estateId && s.Code == space.Code, cancellationToken))
        {
            throw new ConflictException("parking.code_taken", new($"车位编号 {space.Code} 已存在", $"Parking space {space.Code} already exists"), "code");
        }
        services.Db.ParkingSpaces.Add(space);
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/residents/estates/{estateId}/parking-spaces/{space.Id}", ParkingSpaceResponse.From(space, null));
    }

    public static async Task<Results<Created<ParkingAssignmentResponse>, ProblemHttpResult>> AssignSpace(
        Guid estateId, Guid spaceId, ParkingAssignmentRequest request, [AsParameters] PeopleServices services, CancellationToken cancellationToken)
    {
        var space = await services.Db.ParkingSpaces.AsNoTracking().FirstOrDefaultAsync(s => s.Id == spaceId && s.EstateId == estateId, cancellationToken);
        if (space is null)
        {
            return ApiProblems.NotFound(SpaceText, spaceId);
        }
        var unit = await services.Db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Id == request.UnitId && u.EstateId == estateId, cancellationToken);
        if (unit is null)
        {
            return ApiProblems.NotFound(UnitsApi.UnitText, request.UnitId);
        }
        var owner = request.OwnerId is null ? null
            : await services.Db.Owners.AsNoTracking().FirstOrDefaultAsync(o => o.Id == request.OwnerId && o.EstateId == estateId, cancellationToken);
        if (request.OwnerId is not null && owner is null)
        {
            return ApiProblems.NotFound(OwnersApi.OwnerText, request.OwnerId);
        }
        var held = await services.Db.ParkingSpaceAssignments.AnyAsync(a => a.ParkingSpaceId == space.Id && a.ReleasedOn == null, cancellationToken);
        var assignment = ParkingSpaceAssignment.Assign(space, unit, owner, request.Tenure, request.StartsOn, request.EndsOn, held);
        services.Db.ParkingSpaceAssignments.Add(assignment);
        services.Db.AddIntegrationEvent(ParkingEvents.Assigned(space, assignment, services.Clock.GetUtcNow()));
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/residents/estates/{estateId}/parking-spaces/{space.Id}/assignments", ParkingAssignmentResponse.From(assignment));
    }

    public static async Task<Results<Ok<ParkingAssignmentResponse>, ProblemHttpResult>> ReleaseSpace(
        Guid estateId, Guid spaceId, Guid assignmentId, ReleaseParkingRequest request, [AsParameters] PeopleServices services,
        CancellationToken cancellationToken)
    {
        var assignment = await services.Db.ParkingSpaceAssignments
            .FirstOrDefaultAsync(a => a.Id == assignmentId && a.ParkingSpaceId == spaceId && a.EstateId == estateId, cancellationToken);
        if (assignment is null)
        {
            return ApiProblems.NotFound(AssignmentText, assignmentId);
        }
        assignment.Release(request.ReleasedOn);
        services.Db.AddIntegrationEvent(new ParkingSpaceReleased
        {
            EventId = Guid.CreateVersion7(), OccurredAt = services.Clock.GetUtcNow(), EstateId = estateId, AssignmentId = assignment.Id,
            ParkingSpaceId = spaceId, UnitId = assignment.UnitId, ReleasedOn = request.ReleasedOn,
        });
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(ParkingAssignmentResponse.From(assignment));
    }
}
