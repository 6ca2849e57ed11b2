using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PropertyCloud.BuildingBlocks.Domain;

namespace PropertyCloud.Repairs.Api.Apis;

/// <summary>
/// Which unit a report is about. Staff may name any unit of the estate. An owner or tenant reports only as a current
/// resident of the estate and only for a unit they own or rent now (Repairs' copy of the register, from Residents'
/// events); one who names no unit and has exactly one is taken to mean it. Like Residents' self-service, a unit that
/// is not theirs answers 403.
/// </summary>
internal static class ResidentUnits
{
    private static readonly LocalizedText NotYourUnit = new("您不是该房间的业主或租户，不能为其报修或投诉",
        "You do not own or rent this unit, so you cannot report for it");

    private static readonly LocalizedText NotAResident = new("您目前不是本小区的业主或租户",
        "You are not currently an owner or tenant in this estate");

    /// <summary>
    /// The unit to record (<paramref name="named"/>, or the resident's only unit when <paramref name="mayDefault"/>),
    /// or the 403 that refuses the report.
    /// </summary>
    public static async Task<(Guid? UnitId, ProblemHttpResult? Refusal)> ResolveAsync(
        RepairsServices services, Guid estateId, Guid? named, bool mayDefault, CancellationToken cancellationToken)
    {
        if (!services.IsResident)
        {
            return (named, null);
        }
        var mine = services.Db.UnitsOfAccount(estateId, services.UserId);
        if (named is { } unitId)
        {
            return await mine.ContainsAsync(unitId, cancellationToken) ? (unitId, null) : (null, Refuse(NotYourUnit));
        }
        var units = await mine.Distinct().Take(2).ToListAsync(cancellationToken);
        if (units.Count == 0)
        {
            return (null, Refuse(NotAResident));
        }
        return (mayDefault && units.Count == 1 ? units[0] : null, null);
    }

    private static ProblemHttpResult Refuse(LocalizedText why) => TypedResults.Problem(
        new HttpValidationProblemDetails(new Dictionary<string, string[]> { ["unitId"] = [why.ToString()] })
        {
            Status = StatusCodes.Status403Forbidden,
            Title = why.ToString(),
        });
}
