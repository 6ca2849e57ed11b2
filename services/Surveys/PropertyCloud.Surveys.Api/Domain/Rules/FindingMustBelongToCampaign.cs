using PropertyCloud.BuildingBlocks.Domain;
using PropertyCloud.Surveys.Api.Domain.Campaigns;
using PropertyCloud.Surveys.Api.Domain.Templates;

namespace PropertyCloud.Surveys.Api.Domain.Rules;

/// <summary>A finding is about an estate the campaign surveyed, and names a category or item of its template.</summary>
internal static class FindingMustBelongToCampaign
{
    public static void Check(Campaign campaign, SurveyTemplate template, Guid estateId, string? categoryCode, string? itemCode)
    {
        if (campaign.Status == CampaignStatus.Planned)
        {
            throw new DomainException("action.campaign_not_started", new("调查尚未开始，没有调查结果", "The campaign has no findings yet"), "campaignId");
        }
        if (!campaign.Covers(estateId))
        {
            throw new DomainException("action.estate_not_surveyed", new("该调查未包含此小区", "The campaign did not survey this estate"), "campaignId");
        }
        if (categoryCode is not null && template.Categories.All(c => c.Code != categoryCode))
        {
            throw new DomainException("action.unknown_category", new($"问卷中没有大项 {categoryCode}", $"The template has no category {categoryCode}"), "categoryCode");
        }
        var category = itemCode is null ? null : template.CategoryOf(itemCode);
        if (itemCode is not null && (category is null || (categoryCode is not null && category.Code != categoryCode)))
        {
            throw new DomainException("action.unknown_item", new($"该大项中没有子项 {itemCode}", $"The category has no item {itemCode}"), "itemCode");
        }
    }
}
