using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Residents.Api.Domain.People;
using PropertyCloud.Residents.Api.Extensions;

namespace PropertyCloud.Residents.Api.Apis.People;

/// <summary>Unmasking personal data on an explicit, audited request, and reading that audit.</summary>
public static class PersonalDataApi
{
    private static readonly LocalizedText FieldForbidden =
        new("您的角色无权查看该字段的完整内容", "Your role may not see this field unmasked");

    public static RouteGroupBuilder MapPersonalDataApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/residents/estates/{estateId:guid}").WithTags("Personal data");
        api.MapPost("/owners/{ownerId:guid}/reveal", RevealOwner)
            .RequireAuthorization(ResidentsPolicies.RevealPersonalData).Validate<RevealRequest>();
        api.MapGet("/disclosures", ListDisclosures).RequireAuthorization(ResidentsPolicies.ReadDisclosures);
        return api;
    }

    public static async Task<Results<Ok<RevealResponse>, ProblemHttpResult>> RevealOwner(
        Guid estateId, Guid ownerId, RevealRequest request, [AsParameters] PeopleServices services, CancellationToken cancellationToken)
    {
        var allowed = RevealRules.FieldsFor(services.User);
        var denied = request.Fields.FirstOrDefault(f => !allowed.Contains(f));
        if (denied is not null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: FieldForbidden.ToString(), detail: denied);
        }
        var owner = await services.Db.Owners.AsNoTracking().FirstOrDefaultAsync(o => o.Id == ownerId && o.EstateId == estateId, cancellationToken);
        if (owner is null)
        {
            return ApiProblems.NotFound(OwnersApi.OwnerText, ownerId);
        }
        var fields = request.Fields.Distinct().ToList();
        services.Db.Disclosures.Add(PersonalDataDisclosure.Record(estateId, services.User.Id ?? "", services.User.Name ?? "",
            string.Join(",", Roles.All.Where(services.User.IsInRole)), "owner", owner.Id, fields, request.Reason, services.Clock.GetUtcNow()));
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(new RevealResponse(owner.Id,
            fields.Contains(PersonalData.Phone) ? owner.Phone : null,
            fields.Contains(PersonalData.IdNumber) ? services.IdNumbers.Reveal(owner.IdNumberCipher) : null,
            fields.Contains(PersonalData.Address) ? owner.Address : null));
    }

    public static async Task<Results<Ok<PagedResult<DisclosureResponse>>, ProblemHttpResult>> ListDisclosures(
        Guid estateId, Guid? subjectId, [AsParameters] PeopleServices services, [AsParameters] PageRequest page, CancellationToken cancellationToken)
    {
        var query = services.Db.Disclosures.AsNoTracking().Where(d => d.EstateId == estateId);
        if (subjectId is not null)
        {
            query = query.Where(d => d.SubjectId == subjectId);
        }
        var total = await query.LongCountAsync(cancellationToken);
        var items = await query.OrderByDescending(d => d.DisclosedAt).Skip(page.Skip).Take(page.Size).ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedResult<DisclosureResponse>([.. items.Select(DisclosureResponse.From)], page.Number, page.Size, total));
    }
}
