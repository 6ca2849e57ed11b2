using System.Globalization;
using PropertyCloud.Quality.Api.Figures;

namespace PropertyCloud.Quality.Api.Reports;

/// <summary>The columns both renderings share, so the HTML page and the spreadsheet always say the same thing.</summary>
internal static class ReportColumns
{
    public static readonly string[] SummaryHeaders = ["指标 Figure", "数值 Value"];

    public static IEnumerable<(string Name, object? Value)> Summary(QualityFigures figures)
    {
        var t = figures.Total;
        yield return ("报修新增 Repair orders opened", t.Repairs.Opened);
        yield return ("报修完工 Repair orders completed", t.Repairs.Completed);
        yield return ("SLA 达标 met", t.Repairs.SlaMet);
        yield return ("SLA 超时 breached", t.Repairs.SlaBreached);
        yield return ("SLA 达标率 met rate", t.Repairs.SlaMetRate);
        yield return ("响应时长中位数（分钟）Response median (min)", t.Repairs.ResponseMedianMinutes);
        yield return ("响应时长 P90（分钟）Response p90 (min)", t.Repairs.ResponseP90Minutes);
        yield return ("完工时长中位数（分钟）Resolution median (min)", t.Repairs.ResolutionMedianMinutes);
        yield return ("完工时长 P90（分钟）Resolution p90 (min)", t.Repairs.ResolutionP90Minutes);
        yield return ("投诉受理 Complaints received", t.Complaints.Received);
        yield return ("重大投诉升级 Escalated", t.Complaints.Escalated);
        yield return ("投诉办结 Closed", t.Complaints.Closed);
        yield return ("投诉人不满意 Dissatisfied", t.Complaints.Dissatisfied);
        yield return ("投诉首次响应中位数（分钟）Complaint first response median (min)", t.Responses.ComplaintFirstResponseMedianMinutes);
        yield return ("投诉首次响应 P90（分钟）Complaint first response p90 (min)", t.Responses.ComplaintFirstResponseP90Minutes);
        yield return ("投诉重开 Complaints reopened", t.Reopened.Complaints);
        yield return ("报修返修 Repair orders reopened", t.Reopened.RepairOrders);
        yield return ("接单时长中位数（分钟）Accept median (min)", t.Responses.AcceptMedianMinutes);
        yield return ("接单时长 P90（分钟）Accept p90 (min)", t.Responses.AcceptP90Minutes);
        yield return ("到场时长中位数（分钟）On site median (min)", t.Responses.OnSiteMedianMinutes);
        yield return ("到场时长 P90（分钟）On site p90 (min)", t.Responses.OnSiteP90Minutes);
        yield return ("收费 Billed (CNY)", t.Billing?.Billed);
        yield return ("实收 Collected (CNY)", t.Billing?.Collected);
        yield return ("收缴率 Collection rate", t.Billing?.CollectionRate);
        yield return ("欠费 Arrears (CNY)", t.Billing?.Arrears);
        yield return ("满意度指数 Survey index", t.Surveys.Index);
        foreach (var category in t.SurveyCategories)
        {
            yield return ($"满意度分项 {category.Name} Survey category {category.Code}", category.Index);
        }
        yield return ("品质检查 Inspections", t.Inspections.Done);
        yield return ("检查平均分 Inspection score", t.Inspections.AverageScore);
        yield return ("未关闭整改（调查）Open corrective actions", figures.Open.CorrectiveActions);
        yield return ("未关闭整改（检查）Open findings", figures.Open.Findings);
        yield return ("逾期整改 Overdue", figures.Open.OverdueCorrectiveActions + figures.Open.OverdueFindings);
    }

    public static readonly string[] EstateHeaders =
    [
        "排名 Rank", "编码 Code", "小区 Estate", "公司 Company", "综合得分 Score", "SLA 达标率 SLA", "投诉满意 Complaints",
        "收缴率 Collection", "满意度 Survey", "检查得分 Inspections", "整改及时 Open items",
    ];

    public static IEnumerable<object?[]> Estates(IReadOnlyList<LeagueRow> rows) => rows.Select((r, i) => new object?[]
    {
        i + 1, r.Estate?.Code ?? "", r.Estate?.Name ?? r.EstateId.ToString(), r.Estate?.Company ?? "", r.Score,
        r.Components.Sla, r.Components.Complaints, r.Components.Collection, r.Components.Survey, r.Components.Inspections, r.Components.OpenItems,
    });

    public static string Text(object? value) => value switch
    {
        null => "—",
        decimal d => d.ToString("0.##", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
