using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PropertyCloud.BuildingBlocks.Api;
using PropertyCloud.BuildingBlocks.Documents;
using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.Surveys.Api.Domain.Campaigns;
using PropertyCloud.Surveys.Api.Domain.Indices;
using PropertyCloud.Surveys.Api.Domain.Responses;
using PropertyCloud.Surveys.Api.Extensions;

namespace PropertyCloud.Surveys.Api.Apis;

/// <summary>Indices: an estate's own (estate managers), the whole campaign by company and estate with ranking (quality), trends.</summary>
public static class ResultsApi
{
    public static void MapResultsApi(this IEndpointRouteBuilder app)
    {
        var estate = app.MapGroup("api/surveys/estates/{estateId:guid}").WithTags("Results").RequireAuthorization(SurveysPolicies.ReadResults);
        estate.MapGet("/campaigns/{campaignId:guid}/indices", EstateIndices);
        estate.MapGet("/trend", Trend);
        var campaigns = app.MapGroup("api/surveys/campaigns").WithTags("Results").RequireAuthorization(SurveysPolicies.ManageCampaigns);
        campaigns.MapGet("/{campaignId:guid}/indices", CampaignIndices);
        campaigns.MapGet("/{campaignId:guid}/report", CampaignReport);
    }

    public static async Task<Results<Ok<IndicesResponse>, ProblemHttpResult>> EstateIndices(
        Guid estateId, Guid campaignId, [AsParameters] SurveysServices services, CancellationToken cancellationToken)
    {
        var campaign = await services.Db.Campaigns.AsNoTracking().FirstOrDefaultAsync(c => c.Id == campaignId, cancellationToken);
        if (campaign is null || !campaign.Covers(estateId))
        {
            return ApiProblems.NotFound(CampaignsApi.CampaignText, campaignId);
        }
        return TypedResults.Ok(IndicesResponse.From(await services.Figures.EstateFiguresAsync(campaign, estateId, cancellationToken)));
    }

    public static async Task<Ok<List<TrendPoint>>> Trend(Guid estateId, [AsParameters] SurveysServices services, CancellationToken cancellationToken)
    {
        var campaigns = await services.Db.Campaigns.AsNoTracking().Where(c => c.Status == CampaignStatus.Closed)
            .OrderBy(c => c.PeriodEnd).ToListAsync(cancellationToken);
        var points = new List<TrendPoint>();
        foreach (var campaign in campaigns.Where(c => c.Covers(estateId)))
        {
            var figures = await services.Figures.EstateFiguresAsync(campaign, estateId, cancellationToken);
            points.Add(new TrendPoint(campaign.Id, campaign.Name, campaign.PeriodEnd, CampaignEvents.Round(figures.Index),
                CampaignEvents.Round(figures.Overall), figures.Responses));
        }
        return TypedResults.Ok(points);
    }

    public static async Task<Results<Ok<CampaignIndicesResponse>, ProblemHttpResult>> CampaignIndices(
        Guid campaignId, [AsParameters] SurveysServices services, CancellationToken cancellationToken)
    {
        var campaign = await services.Db.Campaigns.AsNoTracking().FirstOrDefaultAsync(c => c.Id == campaignId, cancellationToken);
        if (campaign is null)
        {
            return ApiProblems.NotFound(CampaignsApi.CampaignText, campaignId);
        }
        return TypedResults.Ok(await IndicesOfAsync(campaign, services, cancellationToken));
    }

    /// <summary>The campaign report as HTML, or as PDF with <c>?format=pdf</c> (printed from the same page).</summary>
    public static async Task<Results<ContentHttpResult, FileContentHttpResult, ProblemHttpResult>> CampaignReport(
        Guid campaignId, string? format, IPdfRenderer pdf, [AsParameters] SurveysServices services, CancellationToken cancellationToken)
    {
        var asPdf = PrintFormat.IsPdf(format);
        var campaign = await services.Db.Campaigns.AsNoTracking().FirstOrDefaultAsync(c => c.Id == campaignId, cancellationToken);
        if (campaign is null)
        {
            return ApiProblems.NotFound(CampaignsApi.CampaignText, campaignId);
        }
        var template = await services.Db.Templates.AsNoTracking().FirstAsync(t => t.Id == campaign.TemplateId, cancellationToken);
        var html = ReportPage.Render(template, await services.Figures.DescribeAsync(campaign, cancellationToken),
            await IndicesOfAsync(campaign, services, cancellationToken));
        if (asPdf)
        {
            return TypedResults.File(await pdf.RenderAsync(html, cancellationToken), "application/pdf", $"survey-report-{campaign.Id}.pdf");
        }
        return TypedResults.Content(html, "text/html; charset=utf-8");
    }

    private static async Task<CampaignIndicesResponse> IndicesOfAsync(Campaign campaign, SurveysServices services, CancellationToken cancellationToken)
    {
        var figures = await services.Figures.EstateFiguresAsync(campaign, cancellationToken);
        var estateIds = campaign.Estates.Select(e => e.EstateId).ToList();
        var estates = await services.Db.Estates.AsNoTracking().Where(e => estateIds.Contains(e.EstateId))
            .ToDictionaryAsync(e => e.EstateId, cancellationToken);
        var rows = campaign.Estates.Select(e => (e.EstateId, e.Households,
            Company: estates.GetValueOrDefault(e.EstateId)?.Company ?? "", Figures: figures[e.EstateId])).ToList();
        var ranked = rows.OrderByDescending(r => r.Figures.Index ?? -1m)
            .Select((r, i) => new EstateRanking(i + 1, r.EstateId, estates.GetValueOrDefault(r.EstateId)?.Name, r.Company, r.Households,
                IndicesResponse.From(r.Figures)))
            .ToList();
        var companies = rows.GroupBy(r => r.Company).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new CompanyFigures(g.Key, g.Count(),
            g.Sum(r => r.Households), IndicesResponse.From(Rollup(g.Select(r => (r.Households, r.Figures)), campaign)))).ToList();
        var campaignId = campaign.Id;
        var remarks = await services.Db.Responses.AsNoTracking().Where(r => r.CampaignId == campaignId)
            .Select(r => new { r.EstateId, r.Remarks }).ToListAsync(cancellationToken);
        var companyOf = rows.ToDictionary(r => r.EstateId, r => r.Company);
        var byCompany = remarks.GroupBy(r => companyOf.GetValueOrDefault(r.EstateId, "")).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new CompanyRemarks(g.Key, Group(g.SelectMany(r => r.Remarks))))
            .Where(c => c.Remarks.Count > 0).ToList();
        return new CampaignIndicesResponse(campaign.Id, campaign.Name,
            IndicesResponse.From(Rollup(rows.Select(r => (r.Households, r.Figures)), campaign)), companies, ranked,
            Group(remarks.SelectMany(r => r.Remarks)), byCompany);
    }

    /// <summary>Remarks by kind and category, most frequent first; the same text given by several households appears once.</summary>
    private static List<RemarkGroup> Group(IEnumerable<Remark> remarks) =>
        [.. remarks.GroupBy(r => (r.Kind, r.CategoryCode))
            .OrderBy(g => g.Key.Kind).ThenByDescending(g => g.Count())
            .Select(g => new RemarkGroup(g.Key.Kind, g.Key.CategoryCode, g.Count(),
                [.. g.GroupBy(r => r.Text).OrderByDescending(t => t.Count()).ThenBy(t => t.Key, StringComparer.Ordinal).Select(t => t.Key)]))];

    private static SurveyIndices Rollup(IEnumerable<(int Households, SurveyIndices Figures)> estates, Campaign campaign) =>
        IndexRollup.Combine([.. estates], campaign.MinimumResponses);
}
