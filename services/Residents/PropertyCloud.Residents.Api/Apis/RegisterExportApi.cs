using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.BuildingBlocks.Security;
using PropertyCloud.Residents.Api.Apis.People;
using PropertyCloud.Residents.Api.Domain.People;
using PropertyCloud.Residents.Api.Extensions;
using PropertyCloud.Residents.Api.Import;

namespace PropertyCloud.Residents.Api.Apis;

/// <summary>
/// The estate's register as CSV or XLSX in the import's columns. Personal data is masked; staff whose role may see all
/// of it can ask for it unmasked with a reason, and that export is recorded as a disclosure like any other reveal.
/// </summary>
public static class RegisterExportApi
{
    public static RouteHandlerBuilder MapRegisterExportApi(this IEndpointRouteBuilder app) =>
        app.MapGet("api/residents/estates/{estateId:guid}/register/export", Export).WithTags("Imports")
            .RequireAuthorization(ResidentsPolicies.EditRegister);

    internal static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Export(
        Guid estateId, string? format, bool? reveal, string? reason, [AsParameters] ResidentsServices services, RegisterExport export,
        CancellationToken cancellationToken)
    {
        var unmasked = reveal == true;
        if (unmasked && RevealRules.FieldsFor(services.User).Count < PersonalData.All.Count)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden,
                title: new LocalizedText("您的角色不能导出未遮蔽的个人信息", "Your role may not export unmasked personal data").ToString());
        }
        if (unmasked && (reason?.Trim().Length ?? 0) < 4)
        {
            return TypedResults.Problem(new Microsoft.AspNetCore.Http.HttpValidationProblemDetails(new Dictionary<string, string[]>
            {
                ["reason"] = [new LocalizedText("导出未遮蔽的个人信息须说明理由（至少4个字）", "Say why you export unmasked personal data (at least 4 characters)").ToString()],
            }) { Status = StatusCodes.Status400BadRequest });
        }
        var xlsx = string.Equals(format, "xlsx", StringComparison.OrdinalIgnoreCase);
        var chinese = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "zh";
        var rows = await export.RowsAsync(estateId, unmasked, chinese, cancellationToken);
        if (unmasked)
        {
            services.Db.Disclosures.Add(PersonalDataDisclosure.Record(estateId, services.User.Id ?? "", services.User.Name ?? "",
                string.Join(",", Roles.All.Where(services.User.IsInRole)), "register-export", estateId, PersonalData.All, reason!,
                services.Clock.GetUtcNow()));
            await services.Db.SaveChangesAsync(cancellationToken);
        }
        var bytes = await RegisterFileWriter.WriteAsync(rows, xlsx, cancellationToken);
        return TypedResults.File(bytes, RegisterFileWriter.ContentType(xlsx), $"register-{estateId:N}.{(xlsx ? "xlsx" : "csv")}");
    }
}
