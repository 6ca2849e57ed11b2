using System.Globalization;
using System.Text;
using PropertyCloud.Surveys.Api.Domain.Responses;
using PropertyCloud.Surveys.Api.Domain.Templates;
using static System.Net.WebUtility;

namespace PropertyCloud.Surveys.Api.Apis;

/// <summary>
/// The campaign report as one HTML page, laid out like the seed's (000 篇3 五): sampling per company and estate, the
/// overall figure and each category per company, the estates ranked, then satisfied points, problems and suggestions.
/// </summary>
internal static class ReportPage
{
    public static string Render(SurveyTemplate template, CampaignResponse campaign, CampaignIndicesResponse indices)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>").Append(HtmlEncode(campaign.Name))
            .Append("</title><style>@page{size:A4;margin:15mm}body{font-family:'Noto Sans CJK SC','Noto Sans SC',sans-serif;margin:0}table{border-collapse:collapse;margin:1em 0}")
            .Append("td,th{border:1px solid #999;padding:4px 8px;text-align:right}th:first-child,td:first-child{text-align:left}")
            .Append(".warn{color:#b00}</style></head><body>");
        html.Append("<h1>").Append(HtmlEncode(campaign.Name)).Append("</h1><p>调查时间 ")
            .Append(campaign.PeriodStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append(" 至 ")
            .Append(campaign.PeriodEnd.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append("；调查单位 ")
            .Append(HtmlEncode(campaign.SurveyorOrganisation)).Append(campaign.ThirdParty ? "（第三方）" : "").Append("；问卷 ")
            .Append(HtmlEncode(template.Name)).Append(" 第").Append(template.Version).Append("版；抽样比例不低于 ")
            .Append((campaign.SamplingRate * 100).ToString("0.#", CultureInfo.InvariantCulture)).Append("%，随机种子 ")
            .Append(campaign.Seed).Append("</p>");

        Sampling(html, campaign, indices);
        Results(html, template, indices);
        Remarks(html, template, indices.CompanyRemarks);
        html.Append("</body></html>");
        return html.ToString();
    }

    private static void Sampling(StringBuilder html, CampaignResponse campaign, CampaignIndicesResponse indices)
    {
        html.Append("<h2>一、抽样情况</h2>");
        var companyOf = indices.Estates.ToDictionary(e => e.EstateId, e => e.Company);
        foreach (var company in campaign.Estates.GroupBy(e => companyOf.GetValueOrDefault(e.EstateId, "")).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            html.Append("<p>").Append(HtmlEncode(company.Key)).Append('：').Append(company.Count()).Append("个小区总住户数")
                .Append(company.Sum(e => e.Households)).Append("户，本次从中取样").Append(company.Sum(e => e.Sampled)).Append("户。</p>");
        }
        html.Append("<table><tr><th>小区</th><th>住户数</th><th>样本户</th><th>覆盖率</th><th>单元</th><th>已覆盖单元</th><th>谢绝</th><th>有效问卷</th></tr>");
        foreach (var estate in campaign.Estates)
        {
            html.Append("<tr><td>").Append(HtmlEncode(estate.EstateName ?? estate.EstateId.ToString())).Append("</td><td>")
                .Append(estate.Households).Append("</td><td>").Append(estate.Sampled).Append("</td><td>")
                .Append((estate.Coverage * 100).ToString("0.0", CultureInfo.InvariantCulture)).Append("%</td><td>")
                .Append(estate.Entrances).Append("</td><td>").Append(estate.EntrancesCovered).Append("</td><td>")
                .Append(estate.Declined).Append("</td><td>").Append(estate.Responses).Append("</td></tr>");
        }
        html.Append("</table>");
    }

    private static void Results(StringBuilder html, SurveyTemplate template, CampaignIndicesResponse indices)
    {
        html.Append("<h2>二、调查结果</h2>");
        foreach (var company in indices.Companies)
        {
            html.Append("<p>").Append(HtmlEncode(company.Company)).Append("提供服务的").Append(company.Estates)
                .Append("个小区，客户满意度总体为").Append(Figure(company.Figures.OverallSatisfaction)).Append("。其中各分项目客户满意度分别为：")
                .AppendJoin("、", company.Figures.Categories.Select(c => $"{HtmlEncode(c.Name)}客户满意度为{Figure(c.Index)}"))
                .Append("（按子项加权的综合指数 ").Append(Figure(company.Figures.Index)).Append("）。</p>");
        }
        html.Append("<table><tr><th>排名</th><th>小区</th><th>公司</th><th>总体满意度</th><th>综合指数</th><th>95%置信区间</th>");
        foreach (var category in template.Categories)
        {
            html.Append("<th>").Append(HtmlEncode(category.Name)).Append("</th>");
        }
        html.Append("<th>问卷数</th></tr>");
        foreach (var estate in indices.Estates)
        {
            var f = estate.Figures;
            html.Append("<tr><td>").Append(estate.Rank).Append("</td><td>").Append(HtmlEncode(estate.Name ?? "")).Append("</td><td>")
                .Append(HtmlEncode(estate.Company)).Append("</td><td>").Append(Figure(f.OverallSatisfaction)).Append("</td><td>")
                .Append(Figure(f.Index)).Append("</td><td>").Append(Figure(f.Low)).Append('–').Append(Figure(f.High)).Append("</td>");
            foreach (var category in f.Categories)
            {
                html.Append("<td>").Append(Figure(category.Index)).Append("</td>");
            }
            html.Append("<td").Append(f.TooFewResponses ? " class=\"warn\" title=\"样本不足，结果仅供参考\"" : "").Append('>')
                .Append(f.Responses).Append("</td></tr>");
        }
        html.Append("</table>");
    }

    /// <summary>Like the seed: under each heading, every company's remarks on its own, by category, most frequent first.</summary>
    private static void Remarks(StringBuilder html, SurveyTemplate template, IReadOnlyList<CompanyRemarks> companies)
    {
        var headings = new Dictionary<RemarkKind, string>
        {
            [RemarkKind.Praise] = "三、满意之处",
            [RemarkKind.Problem] = "四、业主提出的问题",
            [RemarkKind.Suggestion] = "五、建议",
        };
        foreach (var (kind, heading) in headings)
        {
            html.Append("<h2>").Append(heading).Append("</h2>");
            foreach (var company in companies.Where(c => c.Remarks.Any(r => r.Kind == kind)))
            {
                html.Append("<h3>").Append(HtmlEncode(company.Company.Length > 0 ? company.Company : "未归属公司")).Append("</h3><ol>");
                foreach (var group in company.Remarks.Where(r => r.Kind == kind))
                {
                    var category = template.Categories.FirstOrDefault(c => c.Code == group.CategoryCode)?.Name ?? "其他";
                    html.Append("<li>").Append(HtmlEncode(category)).Append('（').Append(group.Count).Append("户）：")
                        .AppendJoin("；", group.Texts.Select(HtmlEncode)).Append("</li>");
                }
                html.Append("</ol>");
            }
        }
    }

    private static string Figure(decimal? value) => value?.ToString("0.0", CultureInfo.InvariantCulture) ?? "—";
}
