using PropertyCloud.Surveys.Api.Domain.Indices;
using PropertyCloud.Surveys.Api.Domain.Responses;

namespace PropertyCloud.Surveys.Api.Apis;

public sealed record CategoryFigureResponse(string Code, string Name, decimal? Index, int Responses, int ItemCount, decimal Weight);

public sealed record ItemFigureResponse(string Code, string CategoryCode, decimal? Index, int Responses);

/// <summary>Figures rounded to one decimal as the reports print them; TooFewResponses warns that they are not reliable.</summary>
public sealed record IndicesResponse(
    decimal? Index, decimal? Low, decimal? High, int Responses, decimal? OverallSatisfaction, int OverallSatisfactionResponses,
    bool TooFewResponses, IReadOnlyList<CategoryFigureResponse> Categories, IReadOnlyList<ItemFigureResponse> Items)
{
    public static IndicesResponse From(SurveyIndices f) => new(
        CampaignEvents.Round(f.Index), CampaignEvents.Round(f.Low), CampaignEvents.Round(f.High), f.Responses,
        CampaignEvents.Round(f.Overall), f.OverallResponses, f.TooFew,
        [.. f.Categories.Select(c => new CategoryFigureResponse(c.Code, c.Name, CampaignEvents.Round(c.Index), c.Responses, c.ItemCount, c.Weight))],
        [.. f.Items.Select(i => new ItemFigureResponse(i.Code, i.CategoryCode, CampaignEvents.Round(i.Index), i.Responses))]);
}

public sealed record EstateRanking(int Rank, Guid EstateId, string? Name, string Company, int Households, IndicesResponse Figures);

public sealed record CompanyFigures(string Company, int Estates, int Households, IndicesResponse Figures);

/// <summary>Praise, problems and suggestions, grouped by kind and category, most frequent first.</summary>
public sealed record RemarkGroup(RemarkKind Kind, string? CategoryCode, int Count, IReadOnlyList<string> Texts);

/// <summary>The praise, problems and suggestions of one company's estates, grouped as <see cref="RemarkGroup"/>.</summary>
public sealed record CompanyRemarks(string Company, IReadOnlyList<RemarkGroup> Remarks);

public sealed record CampaignIndicesResponse(
    Guid CampaignId, string Name, IndicesResponse Group, IReadOnlyList<CompanyFigures> Companies,
    IReadOnlyList<EstateRanking> Estates, IReadOnlyList<RemarkGroup> Remarks, IReadOnlyList<CompanyRemarks> CompanyRemarks);

public sealed record TrendPoint(Guid CampaignId, string Name, DateOnly PeriodEnd, decimal? Index, decimal? OverallSatisfaction, int Responses);
