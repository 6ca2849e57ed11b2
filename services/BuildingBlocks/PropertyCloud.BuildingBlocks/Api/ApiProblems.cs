using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using PropertyCloud.BuildingBlocks.Domain;

namespace PropertyCloud.BuildingBlocks.Api;

/// <summary>The problem answers handlers return themselves (the rest come from exceptions).</summary>
public static class ApiProblems
{
    private static readonly LocalizedText EstateForbiddenText =
        new("您无权访问该小区的数据", "You may not access this estate's data");

    /// <summary>403: the caller's token does not cover this estate.</summary>
    public static ProblemHttpResult EstateForbidden() =>
        TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: EstateForbiddenText.ToString());

    /// <summary>404 naming what was looked for, e.g. NotFound(new("楼栋", "building"), id).</summary>
    public static ProblemHttpResult NotFound(LocalizedText what, object id) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status404NotFound,
            title: new LocalizedText($"未找到{what.Chinese}", $"The {what.English} was not found").ToString(),
            detail: id.ToString());
}
