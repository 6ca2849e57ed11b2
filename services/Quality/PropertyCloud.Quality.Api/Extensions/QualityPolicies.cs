using PropertyCloud.BuildingBlocks.Security;

namespace PropertyCloud.Quality.Api.Extensions;

/// <summary>Authorisation policies of the Quality service; estate scope is checked per request on top of these.</summary>
internal static class QualityPolicies
{
    /// <summary>Figures, league table, drill-down, inspections and reports: quality and group admin see all, an estate manager their estates.</summary>
    public const string ReadFigures = "quality.figures.read";

    /// <summary>Checklists, inspections, verification, score weights, rebuilds: the quality department and the group admin.</summary>
    public const string Supervise = "quality.supervise";

    /// <summary>Reporting a finding rectified: the estate's manager.</summary>
    public const string Rectify = "quality.findings.rectify";

    public static readonly string[] Readers = [Roles.GroupAdmin, Roles.Quality, Roles.EstateManager];
}
