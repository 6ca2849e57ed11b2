using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.Residents.Api.Apis.People;
using PropertyCloud.Residents.Api.Domain;
using PropertyCloud.Residents.Api.Domain.Handover;
using PropertyCloud.Residents.Api.Extensions;

namespace PropertyCloud.Residents.Api.Apis.Handover;

/// <summary>What the service centre holds for a unit: access cards issued, keys in custody, meter readings at hand-over.</summary>
public static class UnitHandoverApi
{
    private static readonly LocalizedText CardText = new("门禁卡", "access card");
    private static readonly LocalizedText KeyText = new("托管钥匙", "key in custody");

    public static RouteGroupBuilder MapUnitHandoverApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/residents/estates/{estateId:guid}/units/{unitId:guid}").WithTags("Unit hand-over")
            .RequireAuthorization(ResidentsPolicies.ReadPeople);
        api.MapGet("/access-cards", ListCards);
        api.MapPost("/access-cards", IssueCard).RequireAuthorization(ResidentsPolicies.EditPeople).Validate<AccessCardRequest>();
        api.MapPost("/access-cards/{cardId:guid}/revoke", RevokeCard).RequireAuthorization(ResidentsPolicies.EditPeople);
        api.MapGet("/keys", ListKeys);
        api.MapPost("/keys", ReceiveKey).RequireAuthorization(ResidentsPolicies.EditPeople).Validate<KeyCustodyRequest>();
        api.MapPost("/keys/{keyId:guid}/return", ReturnKey).RequireAuthorization(ResidentsPolicies.EditPeople).Validate<ReturnKeyRequest>();
        api.MapGet("/meter-readings", ListReadings);
        api.MapPost("/meter-readings", RecordReading).RequireAuthorization(ResidentsPolicies.EditPeople).Validate<MeterReadingRequest>();
        return api;
    }

    public static async Task<Ok<IReadOnlyList<AccessCardResponse>>> ListCards(
        Guid estateId, Guid unitId, [AsParameters] PeopleServices services, CancellationToken cancellationToken) =>
        TypedResults.Ok<IReadOnlyList<AccessCardResponse>>([.. (await services.Db.AccessCards.AsNoTracking()
            .Where(c => c.UnitId == unitId && c.EstateId == estateId).OrderBy(c => c.IssuedOn).ThenBy(c => c.Id).ToListAsync(cancellationToken))
            .Select(AccessCardResponse.From)]);

    public static async Task<Results<Created<AccessCardResponse>, ProblemHttpResult>> IssueCard(
        Guid estateId, Guid unitId, AccessCardRequest request, [AsParameters] PeopleServices services, CancellationToken cancellationToken)
    {
        var unit = await FindUnitAsync(services, estateId, unitId, cancellationToken);
        if (unit is null)
        {
            return ApiProblems.NotFound(UnitsApi.UnitText, unitId);
        }
        var number = request.Number.Trim().ToUpperInvariant();
        var inUse = await services.Db.AccessCards.AnyAsync(c => c.EstateId == estateId && c.Number == number && c.RevokedOn == null, cancellationToken);
        var card = AccessCard.Issue(unit, number, request.HolderName, request.IssuedOn, inUse);
        services.Db.AccessCards.Add(card);
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/residents/estates/{estateId}/units/{unitId}/access-cards/{card.Id}", AccessCardResponse.From(card));
    }

    public static async Task<Results<Ok<AccessCardResponse>, ProblemHttpResult>> RevokeCard(
        Guid estateId, Guid unitId, Guid cardId, RevokeAccessCardRequest request, [AsParameters] PeopleServices services,
        CancellationToken cancellationToken)
    {
        var card = await services.Db.AccessCards.FirstOrDefaultAsync(c => c.Id == cardId && c.UnitId == unitId && c.EstateId == estateId, cancellationToken);
        if (card is null)
        {
            return ApiProblems.NotFound(CardText, cardId);
        }
        card.Revoke(request.RevokedOn);
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(AccessCardResponse.From(card));
    }

    public static async Task<Ok<IReadOnlyList<KeyCustodyResponse>>> ListKeys(
        Guid estateId, Guid unitId, [AsParameters] PeopleServices services, CancellationToken cancellationToken) =>
        TypedResults.Ok<IReadOnlyList<KeyCustodyResponse>>([.. (await services.Db.KeysInCustody.AsNoTracking()
            .Where(k => k.UnitId == unitId && k.EstateId == estateId).OrderBy(k => k.ReceivedOn).ThenBy(k => k.Id).ToListAsync(cancellationToken))
            .Select(KeyCustodyResponse.From)]);

    public static async Task<Results<Created<KeyCustodyResponse>, ProblemHttpResult>> ReceiveKey(
        Guid estateId, Guid unitId, KeyCustodyRequest request, [AsParameters] PeopleServices services, CancellationToken cancellationToken)
    {
        var unit = await FindUnitAsync(services, estateId, unitId, cancellationToken);
        if (unit is null)
        {
            return ApiProblems.NotFound(UnitsApi.UnitText, unitId);
        }
        var key = KeyCustody.Receive(unit, request.Description, request.HandedInBy, request.ReceivedOn, services.StaffName);
        services.Db.KeysInCustody.Add(key);
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/residents/estates/{estateId}/units/{unitId}/keys/{key.Id}", KeyCustodyResponse.From(key));
    }

    public static async Task<Results<Ok<KeyCustodyResponse>, ProblemHttpResult>> ReturnKey(
        Guid estateId, Guid unitId, Guid keyId, ReturnKeyRequest request, [AsParameters] PeopleServices services, CancellationToken cancellationToken)
    {
        var key = await services.Db.KeysInCustody.FirstOrDefaultAsync(k => k.Id == keyId && k.UnitId == unitId && k.EstateId == estateId, cancellationToken);
        if (key is null)
        {
            return ApiProblems.NotFound(KeyText, keyId);
        }
        key.ReturnTo(request.ReturnedTo, request.ReturnedOn, services.StaffName);
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(KeyCustodyResponse.From(key));
    }

    public static async Task<Ok<IReadOnlyList<MeterReadingResponse>>> ListReadings(
        Guid estateId, Guid unitId, [AsParameters] PeopleServices services, CancellationToken cancellationToken) =>
        TypedResults.Ok<IReadOnlyList<MeterReadingResponse>>([.. (await services.Db.MeterBaseReadings.AsNoTracking()
            .Where(m => m.UnitId == unitId && m.EstateId == estateId).OrderBy(m => m.Meter).ToListAsync(cancellationToken))
            .Select(MeterReadingResponse.From)]);

    public static async Task<Results<Created<MeterReadingResponse>, ProblemHttpResult>> RecordReading(
        Guid estateId, Guid unitId, MeterReadingRequest request, [AsParameters] PeopleServices services, CancellationToken cancellationToken)
    {
        var unit = await FindUnitAsync(services, estateId, unitId, cancellationToken);
        if (unit is null)
        {
            return ApiProblems.NotFound(UnitsApi.UnitText, unitId);
        }
        var recorded = await services.Db.MeterBaseReadings.AnyAsync(m => m.UnitId == unitId && m.Meter == request.Meter, cancellationToken);
        var reading = MeterBaseReading.Record(unit, request.Meter, request.Reading, request.ReadOn, services.StaffName, recorded);
        services.Db.MeterBaseReadings.Add(reading);
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/residents/estates/{estateId}/units/{unitId}/meter-readings/{reading.Id}", MeterReadingResponse.From(reading));
    }

    private static Task<Unit?> FindUnitAsync(PeopleServices services, Guid estateId, Guid unitId, CancellationToken cancellationToken) =>
        services.Db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Id == unitId && u.EstateId == estateId, cancellationToken);
}
