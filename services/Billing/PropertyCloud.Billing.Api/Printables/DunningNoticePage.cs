using System.Globalization;
using PropertyCloud.Billing.Api.Domain;
using PropertyCloud.Billing.Api.Domain.Dunning;
using PropertyCloud.BuildingBlocks.Domain;

namespace PropertyCloud.Billing.Api.Printables;

/// <summary>The printable dunning notice (催费单) of one recorded step, with the figures as they were when it was sent.</summary>
internal static class DunningNoticePage
{
    public static string Render(DunningNotice notice, BillableUnit unit)
    {
        var title = notice.Step switch
        {
            DunningStep.Reminder => "缴费提醒",
            DunningStep.Notice => "催费通知单",
            _ => "最后催告函",
        };
        var page = new HtmlPage(title)
            .Heading(title)
            .Paragraph($"{unit.RoomName} 业主/住户：")
            .Paragraph($"您 {notice.Period} 账期的物业费用已逾期 {notice.DaysOverdue} 天，尚欠 {ReceiptPage.Yuan(notice.AmountOwed)} 元，请尽快缴纳。")
            .Fields(
                ("账期", notice.Period),
                ("逾期天数", notice.DaysOverdue.ToString(CultureInfo.InvariantCulture)),
                ("欠费金额（元）", ReceiptPage.Yuan(notice.AmountOwed)),
                ("滞纳金（元）", ReceiptPage.Yuan(notice.LateFee)),
                ("发出日期", EstateCalendar.Day(notice.IssuedAt).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        return page.ToString();
    }
}
